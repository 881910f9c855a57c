package io.jixiao.report;

import io.jixiao.load.ActualsLoader;
import io.jixiao.load.TargetsLoader;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.profile.ProfileLoader;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.rules.RuleBook;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.Scorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The four seed departments (indicators/) and scoring them (office's workbook.Seeds adds filling templates). */
public class Seeds {

    public static final List<String> ALL = List.of("guangyang/2023", "kaiping/2025", "luancheng/2020", "shifeng/2023");
    public static final Path ROOT = repoRoot();
    public static final ScoringProfile NATIONAL = ProfileLoader.load("national", null);

    protected Seeds() {
    }

    private static Path repoRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("indicators"))) {
                return p;
            }
        }
        throw new IllegalStateException("no folder with indicators/ above the working directory");
    }

    public static Path targetsFile(String seed) {
        return ROOT.resolve("indicators/" + seed + "/targets.yaml");
    }

    public static Path actualsFile(String seed) {
        return ROOT.resolve("indicators/" + seed + "/actuals-example.yaml");
    }

    public static DepartmentTargets targets(String seed) {
        return TargetsLoader.load(targetsFile(seed)).orThrow();
    }

    public static DepartmentActuals actuals(String seed) {
        return ActualsLoader.load(actualsFile(seed)).orThrow();
    }

    public static RuleBook rules() {
        return RuleBook.packaged();
    }

    public static DepartmentScore score(DepartmentTargets t, DepartmentActuals a) {
        return new Scorer(rules(), NATIONAL).score(t, a, false);
    }

    /** The review (复核) of the four seed departments, as {@code jixiao review indicators} makes it. */
    public static io.jixiao.recheck.BureauReport review() {
        io.jixiao.pipeline.Pipeline pipeline = new io.jixiao.pipeline.Pipeline(
                new io.jixiao.pipeline.Options(null, List.of(), false, false));
        return new io.jixiao.pipeline.Rechecker(pipeline, 1).run(PUBLISHED.get(), n -> { });
    }

    /**
     * The four published departments of indicators/, copied once without the ILLUSTRATIVE department-years the
     * store's history needs ({@link io.jixiao.recheck.Fixtures#ILLUSTRATIVE}): the review pages' tests are about
     * the published four.
     */
    private static final java.util.function.Supplier<Path> PUBLISHED = new java.util.function.Supplier<>() {
        private Path copy;

        @Override
        public synchronized Path get() {
            if (copy == null) {
                try {
                    copy = io.jixiao.recheck.Fixtures.copySeeds(Files.createTempDirectory("jixiao-seeds")
                            .resolve("indicators"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return copy;
        }
    };

    public static ScoredDepartment scored(String seed) {
        DepartmentTargets t = targets(seed);
        DepartmentActuals a = actuals(seed);
        return new ScoredDepartment(t, a, NATIONAL, score(t, a));
    }
}
