package io.jixiao.cli;

import io.jixiao.problem.KpiException;
import io.jixiao.report.AtomicFiles;
import io.jixiao.report.Csv;
import io.jixiao.report.CsvReport;
import io.jixiao.report.JsonReport;
import io.jixiao.report.TableReport;
import io.jixiao.scoring.DepartmentScore;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao score TARGETS --actuals A}: the year-end self-evaluation (绩效自评). */
@Command(name = "score", mixinStandardHelpOptions = true)
final class ScoreCommand implements Callable<Integer> {

    enum Format { table, json, csv }

    @Spec
    CommandSpec spec;

    @Mixin
    LanguageOption language;

    @Parameters(index = "0", paramLabel = "TARGETS")
    Path targets;

    @Option(names = {"-a", "--actuals"}, required = true, paramLabel = "ACTUALS")
    Path actuals;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT")
    Format format;

    @Mixin
    ScoringOptions options = new ScoringOptions();

    @Option(names = {"-o", "--out"}, paramLabel = "FILE")
    Path out;

    @Option(names = "--force")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (out != null) {
                AtomicFiles.check(out, force, options.inputs(targets, actuals)); // before the work
            }
            DepartmentScore score = score();
            if (score.hasErrors()) {
                Reports.printErrors(err, score);
                return Main.BAD_INPUT;
            }
            String text = switch (format) {
                case json -> JsonReport.render(score);
                case csv -> CsvReport.render(score);
                case table -> TableReport.render(score);
            };
            if (out == null) {
                stdout.print(text);
                stdout.flush();
            } else {
                byte[] bytes = format == Format.csv ? Csv.fileBytes(text) : text.getBytes(StandardCharsets.UTF_8);
                AtomicFiles.write(out, bytes, force, options.inputs(targets, actuals));
                err.println(Reports.wrote(out, score));
            }
            return 0;
        } catch (KpiException e) {
            e.findings().forEach(f -> err.println(f.render()));
            return Main.BAD_INPUT;
        }
    }

    private DepartmentScore score() {
        return options.evaluate(spec, targets, actuals).score();
    }
}
