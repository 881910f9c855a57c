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
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Scores a department's actual outcomes against its targets with the Drools rules and prints"
                + " every indicator's score with the rule and arithmetic that produced it, each table's score and"
                + " grade, and the department's; the target review's (审核) findings are listed with the"
                + " department's findings and never change the score.",
                "Example: jixiao score indicators/guangyang/2023/targets.yaml"
                        + " --actuals indicators/guangyang/2023/actuals-example.yaml"})
final class ScoreCommand implements Callable<Integer> {

    enum Format { table, json, csv }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TARGETS", description = "the targets YAML of one department-year")
    Path targets;

    @Option(names = {"-a", "--actuals"}, required = true, paramLabel = "ACTUALS",
            description = "the actuals (实际完成值) for the same department and year: YAML, or a filled"
                    + " workbook from 'jixiao template' (.xlsx)")
    Path actuals;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table (default), json or csv")
    Format format;

    @Mixin
    ScoringOptions options = new ScoringOptions();

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "write the report to FILE (atomically)")
    Path out;

    @Option(names = "--force", description = "overwrite an existing output file")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
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
                AtomicFiles.write(out, bytes, force);
                err.println("jixiao: wrote " + out + " (" + score.department() + " " + Reports.scoreLine(score) + ")");
            }
            return 0;
        } catch (KpiException e) {
            e.findings().forEach(f -> err.println(f.render()));
            return Main.BAD_INPUT;
        }
    }

    private DepartmentScore score() {
        return options.evaluate(targets, actuals).score();
    }
}
