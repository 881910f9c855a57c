package io.jixiao.cli;

import io.jixiao.load.Source;
import io.jixiao.monitor.BureauMonitoring;
import io.jixiao.monitor.DepartmentMonitoring;
import io.jixiao.monitor.Light;
import io.jixiao.pipeline.DepartmentFolder;
import io.jixiao.pipeline.Monitored;
import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.pipeline.Rechecker;
import io.jixiao.problem.KpiException;
import io.jixiao.report.AtomicFiles;
import io.jixiao.report.Csv;
import io.jixiao.report.monitor.BureauCsv;
import io.jixiao.report.monitor.BureauHtml;
import io.jixiao.report.monitor.BureauJson;
import io.jixiao.report.monitor.BureauText;
import io.jixiao.report.monitor.MonitorCsv;
import io.jixiao.report.monitor.MonitorHtml;
import io.jixiao.report.monitor.MonitorJson;
import io.jixiao.report.monitor.MonitorText;
import io.jixiao.value.Numbers;
import io.jixiao.workbook.MonitoringWorkbook;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao monitor TARGETS --progress P} (绩效运行监控 of one department) and {@code jixiao monitor DIR} (the
 * bureau's view of many): docs/guide.md#monitor, the rules in docs/monitoring.md.
 */
@Command(name = "monitor", mixinStandardHelpOptions = true)
final class MonitorCommand implements Callable<Integer> {

    enum Format { table, json, csv, html }

    @Spec
    CommandSpec spec;

    @Mixin
    LanguageOption language;

    @Parameters(index = "0", paramLabel = "TARGETS|DIR")
    Path path;

    @Option(names = {"-p", "--progress"}, paramLabel = "P")
    Path progress;

    @Option(names = "--format", paramLabel = "FORMAT")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE")
    Path out;

    @Option(names = "--force")
    boolean force;

    @Option(names = "--profile", paramLabel = "P")
    String profile;

    @Option(names = "--rules", paramLabel = "PATH")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--lenient")
    boolean lenient;

    @Option(names = "--threads", paramLabel = "N")
    Integer threads;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        boolean dir = Files.isDirectory(path);
        if (dir && progress != null) {
            throw new ParameterException(spec.commandLine(), CliTexts.text("usage.monitorDirProgress", "path", path));
        }
        if (!dir && progress == null) {
            throw new ParameterException(spec.commandLine(), CliTexts.text("usage.monitorProgress"));
        }
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), CliTexts.text("usage.threads", "threads", threads));
        }
        String kind = out == null ? "" : extension(out);
        if (dir && kind.equals("xlsx")) {
            err.println(CliProblems.outputExtension(out.toString(), "monitor DIR", List.of(".html", ".json", ".csv"))
                    .render());
            return Main.USAGE;
        }
        Options options = new Options(profile, rules, lenient, false);
        try {
            // a bureau's monitor DIR, as its review: every department by the bureau's profile (KPI-0329)
            return dir ? bureau(options.ownProfiles(false), kind) : department(options, kind);
        } catch (KpiException e) {
            e.findings().forEach(f -> err.println(f.render()));
            return Main.BAD_INPUT;
        }
    }

    /** What this run reads: an output must never replace one of them (KPI-0142). */
    private final List<Path> inputs = new ArrayList<>();

    /** The targets, the progress file and the --profile and --rules files: checked before the work. */
    private void inputs(List<Path> more) {
        gather(more);
        if (out != null) {
            AtomicFiles.check(out, force, inputs); // before the work: an input, a folder, a device is refused
        }
    }

    /** The command's input files: {@code more}, and the --profile and --rules files. */
    private void gather(List<Path> more) {
        inputs.addAll(more);
        if (profile != null && Files.isRegularFile(Path.of(profile))) {
            inputs.add(Path.of(profile));
        }
        for (Path r : rules) {
            if (Files.isDirectory(r)) {
                try (var all = Files.walk(r)) {
                    all.filter(Files::isRegularFile).forEach(inputs::add);
                } catch (java.io.IOException e) {
                    // the rules' own reading reports it
                }
            } else {
                inputs.add(r);
            }
        }
    }

    private int department(Options options, String kind) {
        PrintWriter err = spec.commandLine().getErr();
        inputs(List.of(path, progress));
        Monitored m = Pipeline.readying(options).monitor(Source.file(path), Source.file(progress));
        if (!m.ok()) {
            m.errors().forEach(f -> err.println(f.render()));
            return Main.BAD_INPUT;
        }
        DepartmentMonitoring d = m.monitoring();
        if (kind.equals("xlsx")) {
            AtomicFiles.write(out, MonitoringWorkbook.write(d), force, inputs);
        } else {
            Format f = chosen(kind);
            String text = switch (f) {
                case table -> MonitorText.render(d);
                case json -> MonitorJson.render(d);
                case csv -> MonitorCsv.render(d);
                case html -> MonitorHtml.render(d);
            };
            if (!emit(text, f)) {
                return 0;
            }
        }
        err.println(CliTexts.text("wrote.monitor", "file", out, "department", d.department(), "month", d.month(),
                "score", Numbers.text(d.projected().score()), "grade", d.projected().grade(), "red",
                d.lights().get(Light.RED), "yellow", d.lights().get(Light.YELLOW), "green",
                d.lights().get(Light.GREEN)));
        return 0;
    }

    private int bureau(Options options, String kind) {
        PrintWriter err = spec.commandLine().getErr();
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Pipeline pipeline = Pipeline.readying(options);
        if (!options.rules().isEmpty()) {
            pipeline.rules();
        }
        Rechecker run = new Rechecker(pipeline, workers);
        gather(List.of()); // the --profile and --rules files; the departments' are added once found
        BureauMonitoring report;
        try (Progress bar = Progress.onTerminal(err, "monitor")) {
            report = run.monitor(path,
                    folders -> FoundFolders.found(folders, DepartmentFolder::progress, inputs, out, force, bar),
                    bar::done);
        }
        Format f = chosen(kind);
        String text = switch (f) {
            case table -> BureauText.render(report);
            case json -> BureauJson.render(report);
            case csv -> BureauCsv.render(report);
            case html -> BureauHtml.render(report);
        };
        if (emit(text, f)) {
            err.println(CliTexts.text("wrote.monitorDir", "file", out, "monitored", report.ranking().size(),
                    "failed", report.failed().size()));
        }
        if (report.anyCrashed()) {
            err.println(CliTexts.text("review.crashed", "count",
                    report.failed().stream().filter(d -> d.crashed()).count()));
            return Main.INTERNAL;
        }
        if (!report.failed().isEmpty()) {
            err.println(CliTexts.text("monitor.failed", "count", report.failed().size()));
            return Main.BAD_INPUT;
        }
        return 0;
    }

    /** The format of the output: -o's extension when it names one, else --format, else table. */
    private Format chosen(String kind) {
        return switch (kind) {
            case "html", "htm" -> Format.html;
            case "json" -> Format.json;
            case "csv" -> Format.csv;
            default -> format == null ? Format.table : format;
        };
    }

    /** Prints or writes {@code text}; true when written to a file. */
    private boolean emit(String text, Format f) {
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(text);
            stdout.flush();
            return false;
        }
        AtomicFiles.write(out, f == Format.csv ? Csv.fileBytes(text) : text.getBytes(StandardCharsets.UTF_8), force,
                inputs);
        return true;
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1);
    }
}
