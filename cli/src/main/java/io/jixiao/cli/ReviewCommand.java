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
import io.jixiao.store.Store;
import io.jixiao.store.StoreLocation;
import io.jixiao.store.StoredReview;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
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
@Command(name = "review", mixinStandardHelpOptions = true)
final class ReviewCommand implements Callable<Integer> {

    enum Format { table, json, csv, html }

    @Spec
    CommandSpec spec;

    @Mixin
    LanguageOption language;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR")
    Path dir;

    @Option(names = "--db", arity = "0..1", parameterConsumer = OptionalDb.class, paramLabel = "DB")
    String db;

    @Option(names = "--year", paramLabel = "Y")
    Integer year;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE")
    Path out;

    @Option(names = "--force")
    boolean force;

    @Option(names = "--threads", paramLabel = "N")
    Integer threads;

    @Mixin
    ScoringOptions scoring = new ScoringOptions();

    @Override
    public Integer call() {
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), CliTexts.text("usage.threads", "threads", threads));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (year != null && (db == null || dir != null)) {
            throw new ParameterException(spec.commandLine(), CliTexts.text("usage.yearWithDir"));
        }
        if (dir == null && year == null) {
            throw new ParameterException(spec.commandLine(), CliTexts.text("usage.dirOrYear"));
        }
        if (year != null) {
            return fromStore(stdout, err);
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        BureauReport report;
        try {
            // the bureau's profile (--profile, else national) scores every department; a department's own is ignored
            Options options = scoring.options().ownProfiles(false);
            // the packaged rules compile in the background while the first departments load; a user's rules are
            // compiled first, so that a broken rule file fails once instead of failing every department
            Pipeline pipeline = Pipeline.readying(options);
            if (!options.rules().isEmpty()) {
                pipeline.rules();
            }
            Rechecker review = new Rechecker(pipeline, workers);
            List<Path> inputs = new ArrayList<>(scoring.inputs());
            List<DepartmentFolder> folders = new ArrayList<>();
            try (Progress progress = Progress.onTerminal(err, "review")) {
                report = review.review(dir, found -> {
                    folders.addAll(found);
                    FoundFolders.found(found, DepartmentFolder::actuals, inputs, out, force, progress);
                }, progress::done);
            }
            String text;
            if (db != null) {
                try (Store s = Store.open(StoreLocation.resolve(db, System.getenv()))) {
                    StoredReview.Review r = new StoredReview(s).around(report, folders, pipeline);
                    text = render(r);
                }
            } else {
                text = switch (format) {
                    case table -> ReviewText.render(report);
                    case json -> ReviewJson.render(report);
                    case csv -> ReviewCsv.render(report);
                    case html -> ReviewHtml.render(report);
                };
            }
            write(text, stdout, err, report, inputs);
        } catch (KpiException e) {
            e.findings().forEach(f -> err.println(f.render()));
            return Main.BAD_INPUT;
        }
        return exit(report, err);
    }

    /** review --db --year: the year's review from the store. */
    private int fromStore(PrintWriter stdout, PrintWriter err) {
        BureauReport report;
        try (Store s = Store.open(StoreLocation.resolve(db, System.getenv()))) {
            StoredReview.Review r = new StoredReview(s).review(year);
            report = r.report();
            write(render(r), stdout, err, report, List.of());
        } catch (KpiException e) {
            e.findings().forEach(f -> err.println(f.render()));
            return Main.BAD_INPUT;
        }
        return exit(report, err);
    }

    private String render(StoredReview.Review r) {
        return switch (format) {
            case table -> StoredReview.text(r);
            case json -> StoredReview.json(r);
            case csv -> StoredReview.csv(r);
            case html -> StoredReview.html(r);
        };
    }

    /** @param inputs the files read, which {@code -o} must not replace */
    private void write(String text, PrintWriter stdout, PrintWriter err, BureauReport report, List<Path> inputs) {
        if (out == null) {
            stdout.print(text);
            stdout.flush();
        } else {
            byte[] bytes = format == Format.csv ? Csv.fileBytes(text) : text.getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(out, bytes, force, inputs);
            err.println(CliTexts.text("wrote.review", "file", out, "scored", report.ranking().size(), "failed",
                    report.failed().size(), "findings", report.findings().size()));
        }
    }

    private static int exit(BureauReport report, PrintWriter err) {
        if (report.anyCrashed()) {
            err.println(CliTexts.text("review.crashed", "count",
                    report.failed().stream().filter(d -> d.crashed()).count()));
            return Main.INTERNAL;
        }
        if (!report.failed().isEmpty()) {
            err.println(CliTexts.text("review.failed", "count", report.failed().size()));
            return Main.BAD_INPUT;
        }
        return 0;
    }
}
