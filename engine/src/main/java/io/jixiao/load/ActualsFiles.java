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

    private ActualsFiles() {
    }

    /** {@code allowMissing}: an empty 实际完成值 cell of a workbook is no error (YAML leaves this to scoring). */
    public static LoadResult<DepartmentActuals> load(Path path, boolean allowMissing) {
        for (ActualsFormat format : Formats.ALL) {
            if (format.reads(path)) {
                return format.load(path, allowMissing);
            }
        }
        if (isWorkbook(path)) {
            return new LoadResult<>(null, List.of(LoadProblems.workbookUnreadable(path.toString(),
                    "jixiao-office is not on the class path")));
        }
        return ActualsLoader.load(path);
    }

    /** True for the file names read as workbooks (by extension, as the CLI recognises them). */
    public static boolean isWorkbook(Path path) {
        String n = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls") || n.endsWith(".et");
    }

    /** The registered formats, looked up once. */
    private static final class Formats {
        static final List<ActualsFormat> ALL = ServiceLoader.load(ActualsFormat.class, ActualsFormat.class.getClassLoader())
                .stream().map(ServiceLoader.Provider::get).toList();
    }
}
