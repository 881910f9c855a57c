package io.jixiao.api;

import io.jixiao.load.DepartmentFiles;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.profile.ProfileLoader;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.rules.RuleBook;
import io.jixiao.scoring.ScoringSession;
import java.nio.file.Path;

/** A loaded department-year with everything needed to score it: targets, actuals, profile and rules. */
record Department(DepartmentTargets targets, DepartmentActuals actuals, ScoringProfile profile, RuleBook rules,
                  boolean allowMissing) {

    static Department load(Path targetsFile, Path actualsFile, Scenario.Options options) {
        DepartmentFiles files = DepartmentFiles.load(targetsFile, actualsFile, options.lenient(), options.allowMissing());
        ScoringProfile profile = ProfileLoader.forTargets(options.profile(), files.targets(), targetsFile);
        return new Department(files.targets(), files.actuals(), profile, RuleBook.with(options.rules()),
                options.allowMissing());
    }

    ScoringSession open() {
        return ScoringSession.open(rules, profile, targets, actuals, allowMissing);
    }
}
