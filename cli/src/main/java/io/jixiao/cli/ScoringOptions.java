package io.jixiao.cli;

import io.jixiao.load.DepartmentFiles;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.problem.KpiException;
import io.jixiao.profile.ProfileLoader;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.report.ScoredDepartment;
import io.jixiao.review.Reviewer;
import io.jixiao.rules.RuleBook;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.Scorer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The scoring options a command shares with {@code score}, and the load-and-score they drive. */
final class ScoringOptions {

    @Option(names = "--profile", paramLabel = "P",
            description = "national (default), hubei, sichuan, or a profile YAML; overrides the targets file's profile")
    String profile;

    @Option(names = "--rules", paramLabel = "PATH", description = "extra DRL file or folder (repeatable)")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--lenient", description = "an unreadable 评（扣）分标准 is a warning and the default method scores")
    boolean lenient;

    @Option(names = "--allow-missing", description = "a missing actual scores 0 with a finding instead of failing")
    boolean allowMissing;

    /**
     * Loads both files (actuals as YAML or a filled workbook), scores them, and adds the loading warnings and
     * the review (审核) findings beside the score (they never change it).
     *
     * @throws KpiException with every loading error of both files, or the scorer's pairing errors
     */
    ScoredDepartment score(Path targets, Path actuals) {
        DepartmentFiles files = DepartmentFiles.load(targets, actuals, lenient, allowMissing);
        DepartmentTargets d = files.targets();
        ScoringProfile p = ProfileLoader.forTargets(profile, d, targets);
        RuleBook book = RuleBook.with(rules);
        DepartmentScore score = new Scorer(book, p).score(d, files.actuals(), allowMissing);
        if (!score.hasErrors()) {
            score = score.withFindings(files.warnings())
                    .withFindings(new Reviewer(book, p).alongsideScore(d, files.actuals()));
        }
        return new ScoredDepartment(d, files.actuals(), p, score);
    }
}
