package io.jixiao.cli;

import io.jixiao.problem.KpiException;
import io.jixiao.report.AtomicFiles;
import io.jixiao.report.ScoredDepartment;
import io.jixiao.report.html.HtmlReport;
import io.jixiao.workbook.SelfEvaluationWorkbook;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao report TARGETS --actuals A -o F.xlsx|F.html}: the 自评表 workbook or a page with charts. */
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {

    private static final List<String> KINDS = List.of(".xlsx", ".html");

    @Spec
    CommandSpec spec;

    @Mixin
    LanguageOption language;

    @Parameters(index = "0", paramLabel = "TARGETS")
    Path targets;

    @Option(names = {"-a", "--actuals"}, required = true, paramLabel = "ACTUALS")
    Path actuals;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE")
    Path out;

    @Option(names = "--force")
    boolean force;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = EvaluationDate.class)
    LocalDate date;

    @Mixin
    ScoringOptions scoring;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String name = out.toString().toLowerCase(Locale.ROOT);
        boolean html = name.endsWith(".html") || name.endsWith(".htm");
        if (!html && !name.endsWith(".xlsx")) {
            err.println(CliProblems.outputExtension(out.toString(), "report", KINDS).render());
            return Main.USAGE;
        }
        try {
            AtomicFiles.check(out, force, scoring.inputs(targets, actuals)); // before the work
            ScoredDepartment d = ScoredDepartment.of(scoring.evaluate(spec, targets, actuals));
            if (d.score().hasErrors()) {
                Reports.printErrors(err, d.score());
                return Main.BAD_INPUT;
            }
            byte[] bytes = html ? HtmlReport.render(d, date).getBytes(StandardCharsets.UTF_8)
                    : SelfEvaluationWorkbook.write(d);
            AtomicFiles.write(out, bytes, force, scoring.inputs(targets, actuals));
            err.println(Reports.wrote(out, d.score()));
            return 0;
        } catch (KpiException e) {
            e.findings().forEach(f -> err.println(f.render()));
            return Main.BAD_INPUT;
        }
    }

    /** The evaluation date as written, YYYY-MM-DD; anything else is a usage error that says so (exit 2). */
    static final class EvaluationDate implements picocli.CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (java.time.format.DateTimeParseException e) {
                throw new picocli.CommandLine.TypeConversionException(CliTexts.text("usage.date"));
            }
        }
    }
}
