package io.jixiao.load;

import io.jixiao.model.DepartmentProgress;
import java.util.List;
import java.util.ServiceLoader;

/**
 * A progress file of either kind: a filled monitoring workbook (recognised by its extension, as actuals workbooks
 * are) or YAML. Every command that takes progress loads it here; formats other than YAML are {@link ProgressFormat}
 * services (the workbook's is in jixiao-office).
 */
public final class ProgressFiles {

    private ProgressFiles() {
    }

    /** Progress from any source: a file or bytes by a registered format when one reads its name, else YAML. */
    public static LoadResult<DepartmentProgress> load(Source source) {
        boolean content = source instanceof Source.FileSource || source instanceof Source.BytesSource;
        if (content) {
            for (ProgressFormat format : Formats.ALL) {
                if (format.reads(source.name())) {
                    return format.load(source);
                }
            }
            if (ActualsFiles.isWorkbook(source.name())) {
                return new LoadResult<>(null, List.of(LoadProblems.workbookUnreadable(source.name(),
                        LoadTexts.text("workbook.noOffice"))));
            }
        }
        return ProgressLoader.load(source);
    }

    /** The registered formats, looked up once. */
    private static final class Formats {
        static final List<ProgressFormat> ALL = ServiceLoader.load(ProgressFormat.class,
                ProgressFormat.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();
    }
}
