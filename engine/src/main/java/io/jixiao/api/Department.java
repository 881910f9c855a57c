package io.jixiao.api;

import io.jixiao.load.Source;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.pipeline.Prepared;
import io.jixiao.problem.KpiException;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.scoring.ScoringSession;
import java.nio.file.Path;

/** A loaded department-year with everything needed to score it: prepared by the pipeline, with its rules. */
record Department(Pipeline pipeline, Prepared prepared) {

    static Department load(Path targetsFile, Path actualsFile, Scenario.Options options) {
        Pipeline p = new Pipeline(new Options(options.profile(), options.rules(), options.lenient(),
                options.allowMissing()));
        Prepared prepared = p.prepare(Source.file(targetsFile), Source.file(actualsFile));
        if (!prepared.ok() || prepared.department() == null) {
            throw new KpiException(prepared.errors());
        }
        p.rules(); // a rule file that does not compile fails here, not at score()
        return new Department(p, prepared);
    }

    DepartmentTargets targets() {
        return prepared.targets();
    }

    DepartmentActuals actuals() {
        return prepared.actuals();
    }

    ScoringProfile profile() {
        return prepared.profile();
    }

    ScoringSession open() {
        return ScoringSession.open(pipeline.rules(), prepared.department());
    }
}
