package io.jixiao.cli;

import io.jixiao.pipeline.Options;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.problem.Severity;
import io.jixiao.report.TextWidth;
import io.jixiao.store.Catalog;
import io.jixiao.store.Importer;
import io.jixiao.store.Store;
import io.jixiao.value.Numbers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
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
        description = {"The store: department-years with their files kept verbatim, their scores, lines and findings,"
                + " across years. An H2 file in your data folder unless --db or JIXIAO_DB names another (an H2 file"
                + " or a jdbc:postgresql:// URL).",
                "Example: jixiao store import indicators && jixiao store list"},
        subcommands = {StoreCommand.Import.class, StoreCommand.List.class, StoreCommand.Export.class})
final class StoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.USAGE;
    }

    /** Prints coded errors and gives exit code 1. */
    static int failed(CommandSpec spec, KpiException e) {
        e.findings().forEach(f -> spec.commandLine().getErr().println(f.render()));
        return Main.BAD_INPUT;
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Reads department folders (targets.yaml with its actuals*.yaml or .xlsx, and progress files)"
                    + " or folders of them, evaluates each through the one pipeline from the bytes read, and stores"
                    + " it: each department-year replaced in one transaction. The same files again change nothing;"
                    + " a folder with errors is reported as score would report it and leaves its department-year as"
                    + " it was (exit code 1).",
                    "Example: jixiao store import indicators"})
    static final class Import implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "PATH", description = "a department folder or a folder of them")
        java.util.List<Path> paths;

        @Mixin
        StoreOption store = new StoreOption();

        @Option(names = "--profile", paramLabel = "P", description = "national, hubei, sichuan or a profile YAML for"
                + " every department (default: each targets file's own)")
        String profile;

        @Option(names = "--lenient", description = "an unreadable 评（扣）分标准 is a warning and the default method scores")
        boolean lenient;

        @Option(names = "--allow-missing", description = "a missing actual scores 0 with a finding instead of failing")
        boolean allowMissing;

        @Option(names = "--threads", paramLabel = "N", description = "evaluation workers (default: the number of cores)")
        Integer threads;

        @Option(names = {"-v", "--verbose"}, description = "also list each department's warnings and notes")
        boolean verbose;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (threads != null && threads < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
            }
            int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            Importer.Summary summary;
            try (Store s = store.open()) {
                java.util.List<io.jixiao.pipeline.DepartmentFolder> folders = Importer.find(paths);
                AtomicInteger done = new AtomicInteger();
                try (Progress progress = Progress.onTerminal(err, "import", folders.size())) {
                    summary = new Importer(s, new Options(profile, java.util.List.of(), lenient, allowMissing), workers)
                            .run(paths, o -> progress.done(done.incrementAndGet()));
                }
                for (Importer.Outcome o : summary.outcomes()) {
                    String what = o.department() == null ? o.folder()
                            : o.department() + " " + o.year() + "  (" + o.folder() + ")";
                    switch (o.status()) {
                        case ADDED -> out.println("added      " + what);
                        case REPLACED -> out.println("replaced   " + what + "  → revision " + o.revision());
                        case UNCHANGED -> out.println("unchanged  " + what);
                        case FAILED -> {
                            out.println("failed     " + what + "  (the store keeps what it had)");
                            o.findings().forEach(f -> err.println(f.render()));
                        }
                    }
                    if (verbose && o.status() != Importer.Status.FAILED) {
                        o.findings().forEach(f -> out.println("  " + f.render()));
                    }
                }
                out.println(summary.count(Importer.Status.ADDED) + " added, " + summary.count(Importer.Status.REPLACED)
                        + " replaced, " + summary.count(Importer.Status.UNCHANGED) + " unchanged, "
                        + summary.count(Importer.Status.FAILED) + " failed · store " + s.location());
                s.backup().ifPresent(b -> err.println("jixiao: the store was migrated to this jixiao's schema; the copy"
                        + " made before is " + b));
            } catch (KpiException e) {
                return failed(spec, e);
            }
            out.flush();
            return summary.anyFailed() ? Main.BAD_INPUT : 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"Lists the stored department-years: department, year, score and grade, tables, indicators,"
                    + " findings, files, revision and the folder they were imported from.",
                    "Example: jixiao store list --year 2024"})
    static final class List implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--year", paramLabel = "Y", description = "only this year")
        Integer year;

        @Mixin
        StoreOption store = new StoreOption();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Store s = store.open()) {
                java.util.List<Catalog.Entry> entries = new Catalog(s).list(year);
                java.util.List<java.util.List<String>> rows = new ArrayList<>();
                rows.add(java.util.List.of("部门", "年度", "得分", "等级", "表", "指标", "发现", "文件", "版次", "来源"));
                for (Catalog.Entry e : entries) {
                    rows.add(java.util.List.of(e.department(), String.valueOf(e.year()),
                            e.score() == null ? "未评分" : Numbers.text(e.score()), e.grade() == null ? "—" : e.grade(),
                            String.valueOf(e.tables()), String.valueOf(e.indicators()), String.valueOf(e.findings()),
                            String.valueOf(e.files()), String.valueOf(e.revision()), e.origin()));
                }
                int[] w = new int[rows.get(0).size()];
                rows.forEach(r -> {
                    for (int i = 0; i < r.size(); i++) {
                        w[i] = Math.max(w[i], TextWidth.of(r.get(i)));
                    }
                });
                for (java.util.List<String> r : rows) {
                    StringBuilder line = new StringBuilder();
                    for (int i = 0; i < r.size(); i++) {
                        line.append(i == r.size() - 1 ? r.get(i) : TextWidth.padRight(r.get(i), w[i]) + "  ");
                    }
                    out.println(line.toString().stripTrailing());
                }
                out.println(entries.size() + " department-year(s) · store " + s.location());
            } catch (KpiException e) {
                return failed(spec, e);
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Writes a department-year's files into DIR exactly as they were imported (byte for byte),"
                    + " so that the score can be reproduced: jixiao score DIR/targets.yaml --actuals DIR/actuals….",
                    "Example: jixiao store export 广阳区委网信办 2023 -o /tmp/guangyang-2023"})
    static final class Export implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DEPARTMENT", description = "its name, code, or a part of its name")
        String department;

        @Parameters(index = "1", paramLabel = "YEAR", description = "the budget year")
        int year;

        @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "the folder to write into")
        Path dir;

        @Option(names = "--force", description = "overwrite files of the same names in DIR")
        boolean force;

        @Mixin
        StoreOption store = new StoreOption();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Store s = store.open()) {
                Catalog c = new Catalog(s);
                String name = c.department(department);
                for (Path p : c.export(name, year, dir, force)) {
                    out.println("wrote " + p);
                }
            } catch (KpiException e) {
                return failed(spec, e);
            }
            out.flush();
            return 0;
        }
    }

    /** Findings of a severity, for summaries. */
    static long count(java.util.List<Finding> findings, Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }
}
