package io.jixiao.cli;

import io.jixiao.load.ActualsFiles;
import io.jixiao.load.LoadResult;
import io.jixiao.load.TargetsLoader;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.Finding;
import io.jixiao.model.KpiException;
import io.jixiao.report.AtomicFiles;
import io.jixiao.report.CsvReport;
import io.jixiao.report.JsonReport;
import io.jixiao.report.TableReport;
import io.jixiao.review.Reviewer;
import io.jixiao.rules.RuleBook;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.ProfileLoader;
import io.jixiao.scoring.Scorer;
import io.jixiao.scoring.ScoringProfile;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

    @Option(names = "--profile", paramLabel = "P",
            description = "national (default), hubei, sichuan, or a profile YAML; overrides the targets file's profile")
    String profile;

    @Option(names = "--rules", paramLabel = "PATH", description = "extra DRL file or folder (repeatable)")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--lenient", description = "an unreadable 评（扣）分标准 is a warning and the default method scores")
    boolean lenient;

    @Option(names = "--allow-missing", description = "a missing actual scores 0 with a finding instead of failing")
    boolean allowMissing;

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
                byte[] bytes = (format == Format.csv ? "\uFEFF" + text : text).getBytes(StandardCharsets.UTF_8);
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
        RuleBook book = RuleBook.with(rules);
        DepartmentScore score = new Scorer(book, p).score(d, a.value(), allowMissing);
        if (score.hasErrors()) {
            return score;
        }
        // the review (审核) of the targets and of this self-evaluation: warnings and info beside the score
        return score.withFindings(new Reviewer(book, p).alongsideScore(d, a.value()));
    }
}
