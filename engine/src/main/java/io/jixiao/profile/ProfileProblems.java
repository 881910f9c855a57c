package io.jixiao.profile;

import io.jixiao.problem.Catalogue;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import java.util.Collection;

/** The findings of scoring profiles (KPI-0130, 0131). Texts in {@code io/jixiao/profile/messages.properties}. */
public final class ProfileProblems {

    private static final Catalogue M = Catalogue.of(ProfileProblems.class);
    /** What can be wrong with a profile: the problems of KPI-0131 ({@code texts.properties}). */
    private static final Catalogue TEXTS = Catalogue.of(ProfileProblems.class, "texts");

    private ProfileProblems() {
    }

    public static Finding unknownProfile(Location at, String spec, Collection<String> builtIn) {
        return M.error("KPI-0130", at, "spec", spec, "builtIn", Catalogue.list(builtIn));
    }

    /** A profile that does not read: {@code problem} as the YAML reader says it. */
    public static Finding badProfile(Location at, String problem) {
        return M.error("KPI-0131", at, "problem", problem);
    }

    /** A profile that reads but is not valid: the text {@code key} of the profile texts says why. */
    public static Finding invalid(Location at, String key, Object... nameValuePairs) {
        return badProfile(at, TEXTS.text(key, nameValuePairs));
    }
}
