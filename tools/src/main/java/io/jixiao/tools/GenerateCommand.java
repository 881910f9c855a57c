package io.jixiao.tools;

import io.jixiao.cli.CliTexts;
import io.jixiao.cli.LanguageOption;
import io.jixiao.cli.Main;
import io.jixiao.cli.Progress;
import io.jixiao.problem.KpiException;
import io.jixiao.tools.generate.GeneratedFiles;
import io.jixiao.tools.generate.Generator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code jixiao generate}: synthetic departments for load and scale tests. */
@Command(name = "generate", mixinStandardHelpOptions = true)
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LanguageOption language;

    @Option(names = "--departments", required = true, paramLabel = "N")
    int departments;

    @Option(names = "--indicators", required = true, paramLabel = "M")
    int indicators;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR")
    Path out;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S")
    long seed;

    @Option(names = "--force")
    boolean force;

    @Option(names = "--threads", paramLabel = "T")
    Integer threads;

    @Option(names = "--progress")
    boolean progress;

    @Override
    public Integer call() {
        if (departments < 1) {
            throw new ParameterException(spec.commandLine(), CliTexts.text("usage.departments", "departments",
                    departments));
        }
        if (indicators < 2) {
            throw new ParameterException(spec.commandLine(), CliTexts.text("usage.indicators", "indicators",
                    indicators));
        }
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), CliTexts.text("usage.threads", "threads", threads));
        }
        PrintWriter err = spec.commandLine().getErr();
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        try (Progress bar = Progress.onTerminal(err, "generate", departments)) {
            GeneratedFiles.write(out, new Generator(seed, indicators), departments, workers, force, this.progress,
                    bar::done);
        } catch (KpiException e) {
            e.findings().forEach(f -> err.println(f.render()));
            return Main.BAD_INPUT;
        }
        err.println(CliTexts.text(progress ? "wrote.generated.progress" : "wrote.generated", "departments",
                departments, "indicators", indicators, "out", out, "seed", seed));
        return 0;
    }
}
