package io.jixiao.load;

import io.jixiao.model.DepartmentActuals;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * An actuals file of either kind: a filled workbook (recognised by its .xlsx extension) or YAML.
 * Every command that takes actuals loads them here. Formats other than YAML are {@link ActualsFormat}
 * services (the workbook's is in jixiao-office).
 */
public final class ActualsFiles {

    /**
     * The largest actuals workbook accepted (20 MiB: larger than any template with its values; a bigger file holds
     * something else). The workbook format applies it; {@link Source#stream} reads no further.
     */
    public static final long WORKBOOK_MAX_BYTES = 20L * 1024 * 1024;

    private ActualsFiles() {
    }

    /** {@code allowMissing}: an empty 实际完成值 cell of a workbook is no error (YAML leaves this to scoring). */
    public static LoadResult<DepartmentActuals> load(Path path, boolean allowMissing) {
        return load(Source.file(path), allowMissing);
    }

    /** Actuals from any source: a file or bytes by a registered format when one reads its name, else YAML. */
    public static LoadResult<DepartmentActuals> load(Source source, boolean allowMissing) {
        boolean content = source instanceof Source.FileSource || source instanceof Source.BytesSource;
        if (content) {
            for (ActualsFormat format : Formats.ALL) {
                if (format.reads(source)) {
                    return format.load(source, allowMissing);
                }
            }
            if (isWorkbook(source.name()) || source instanceof Source.BytesSource b && isZip(b.content())) {
                return new LoadResult<>(null, List.of(LoadProblems.workbookUnreadable(source.name(),
                        LoadTexts.text("workbook.noOffice"))));
            }
        }
        return ActualsLoader.load(source);
    }

    /** True for the file names read as workbooks (by extension, as the CLI recognises them). */
    public static boolean isWorkbook(Path path) {
        return path.getFileName() != null && isWorkbook(path.getFileName().toString());
    }

    /** True for content that is a ZIP package (an .xlsx workbook, whatever its name): it starts with PK\3\4. */
    public static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /** True for the names read as workbooks (.xlsx, .xlsm, .xls, .et). */
    public static boolean isWorkbook(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls") || n.endsWith(".et");
    }

    /** The registered formats, looked up once. */
    private static final class Formats {
        static final List<ActualsFormat> ALL = ServiceLoader.load(ActualsFormat.class, ActualsFormat.class.getClassLoader())
                .stream().map(ServiceLoader.Provider::get).toList();
    }
}
