package io.jixiao.spark;

import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.pipeline.Rechecker;
import io.jixiao.recheck.BureauReport;
import io.jixiao.tools.generate.GeneratedFiles;
import io.jixiao.tools.generate.Generator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** The inputs of the Spark tests: the bundled departments, generated ones with bad ones among them, a session. */
final class Departments {

    /** The bundled departments (indicators/), as a path relative to the module's folder, where tests run. */
    static final Path BUNDLED = Path.of("../indicators");

    private Departments() {
    }

    /** One local session of {@code master} for a test class (Spark's start is slow: one per class). */
    static SparkSession session(String master) {
        return SparkSession.builder().appName("jixiao-spark test").master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    /**
     * {@code count} generated departments (10 indicators each) in {@code dir}, and four that cannot be scored, one
     * per failure mode: YAML that does not parse, no actuals file, two actuals files, an actuals file for
     * another department's targets (an indicator missing).
     */
    static Path generated(Path dir, int count) {
        GeneratedFiles.write(dir, new Generator(20, 10), count, 2, false, i -> { });
        try {
            Path broken = Files.createDirectories(dir.resolve("bad-yaml"));
            Files.writeString(broken.resolve("targets.yaml"), "department: [unclosed\n", StandardCharsets.UTF_8);
            Files.writeString(broken.resolve("actuals.yaml"), "department: x\n", StandardCharsets.UTF_8);
            Path none = Files.createDirectories(dir.resolve("no-actuals"));
            Files.copy(dir.resolve("d0001/targets.yaml"), none.resolve("targets.yaml"));
            Path two = Files.createDirectories(dir.resolve("two-actuals"));
            Files.copy(dir.resolve("d0002/targets.yaml"), two.resolve("targets.yaml"));
            Files.copy(dir.resolve("d0002/actuals.yaml"), two.resolve("actuals.yaml"));
            Files.copy(dir.resolve("d0002/actuals.yaml"), two.resolve("actuals-2.yaml"));
            Path wrong = Files.createDirectories(dir.resolve("wrong-actuals"));
            Files.copy(dir.resolve("d0003/targets.yaml"), wrong.resolve("targets.yaml"));
            Files.copy(dir.resolve("d0004/actuals.yaml"), wrong.resolve("actuals.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** What jixiao review reports on a folder: the engine's Rechecker, as ReviewCommand runs it. */
    static BureauReport review(Path root) {
        // as `jixiao review` runs: the bureau's profile (national) scores every department, a department's own is ignored
        return new Rechecker(new Pipeline(Options.defaults().ownProfiles(false)), 2).run(root, i -> { });
    }
}
