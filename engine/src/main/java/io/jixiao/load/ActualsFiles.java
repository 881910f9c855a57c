package io.jixiao.load;

import io.jixiao.model.DepartmentActuals;
import java.nio.file.Path;

/**
 * An actuals file of either kind: a filled workbook (recognised by its .xlsx extension) or YAML.
 * Every command that takes actuals loads them here.
 */
public final class ActualsFiles {

    private ActualsFiles() {
    }

    /** {@code allowMissing}: an empty 实际完成值 cell of a workbook is no error (YAML leaves this to scoring). */
    public static LoadResult<DepartmentActuals> load(Path path, boolean allowMissing) {
        return ActualsWorkbookLoader.isWorkbook(path) ? ActualsWorkbookLoader.load(path, allowMissing)
                : ActualsLoader.load(path);
    }
}
