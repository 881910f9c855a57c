package io.jixiao.cli;

import io.jixiao.load.ActualsFiles;
import io.jixiao.load.FileKind;
import io.jixiao.load.LoadResult;
import io.jixiao.load.ProgressFiles;
import io.jixiao.load.Source;
import io.jixiao.load.YNode;
import io.jixiao.load.YamlReader;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentProgress;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.pipeline.Evaluation;
import io.jixiao.pipeline.Monitored;
import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.pipeline.Prepared;
import io.jixiao.pipeline.Stage;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.report.ValidationJson.FileResult;
import io.jixiao.report.ValidationJson;
import io.jixiao.report.ValidationPrinter;
import io.jixiao.store.Store;
import io.jixiao.store.StoreLocation;
import io.jixiao.store.TargetChecks;
import io.jixiao.workbook.ProgressWorkbookLoader;
import io.jixiao.workbook.FilledWorkbook;
import io.jixiao.workbook.TemplateReader;
import io.jixiao.workbook.WorkbookProblems;
import io.jixiao.workbook.WorkbookTargets;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao validate FILE|DIR...}: load, parse, review (审核); print what was understood and found. */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    LanguageOption language;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT")
    Format format;

    @Option(names = "--profile", paramLabel = "P")
    String profile;

    @Option(names = "--rules", paramLabel = "PATH")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--db", arity = "0..1", parameterConsumer = OptionalDb.class, paramLabel = "DB")
    String db;

    private Pipeline pipeline;
    private TargetChecks checks;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            pipeline = new Pipeline(Options.defaults().profile(profile).rules(rules));
            pipeline.rules();
        } catch (KpiException e) {
            e.findings().forEach(f -> spec.commandLine().getErr().println(f.render()));
            return Main.BAD_INPUT;
        }
        ValidationPrinter printer = format == Format.text ? new ValidationPrinter(out) : null;
        ValidationJson json = new ValidationJson();
        boolean anyError = false;
        java.util.Map<Path, String> unlistable = new java.util.LinkedHashMap<>();
        Store store = null;
        try {
            if (db != null) {
                store = Store.open(StoreLocation.resolve(db, System.getenv()));
                checks = new TargetChecks(store);
            }
            for (Path file : expand(paths, unlistable)) {
                FileResult r = validate(file, printer);
                json.add(r);
                anyError |= r.findings().stream().anyMatch(Finding::isError);
            }
        } catch (KpiException e) {
            e.findings().forEach(f -> spec.commandLine().getErr().println(f.render()));
            return Main.BAD_INPUT;
        } finally {
            if (store != null) {
                store.close();
            }
        }
        for (var u : unlistable.entrySet()) {
            FileResult r = finish(printer, new FileResult(u.getKey().toString(), "unreadable", null, null, null,
                    List.of(io.jixiao.load.LoadProblems.unreadable(u.getKey().toString(),
                            CliTexts.text("folderNotListed", "reason", u.getValue())))), null);
            json.add(r);
            anyError = true;
        }
        if (format == Format.json) {
            out.print(json.render());
        }
        out.flush();
        return anyError ? Main.BAD_INPUT : 0;
    }

    /** One file's result; printed as it goes when {@code printer} is given. */
    private FileResult validate(Path file, ValidationPrinter printer) {
        Source source = Inputs.source(file, spec);
        String name = source.name();
        if (!Inputs.isStdin(file) && ActualsFiles.isWorkbook(file) && ProgressWorkbookLoader.isMonitoringTemplate(file)) {
            return progress(file, source, "progress workbook", printer);
        }
        if (ActualsFiles.isWorkbook(file) || source instanceof Source.BytesSource b && ActualsFiles.isZip(b.content())) {
            return actuals(file, source, "actuals workbook", printer);
        }
        YNode root;
        try {
            root = YamlReader.readNoted(source).root();
        } catch (KpiException e) {
            return finish(printer, new FileResult(name, "unreadable", null, null, null, e.findings()), null);
        }
        switch (FileKind.of(root)) {
            case TARGETS -> {
                // the targets alone: loaded, their profile found, reviewed (审核)
                Evaluation e = pipeline.evaluate(source, null, EnumSet.of(Stage.REVIEW));
                Prepared p = e.prepared();
                DepartmentTargets t = p.stopped() == Prepared.Step.LOAD ? null : p.targets();
                List<Finding> found = new ArrayList<>(e.findings());
                if (checks != null && t != null && p.profile() != null) {
                    found.addAll(checks.check(t, p.profile())); // across years and against the 指标库
                }
                return finish(printer, new FileResult(name, "targets", t == null ? null : t.department(),
                        t == null ? null : t.year(), p.profile() == null ? null : p.profile().name(), found), t);
            }
            case ACTUALS -> {
                return actuals(file, source, "actuals", printer);
            }
            case PROGRESS -> {
                return progress(file, source, "progress", printer);
            }
            default -> {
                return finish(printer, new FileResult(name, "unrecognised", null, null, null,
                        List.of(CliProblems.unrecognisedFile(name))), null);
            }
        }
    }

    /**
     * An actuals file evaluated with the targets.yaml beside it through every stage, as {@code score} would: the
     * findings in the actuals file (the targets' own are reported with the targets file), and what stops the
     * targets from scoring it. Without targets beside it, the file is loaded alone, with a note.
     */
    private FileResult actuals(Path actualsFile, Source source, String kind, ValidationPrinter printer) {
        String shown = source.name();
        boolean stdin = Inputs.isStdin(actualsFile);
        Path targetsFile = actualsFile.resolveSibling("targets.yaml");
        if (!stdin && (!Files.isRegularFile(targetsFile) || targetsFile.equals(actualsFile))
                && ActualsFiles.isWorkbook(actualsFile)) {
            Optional<FilledWorkbook> wb = template(actualsFile);
            if (wb.isPresent()) {
                return againstTemplate(actualsFile, wb.get(), kind, printer);
            }
        }
        if (stdin || !Files.isRegularFile(targetsFile) || targetsFile.equals(actualsFile)) {
            LoadResult<DepartmentActuals> alone = pipeline.loadActuals(source);
            List<Finding> findings = new ArrayList<>(alone.findings());
            DepartmentActuals a = alone.valueIfOk().orElse(null);
            if (a != null) {
                findings.add(CliProblems.notCheckedAgainstTargets(shown, stdin ? CliTexts.text("notChecked.stdin")
                        : CliTexts.text("notChecked.noTargets", "targets", targetsFile)));
            }
            return finish(printer, new FileResult(shown, kind, a == null ? null : a.department(),
                    a == null ? null : a.year(), null, findings), a);
        }
        Evaluation e = pipeline.evaluate(Source.file(targetsFile), source, Stage.ALL);
        Prepared p = e.prepared();
        List<Finding> findings = new ArrayList<>(e.findings().stream().filter(f -> inFile(f, shown)).toList());
        List<Finding> targetsErrors = e.errors().stream().filter(f -> !inFile(f, shown)).toList();
        boolean actualsLoaded = p.stopped() != Prepared.Step.LOAD
                || findings.stream().noneMatch(Finding::isError);
        DepartmentActuals a = null;
        if (p.stopped() == Prepared.Step.LOAD) {
            if (actualsLoaded) {
                findings.add(CliProblems.notCheckedAgainstTargets(shown, CliTexts.text("notChecked.targetsBroken",
                        "targets", targetsFile, "errors", targetsErrors.size())));
                a = pipeline.loadActuals(source).value();
            }
        } else {
            // what stops the targets from scoring these actuals (their profile, their points) is reported here too
            findings.addAll(targetsErrors);
            a = p.actuals() != null ? p.actuals() : pipeline.loadActuals(source).value();
        }
        boolean paired = p.stopped() == null || p.stopped() == Prepared.Step.POINTS;
        String used = paired && p.profile() != null ? p.profile().name() : null;
        return finish(printer, new FileResult(shown, kind, a == null ? null : a.department(),
                a == null ? null : a.year(), used, findings), a);
    }

    /**
     * A progress file (绩效运行监控) monitored with the targets.yaml beside it as {@code monitor} would: the findings in
     * the progress file, and the targets' errors that stop it. Without targets beside it, it is loaded alone.
     */
    private FileResult progress(Path progressFile, Source source, String kind, ValidationPrinter printer) {
        String shown = source.name();
        boolean stdin = Inputs.isStdin(progressFile);
        Path targetsFile = progressFile.resolveSibling("targets.yaml");
        if (stdin || !Files.isRegularFile(targetsFile)) {
            LoadResult<DepartmentProgress> alone = ProgressFiles.load(source);
            List<Finding> findings = new ArrayList<>(alone.findings());
            DepartmentProgress p = alone.valueIfOk().orElse(null);
            if (p != null) {
                findings.add(CliProblems.progressNotCheckedAgainstTargets(shown, stdin ? CliTexts.text("notChecked.stdin")
                        : CliTexts.text("notChecked.noTargets", "targets", targetsFile)));
            }
            return finish(printer, new FileResult(shown, kind, p == null ? null : p.department(),
                    p == null ? null : p.year(), null, findings), p);
        }
        Monitored m = pipeline.monitor(Source.file(targetsFile), source);
        List<Finding> findings = new ArrayList<>(m.findings().stream().filter(f -> inFile(f, shown)).toList());
        findings.addAll(m.errors().stream().filter(f -> !inFile(f, shown)).toList());
        DepartmentProgress p = m.progress() != null ? m.progress() : ProgressFiles.load(source).value();
        return finish(printer, new FileResult(shown, kind, p == null ? null : p.department(),
                p == null ? null : p.year(), m.profile() == null ? null : m.profile().name(), findings), p);
    }

    /** The workbook's template sheets, when it opens and has some; else empty (loading it says why). */
    private static Optional<FilledWorkbook> template(Path file) {
        try {
            FilledWorkbook wb = TemplateReader.read(file);
            return wb.tables().isEmpty() ? Optional.empty() : Optional.of(wb);
        } catch (TemplateReader.Unreadable | KpiException e) {
            return Optional.empty();
        }
    }

    /**
     * A filled template without a targets.yaml beside it, evaluated through every stage against the targets the
     * template holds (WorkbookTargets): pairing, units, fractions, plausibility and scoring, as score would.
     */
    private FileResult againstTemplate(Path file, FilledWorkbook wb, String kind, ValidationPrinter printer) {
        String shown = file.toString();
        Evaluation e = pipeline.evaluate(Source.tree(shown, WorkbookTargets.of(wb, shown)), Source.file(file),
                Stage.ALL);
        Prepared p = e.prepared();
        List<Finding> findings = new ArrayList<>(e.findings());
        findings.add(WorkbookProblems.checkedAgainstTemplate(shown));
        DepartmentActuals a = p.actuals() != null ? p.actuals() : pipeline.loadActuals(Source.file(file)).value();
        boolean paired = p.stopped() == null || p.stopped() == Prepared.Step.POINTS;
        String used = paired && p.profile() != null ? p.profile().name() : null;
        return finish(printer, new FileResult(shown, kind, a == null ? null : a.department(),
                a == null ? null : a.year(), used, findings), a);
    }

    /** True for a finding in this file, or at a cell of this workbook ({@code book.xlsx[sheet]}). */
    private static boolean inFile(Finding f, String file) {
        String at = f.location().file();
        return at.equals(file) || at.startsWith(file + "[");
    }

    private static FileResult finish(ValidationPrinter printer, FileResult r, Object loaded) {
        List<Finding> sorted = r.findings().stream().sorted(Finding.ORDER).toList();
        FileResult done = new FileResult(r.file(), r.kind(), r.department(), r.year(), r.profile(), sorted);
        if (printer != null) {
            printer.header(done.file(), kindText(done.kind(), done.profile()));
            if (loaded instanceof DepartmentTargets t) {
                printer.targets(t);
            } else if (loaded instanceof DepartmentActuals a) {
                printer.actuals(a);
            } else if (loaded instanceof DepartmentProgress p) {
                printer.progress(p);
            }
            printer.findings(done.findings());
        }
        return done;
    }

    /** The kind of a file as the text output names it, in the language of the run; JSON keeps the English word. */
    private static String kindText(String kind, String profile) {
        String word = CliTexts.text(switch (kind) {
            case "targets" -> "kind.targets";
            case "actuals" -> "kind.actuals";
            case "actuals workbook" -> "kind.workbook";
            case "progress" -> "kind.progress";
            case "progress workbook" -> "kind.progressWorkbook";
            case "unreadable" -> "kind.unreadable";
            default -> "kind.unrecognised";
        });
        return profile == null ? word : CliTexts.text("kind.withProfile", "kind", word, "profile", profile);
    }

    /**
     * Folders become their .yaml/.yml files and the actuals workbooks made by 'jixiao template' (other .xlsx files,
     * such as reports, are left out), targets.yaml first; files stay in the order given. A folder's progress files
     * (progress*.yaml, the department-folder name of jixiao monitor) are left out: they are checked when named, and
     * by jixiao monitor.
     */
    static List<Path> expand(List<Path> paths) {
        return expand(paths, new java.util.LinkedHashMap<>());
    }

    /**
     * As {@link #expand(List)}; a folder that cannot be listed is left out and put in {@code unlistable} with the
     * reason, for a finding of its own: it never stops the other files.
     */
    static List<Path> expand(List<Path> paths, java.util.Map<Path, String> unlistable) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Inputs.isStdin(p) || !Files.isDirectory(p)) {
                files.add(p);
                continue;
            }
            List<Path> found = new ArrayList<>();
            try {
                // a folder given as a link is followed (the walk would take the link for a file and find nothing);
                // links below it are files' or nothing, as before
                Path start = Files.isSymbolicLink(p) ? p.toRealPath() : p;
                Files.walkFileTree(start, new java.nio.file.SimpleFileVisitor<>() {
                    @Override
                    public java.nio.file.FileVisitResult visitFile(Path f,
                                                                   java.nio.file.attribute.BasicFileAttributes a) {
                        if (a.isRegularFile() || Files.isRegularFile(f)) {
                            found.add(f);
                        }
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }

                    @Override
                    public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) {
                        unlistable.put(f, e.getClass().getSimpleName());
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                unlistable.put(p, e.getClass().getSimpleName());
            }
            found.stream()
                    .filter(f -> !f.getFileName().toString().startsWith("progress"))
                    .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml") || isTemplate(f))
                    .sorted(Comparator.comparing((Path f) -> f.getParent().toString())
                            .thenComparing(f -> !f.getFileName().toString().startsWith("targets"))
                            .thenComparing(Path::toString))
                    .forEach(files::add);
        }
        return files;
    }

    private static boolean isTemplate(Path f) {
        String name = f.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") && !name.startsWith("~$")
                && TemplateReader.isTemplate(f);
    }
}
