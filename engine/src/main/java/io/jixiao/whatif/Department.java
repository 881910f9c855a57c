package io.jixiao.whatif;

import io.jixiao.load.Source;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.pipeline.Prepared;
import io.jixiao.problem.KpiException;
import io.jixiao.problem.Location;

/**
 * A department-year loaded for what-if: prepared by the pipeline (loaded, paired, points shared), with the
 * compiled rules, ready to open {@link Session}s on. Immutable; sessions opened on it are independent.
 */
public final class Department {

    private final Pipeline pipeline;
    private final Prepared prepared;

    private Department(Pipeline pipeline, Prepared prepared) {
        this.pipeline = pipeline;
        this.prepared = prepared;
    }

    /**
     * Loads and prepares a department through the pipeline and compiles its rules.
     *
     * @throws KpiException with every error when the files are wrong, do not fit together, or a rule file does
     *                      not compile
     */
    public static Department load(Pipeline pipeline, Source targets, Source actuals) {
        Prepared prepared = pipeline.prepare(targets, actuals);
        if (!prepared.ok() || prepared.department() == null) {
            throw new KpiException(prepared.errors());
        }
        pipeline.rules(); // a rule file that does not compile fails here, not at the first score
        Department d = new Department(pipeline, prepared);
        d.open().close(); // fail here, not at the first score, when the rule session cannot take the department
        return d;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    /** The department as the pipeline prepared it, with the findings of loading and pairing. */
    public Prepared prepared() {
        return prepared;
    }

    DepartmentTargets targets() {
        return prepared.targets();
    }

    /** Opens a what-if session on the department as loaded; close it when done. */
    public Session open() {
        return new Session(this);
    }

    /**
     * Checks that a change names a table and indicator of the department and a value that fits the target.
     *
     * @throws KpiException KPI-0351/0352 for an unknown table or indicator, KPI-0109/0110 for a bad value
     */
    public void check(String table, String indicator, String value, Location at) {
        Lookup.entry(Lookup.indicator(Lookup.table(targets(), table, at), indicator, at), value, at);
    }

    /**
     * Checks that a table is the department's ({@code 部门整体} or {@code overall} name the department-wide one).
     *
     * @throws KpiException KPI-0351 naming the tables that exist
     */
    public void checkTable(String table, Location at) {
        Lookup.table(targets(), table, at);
    }
}
