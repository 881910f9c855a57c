package io.jixiao.profile;

import io.jixiao.problem.Catalogue;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import java.util.Collection;

/** The findings of scoring profiles (KPI-0130, 0131). Texts in {@code io/jixiao/profile/messages.properties}. */
public final class ProfileProblems {

    private static final Catalogue M = Catalogue.of(ProfileProblems.class);

    private ProfileProblems() {
    }

    public static Finding unknownProfile(Location at, String spec, Collection<String> builtIn) {
        return M.error("KPI-0130", at, "spec", spec, "builtIn", Catalogue.list(builtIn));
    }

    public static Finding badProfile(Location at, String problem) {
        return M.error("KPI-0131", at, "problem", problem);
    }
}
