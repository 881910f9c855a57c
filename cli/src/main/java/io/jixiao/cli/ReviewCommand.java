package io.jixiao.cli;

import io.jixiao.pipeline.DepartmentFolder;
import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.pipeline.Rechecker;
import io.jixiao.problem.KpiException;
import io.jixiao.recheck.BureauReport;
import io.jixiao.report.AtomicFiles;
import io.jixiao.report.Csv;
import io.jixiao.report.recheck.ReviewCsv;
import io.jixiao.report.recheck.ReviewHtml;
import io.jixiao.report.recheck.ReviewJson;
import io.jixiao.report.recheck.ReviewText;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao review DIR}: a finance bureau's 复核 of many departments. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Finds every department folder under DIR (a folder holding targets.yaml and one actuals file,"
                + " actuals*.yaml or a filled actuals*.xlsx), scores them all with one set of compiled rules in"
                + " parallel, and reports the ranking by score, the grade distribution, category averages and the 复核"
                + " findings: 自评得分 that differ from the recomputed score, 偏离度 (over-achievement), spending above"
                + " budget or below the profile's floor (60%% of it), 不适用 on more than the profile's share of a"
                + " table's points (25), and 完成 written instead of a number.",
                "A department that cannot be loaded or scored is reported with its coded errors; the others are"
                        + " still reviewed (exit code 1 when any failed).",
                "Example: jixiao review indicators/ --format html -o review.html"})
final class ReviewCommand implements Callable<Integer> {

    enum Format { table, json, csv, html }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "the folder holding one sub-folder per department")
    Path dir;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table (default), json, csv (one row per department) or html")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "write the report to FILE (atomically)")
    Path out;

    @Option(names = "--force", description = "overwrite an existing output file")
    boolean force;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the number of cores)")
    Integer threads;

    @Mixin
    ScoringOptions scoring = new ScoringOptions();

    @Override
    public Integer call() {
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        BureauReport report;
        try {
            Options options = scoring.options();
            // the packaged rules compile in the background while the first departments load; a user's rules are
            // compiled first, so that a broken rule file fails once instead of failing every department
            Pipeline pipeline = options.rules().isEmpty() ? new Pipeline(options, Rechecker.compiling())
                    : new Pipeline(options);
            if (!options.rules().isEmpty()) {
                pipeline.rules();
            }
            Rechecker review = new Rechecker(pipeline, workers);
            List<DepartmentFolder> folders = review.find(dir);
            try (Progress progress = Progress.onTerminal(err, "review", folders.size())) {
                report = review.review(dir, folders, progress::done);
            }
            String text = switch (format) {
                case table -> ReviewText.render(report);
                case json -> ReviewJson.render(report);
                case csv -> ReviewCsv.render(report);
                case html -> ReviewHtml.render(report);
            };
            if (out == null) {
                stdout.print(text);
                stdout.flush();
            } else {
                byte[] bytes = format == Format.csv ? Csv.fileBytes(text) : text.getBytes(StandardCharsets.UTF_8);
                AtomicFiles.write(out, bytes, force);
                err.println("jixiao: wrote " + out + " (" + report.ranking().size() + " departments scored, "
                        + report.failed().size() + " failed, " + report.findings().size() + " 复核 findings)");
            }
        } catch (KpiException e) {
            e.findings().forEach(f -> err.println(f.render()));
            return Main.BAD_INPUT;
        }
        if (report.anyCrashed()) {
            err.println("jixiao: internal error in " + report.failed().stream().filter(d -> d.crashed()).count()
                    + " department(s); see the report");
            return Main.INTERNAL;
        }
        if (!report.failed().isEmpty()) {
            err.println("jixiao: " + report.failed().size() + " department(s) could not be scored; see the report");
            return Main.BAD_INPUT;
        }
        return 0;
    }
}
