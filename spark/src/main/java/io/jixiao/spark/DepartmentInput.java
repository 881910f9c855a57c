package io.jixiao.spark;

import java.io.Serializable;
import java.util.List;

/**
 * One department (one department-year) to review on an executor: what {@code jixiao review} finds in one
 * department folder.
 *
 * @param folder  the folder relative to the input's root, with '/' (a table row's {@code folder} column); the
 *                report's key, so it is unique in a run
 * @param dir     the folder as findings name it (no actuals file, several of them)
 * @param actuals every actuals file of the folder, sorted (one is expected)
 */
record DepartmentInput(String folder, String dir, Doc targets, List<Doc> actuals) implements Serializable {

    DepartmentInput {
        actuals = List.copyOf(actuals);
    }
}
