package io.jixiao.tools;

import io.jixiao.cli.Main;
import io.jixiao.cli.Progress;
import io.jixiao.cli.ToolCommands;
import io.jixiao.problem.KpiException;
import io.jixiao.tools.generate.GeneratedFiles;
import io.jixiao.tools.generate.Generator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code jixiao generate}: synthetic departments for load and scale tests. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {ToolCommands.GENERATE,
                "Example: jixiao generate --departments 1000 --indicators 100 -o /tmp/bureau"})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--departments", required = true, paramLabel = "N", description = "how many departments")
    int departments;

    @Option(names = "--indicators", required = true, paramLabel = "M", description = "indicators per department (at least 2)")
    int indicators;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "the folder to write into")
    Path out;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed (default 1)")
    long seed;

    @Option(names = "--force", description = "write into a folder that is not empty (overwriting d*/ files)")
    boolean force;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: the number of cores)")
    Integer threads;

    @Override
    public Integer call() {
        if (departments < 1) {
            throw new ParameterException(spec.commandLine(), "--departments must be at least 1, not " + departments);
        }
        if (indicators < 2) {
            throw new ParameterException(spec.commandLine(), "--indicators must be at least 2 (an 产出 and an 效益"
                    + " indicator), not " + indicators);
        }
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        PrintWriter err = spec.commandLine().getErr();
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        try (Progress progress = Progress.onTerminal(err, "generate", departments)) {
            GeneratedFiles.write(out, new Generator(seed, indicators), departments, workers, force, progress::done);
        } catch (KpiException e) {
            e.findings().forEach(f -> err.println(f.render()));
            return Main.BAD_INPUT;
        }
        err.println("jixiao: wrote " + departments + " departments × " + indicators + " indicators to " + out
                + " (seed " + seed + ")");
        return 0;
    }
}
