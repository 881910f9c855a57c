package io.jixiao.cli;

import io.jixiao.problem.Catalogue;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import java.util.Collection;

/**
 * The findings of the command line (KPI-0115, 0190, 0199, 0315): what validate says about a file it could not check
 * fully, and output names a command does not write. Texts in {@code io/jixiao/cli/messages.properties}.
 */
public final class CliProblems {

    private static final Catalogue M = Catalogue.of(CliProblems.class);

    private CliProblems() {
    }

    /** validate: a YAML file that is neither a targets nor an actuals file. */
    public static Finding unrecognisedFile(String file) {
        return M.error("KPI-0115", Location.of(file));
    }

    /** validate: an actuals file that could not be paired with targets, so pairing and 自评 review were skipped. */
    public static Finding notCheckedAgainstTargets(String actualsFile, String why) {
        return M.info("KPI-0315", Location.of(actualsFile), "why", why, "actualsFile", actualsFile);
    }

    /** validate: a progress file (绩效运行监控) without targets beside it: loaded alone, not monitored. */
    public static Finding progressNotCheckedAgainstTargets(String progressFile, String why) {
        return M.info("KPI-0315.progress", Location.of(progressFile), "why", why, "progressFile", progressFile);
    }

    /** jixiao failed (a bug): exit 3, with this coded line instead of a stack trace. */
    public static Finding internalError(String problem) {
        return M.error("KPI-0199", Location.UNKNOWN, "problem", problem);
    }

    public static Finding outputExtension(String file, String command, Collection<String> accepted) {
        return M.error("KPI-0190", Location.of(file), "command", command, "accepted", Catalogue.list(accepted),
                "example", example(file, accepted));
    }

    private static String example(String file, Collection<String> accepted) {
        String base = file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file;
        return base + accepted.iterator().next();
    }
}
