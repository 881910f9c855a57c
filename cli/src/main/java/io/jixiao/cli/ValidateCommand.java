package io.jixiao.cli;

import io.jixiao.load.ActualsLoader;
import io.jixiao.load.FileKind;
import io.jixiao.load.LoadResult;
import io.jixiao.load.Pairing;
import io.jixiao.load.TargetsLoader;
import io.jixiao.load.YNode;
import io.jixiao.load.YamlReader;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.profile.ProfileLoader;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.report.ValidationJson;
import io.jixiao.report.ValidationJson.FileResult;
import io.jixiao.report.ValidationPrinter;
import io.jixiao.review.Reviewer;
import io.jixiao.rules.RuleBook;
import io.jixiao.workbook.ActualsWorkbookLoader;
import io.jixiao.workbook.TemplateReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao validate FILE|DIR...}: load, parse, review (审核); print what was understood and found. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Loads targets and actuals files (YAML recognised by content, filled workbooks by .xlsx; findings"
                + " in a workbook are placed at sheet!cell), parses every value, runs the target"
                + " review (审核: rules/review/*.drl and your --rules) and prints, per file, the department, year,"
                + " tables, indicator counts per category and every finding with file:line:col.",
                "A folder stands for the .yaml files in it (recursively). An actuals file is also checked against"
                        + " the targets.yaml beside it, and its self-evaluation is reviewed (自评: 偏离度, 预算执行率,"
                        + " 自评得分). Review findings are warnings or notes: only errors make the exit code 1.",
                "Example: jixiao validate indicators --format json"})
final class ValidateCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR",
            description = "targets/actuals YAML files, filled actuals workbooks (.xlsx) or folders")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (default) or json (per file: kind, department, year, profile and its findings)")
    Format format;

    @Option(names = "--profile", paramLabel = "P",
            description = "national, hubei, sichuan or a profile YAML, for the review's thresholds; overrides the"
                    + " targets file's profile")
    String profile;

    @Option(names = "--rules", paramLabel = "PATH", description = "extra DRL file or folder (repeatable): your own"
            + " review checks")
    List<Path> rules = new ArrayList<>();

    private RuleBook book;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            book = RuleBook.with(rules);
        } catch (KpiException e) {
            e.findings().forEach(f -> spec.commandLine().getErr().println(f.render()));
            return Main.BAD_INPUT;
        }
        ValidationPrinter printer = format == Format.text ? new ValidationPrinter(out) : null;
        ValidationJson json = new ValidationJson();
        boolean anyError = false;
        for (Path file : expand(paths)) {
            FileResult r = validate(file, printer);
            json.add(r);
            anyError |= r.findings().stream().anyMatch(Finding::isError);
        }
        if (format == Format.json) {
            out.print(json.render());
        }
        out.flush();
        return anyError ? Main.BAD_INPUT : 0;
    }

    /** One file's result; printed as it goes when {@code printer} is given. */
    private FileResult validate(Path file, ValidationPrinter printer) {
        String name = file.toString();
        List<Finding> findings = new ArrayList<>();
        if (ActualsWorkbookLoader.isWorkbook(file)) {
            LoadResult<DepartmentActuals> r = new ActualsWorkbookLoader().load(file, false);
            findings.addAll(r.findings());
            DepartmentActuals a = r.valueIfOk().orElse(null);
            String used = a == null ? null : selfEvaluation(file, a, findings);
            return finish(printer, new FileResult(name, "actuals workbook", a == null ? null : a.department(),
                    a == null ? null : a.year(), used, findings), a);
        }
        YNode root;
        try {
            YamlReader.Read read = YamlReader.readNoted(file);
            root = read.root();
            findings.addAll(read.notes());
        } catch (KpiException e) {
            return finish(printer, new FileResult(name, "unreadable", null, null, null, e.findings()), null);
        }
        switch (FileKind.of(root)) {
            case TARGETS -> {
                LoadResult<DepartmentTargets> r = TargetsLoader.load(name, root);
                findings.addAll(r.findings());
                DepartmentTargets t = r.valueIfOk().orElse(null);
                String used = null;
                if (t != null) {
                    ScoringProfile p = profile(t, file, findings);
                    if (p != null) {
                        used = p.name();
                        findings.addAll(new Reviewer(book, p).review(t));
                    }
                }
                return finish(printer, new FileResult(name, "targets", t == null ? null : t.department(),
                        t == null ? null : t.year(), used, findings), t);
            }
            case ACTUALS -> {
                LoadResult<DepartmentActuals> r = ActualsLoader.load(name, root);
                findings.addAll(r.findings());
                DepartmentActuals a = r.valueIfOk().orElse(null);
                String used = a == null ? null : selfEvaluation(file, a, findings);
                return finish(printer, new FileResult(name, "actuals", a == null ? null : a.department(),
                        a == null ? null : a.year(), used, findings), a);
            }
            default -> {
                findings.add(CliProblems.unrecognisedFile(name));
                return finish(printer, new FileResult(name, "unrecognised", null, null, null, findings), null);
            }
        }
    }

    /**
     * Pairs actuals with the targets.yaml beside them and reviews the self-evaluation: the findings in the
     * actuals file (the targets' own are reported with the targets file). Returns the profile used, or null.
     */
    private String selfEvaluation(Path actualsFile, DepartmentActuals a, List<Finding> findings) {
        Path targetsFile = actualsFile.resolveSibling("targets.yaml");
        String shown = actualsFile.toString();
        if (!Files.isRegularFile(targetsFile) || targetsFile.equals(actualsFile)) {
            findings.add(CliProblems.notCheckedAgainstTargets(shown, "there is no targets.yaml beside it ("
                    + targetsFile + ")"));
            return null;
        }
        LoadResult<DepartmentTargets> loaded = TargetsLoader.load(targetsFile);
        DepartmentTargets t = loaded.valueIfOk().orElse(null);
        if (t == null) {
            long errors = loaded.findings().stream().filter(Finding::isError).count();
            findings.add(CliProblems.notCheckedAgainstTargets(shown, "the targets.yaml beside it (" + targetsFile
                    + ") does not load (" + errors + " error(s); run jixiao validate " + targetsFile + ")"));
            return null;
        }
        List<Finding> pairing = Pairing.check(t, a, false);
        findings.addAll(pairing);
        if (pairing.stream().anyMatch(Finding::isError)) {
            return null;
        }
        ScoringProfile p = profile(t, targetsFile, findings);
        if (p == null) {
            return null;
        }
        new Reviewer(book, p).review(t, Pairing.align(t, a)).stream().filter(f -> f.location().file().equals(shown)
                        || f.location().file().startsWith(shown + "["))   // a workbook's cells: book.xlsx[sheet]
                .forEach(findings::add);
        return p.name();
    }

    /** --profile, else the targets file's own (relative to it), else national; null (with the error) when unusable. */
    private ScoringProfile profile(DepartmentTargets t, Path targetsFile, List<Finding> findings) {
        try {
            return profile != null ? ProfileLoader.load(profile, null)
                    : ProfileLoader.load(t.profile(), targetsFile.toAbsolutePath().getParent(), t.locationOf("profile"));
        } catch (KpiException e) {
            findings.addAll(e.findings());
            return null;
        }
    }

    private static FileResult finish(ValidationPrinter printer, FileResult r, Object loaded) {
        List<Finding> sorted = new ArrayList<>(r.findings());
        sorted.sort(Comparator.comparing((Finding f) -> f.location().file()).thenComparingInt(f -> f.location().line())
                .thenComparingInt(f -> f.location().column()));
        FileResult done = new FileResult(r.file(), r.kind(), r.department(), r.year(), r.profile(), sorted);
        if (printer != null) {
            printer.header(done.file(), done.kind() + (done.profile() == null ? "" : ", 审核 profile " + done.profile()));
            if (loaded instanceof DepartmentTargets t) {
                printer.targets(t);
            } else if (loaded instanceof DepartmentActuals a) {
                printer.actuals(a);
            }
            printer.findings(done.findings());
        }
        return done;
    }

    /**
     * Folders become their .yaml/.yml files and the actuals workbooks made by 'jixiao template' (other .xlsx files,
     * such as reports, are left out), targets.yaml first; files stay in the order given.
     */
    static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                files.add(p);
                continue;
            }
            try (Stream<Path> s = Files.walk(p)) {
                s.filter(Files::isRegularFile)
                        .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")
                                || isTemplate(f))
                        .sorted(Comparator.comparing((Path f) -> f.getParent().toString())
                                .thenComparing(f -> !f.getFileName().toString().startsWith("targets"))
                                .thenComparing(Path::toString))
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static boolean isTemplate(Path f) {
        String name = f.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") && !name.startsWith("~$")
                && TemplateReader.isTemplate(f);
    }
}
