package io.jixiao.api;

import io.jixiao.load.ActualsFiles;
import io.jixiao.load.LoadResult;
import io.jixiao.load.TargetsLoader;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.Finding;
import io.jixiao.model.KpiException;
import io.jixiao.rules.RuleBook;
import io.jixiao.scoring.ProfileLoader;
import io.jixiao.scoring.ScoringProfile;
import io.jixiao.scoring.ScoringSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A loaded department-year with everything needed to score it: targets, actuals, profile and rules. */
record Department(DepartmentTargets targets, DepartmentActuals actuals, ScoringProfile profile, RuleBook rules,
                  boolean allowMissing) {

    static Department load(Path targetsFile, Path actualsFile, Scenario.Options options) {
        LoadResult<DepartmentTargets> t = TargetsLoader.load(targetsFile, options.lenient());
        LoadResult<DepartmentActuals> a = ActualsFiles.load(actualsFile, options.allowMissing());
        List<Finding> errors = new ArrayList<>();
        t.findings().stream().filter(Finding::isError).forEach(errors::add);
        a.findings().stream().filter(Finding::isError).forEach(errors::add);
        if (!errors.isEmpty()) {
            throw new KpiException(errors);
        }
        DepartmentTargets d = t.value();
        Path base = targetsFile.toAbsolutePath().getParent();
        ScoringProfile profile = options.profile() != null ? ProfileLoader.load(options.profile(), null)
                : ProfileLoader.load(d.profile(), base);
        return new Department(d, a.value(), profile, RuleBook.with(options.rules()), options.allowMissing());
    }

    ScoringSession open() {
        return ScoringSession.open(rules, profile, targets, actuals, allowMissing);
    }
}
