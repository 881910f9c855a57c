package io.jixiao.tools;

import io.jixiao.problem.Catalogue;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;

/** The findings of the tools (KPI-0328). Texts in {@code io/jixiao/tools/messages.properties}. */
public final class ToolProblems {

    private static final Catalogue M = Catalogue.of(ToolProblems.class);

    private ToolProblems() {
    }

    public static Finding generateTargetNotEmpty(String dir) {
        return M.error("KPI-0328", Location.of(dir));
    }
}
