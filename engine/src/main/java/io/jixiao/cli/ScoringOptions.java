package io.jixiao.cli;

import io.jixiao.load.ActualsFiles;
import io.jixiao.load.LoadResult;
import io.jixiao.load.TargetsLoader;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.Finding;
import io.jixiao.model.KpiException;
import io.jixiao.report.ScoredDepartment;
import io.jixiao.rules.RuleBook;
import io.jixiao.scoring.ProfileLoader;
import io.jixiao.scoring.Scorer;
import io.jixiao.scoring.ScoringProfile;
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
     * Loads both files (actuals as YAML or a filled workbook) and scores them.
     *
     * @throws KpiException with every loading error of both files, or the scorer's pairing errors
     */
    ScoredDepartment score(Path targets, Path actuals) {
        LoadResult<DepartmentTargets> t = TargetsLoader.load(targets, lenient);
        LoadResult<DepartmentActuals> a = ActualsFiles.load(actuals, allowMissing);
        List<Finding> errors = new ArrayList<>();
        t.findings().stream().filter(Finding::isError).forEach(errors::add);
        a.findings().stream().filter(Finding::isError).forEach(errors::add);
        if (!errors.isEmpty()) {
            throw new KpiException(errors);
        }
        DepartmentTargets d = t.value();
        Path base = targets.toAbsolutePath().getParent();
        ScoringProfile p = ProfileLoader.load(profile != null ? profile : d.profile(), profile != null ? null : base);
        return new ScoredDepartment(d, a.value(), p, new Scorer(RuleBook.with(rules), p).score(d, a.value(),
                allowMissing));
    }
}
