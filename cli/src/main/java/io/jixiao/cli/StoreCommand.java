package io.jixiao.cli;

import io.jixiao.pipeline.Options;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.problem.Severity;
import io.jixiao.store.Catalog;
import io.jixiao.store.Listings;
import io.jixiao.store.Importer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao store import|list|export}: department-years in the store (docs/store.md). */
@Command(name = "store", mixinStandardHelpOptions = true,
        subcommands = {StoreCommand.Import.class, StoreCommand.List.class, StoreCommand.Export.class})
final class StoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.USAGE;
    }

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        LanguageOption language;

        @Parameters(arity = "1..*", paramLabel = "PATH")
        java.util.List<Path> paths;

        @Mixin
        StoreOption store = new StoreOption();

        @Option(names = "--profile", paramLabel = "P")
        String profile;

        @Option(names = "--lenient")
        boolean lenient;

        @Option(names = "--allow-missing")
        boolean allowMissing;

        @Option(names = "--threads", paramLabel = "N")
        Integer threads;

        @Option(names = {"-v", "--verbose"})
        boolean verbose;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (threads != null && threads < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), CliTexts.text("usage.threads", "threads",
                        threads));
            }
            int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            Options options = new Options(profile, java.util.List.of(), lenient, allowMissing);
            Importer.readying(options); // while the store opens
            Importer.Started started;
            try {
                // the workers start on the folders while the store opens (docs/performance.md#store, fifth pass)
                // the warnings and notes of what is stored are printed only with --verbose: without it, not kept
                Importer importer = new Importer(store.location(), options, workers);
                started = (verbose ? importer : importer.withoutNotes()).start(paths);
            } catch (KpiException e) {
                return StoreOption.failed(spec, e);
            }
            try (started) {
                return store.run(spec, s -> imported(s, started, out, err));
            }
        }

        private int imported(io.jixiao.store.Store s, Importer.Started started, PrintWriter out, PrintWriter err) {
            AtomicInteger done = new AtomicInteger();
            Importer.Summary summary;
            try (Progress progress = Progress.onTerminal(err, "import", started.folders().size())) {
                summary = started.into(s, o -> progress.done(done.incrementAndGet()));
            }
            for (Importer.Outcome o : summary.outcomes()) {
                String what = o.department() == null ? o.folder()
                        : o.department() + " " + o.year() + "  (" + o.folder() + ")";
                switch (o.status()) {
                    case ADDED -> out.println(CliTexts.text("store.added", "what", what));
                    case REPLACED -> out.println(CliTexts.text("store.replaced", "what", what, "revision",
                            o.revision()));
                    case UNCHANGED -> out.println(CliTexts.text("store.unchanged", "what", what));
                    case FAILED -> {
                        out.println(CliTexts.text("store.failed", "what", what));
                        o.findings().forEach(f -> err.println(f.render()));
                    }
                }
                if (verbose && o.status() != Importer.Status.FAILED) {
                    o.findings().forEach(f -> out.println("  " + f.render()));
                }
            }
            out.println(CliTexts.text("store.imported", "added", summary.count(Importer.Status.ADDED), "replaced",
                    summary.count(Importer.Status.REPLACED), "unchanged", summary.count(Importer.Status.UNCHANGED),
                    "failed", summary.count(Importer.Status.FAILED), "store", s.location()));
            return summary.anyFailed() ? Main.BAD_INPUT : 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class List implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        LanguageOption language;

        @Option(names = "--year", paramLabel = "Y")
        Integer year;

        @Mixin
        StoreOption store = new StoreOption();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            return store.run(spec, s -> {
                java.util.List<Catalog.Entry> entries = new Catalog(s).list(year);
                out.print(Listings.departmentYears(entries));
                out.println(CliTexts.text("store.listed", "count", entries.size(), "store", s.location()));
                return 0;
            });
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        LanguageOption language;

        @Parameters(index = "0", paramLabel = "DEPARTMENT")
        String department;

        @Parameters(index = "1", paramLabel = "YEAR")
        int year;

        @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR")
        Path dir;

        @Option(names = "--force")
        boolean force;

        @Mixin
        StoreOption store = new StoreOption();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            return store.run(spec, s -> {
                Catalog c = new Catalog(s);
                String name = c.department(department);
                for (Path p : c.export(name, year, dir, force)) {
                    out.println(CliTexts.text("store.wrote", "file", p));
                }
                return 0;
            });
        }
    }

    /** Findings of a severity, for summaries. */
    static long count(java.util.List<Finding> findings, Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }
}
