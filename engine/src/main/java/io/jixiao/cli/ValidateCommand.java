package io.jixiao.cli;

import io.jixiao.load.ActualsLoader;
import io.jixiao.load.ActualsWorkbookLoader;
import io.jixiao.load.FileKind;
import io.jixiao.load.LoadResult;
import io.jixiao.load.Pairing;
import io.jixiao.load.TargetsLoader;
import io.jixiao.load.YNode;
import io.jixiao.load.YamlReader;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.Finding;
import io.jixiao.model.KpiException;
import io.jixiao.model.Problems;
import io.jixiao.report.ValidationPrinter;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao validate FILE|DIR...}: load, parse and check; print what was understood. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Loads targets and actuals files (YAML recognised by content, workbooks by .xlsx), parses every"
                + " value and prints, per file, the department, year, tables, indicator counts per category and every"
                + " finding with file:line:col (sheet!cell in a workbook).",
                "A folder stands for the .yaml files and filled 'jixiao template' workbooks in it (recursively)."
                        + " An actuals file is also checked against the targets.yaml beside it."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR",
            description = "targets/actuals YAML files, filled actuals workbooks (.xlsx) or folders")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ValidationPrinter printer = new ValidationPrinter(out);
        boolean anyError = false;
        for (Path file : expand(paths)) {
            anyError |= validate(file, printer);
        }
        return anyError ? Main.BAD_INPUT : 0;
    }

    private boolean validate(Path file, ValidationPrinter printer) {
        if (ActualsWorkbookLoader.isWorkbook(file)) {
            return validateWorkbook(file, printer);
        }
        List<Finding> findings = new ArrayList<>();
        YNode root;
        try {
            root = YamlReader.read(file);
        } catch (KpiException e) {
            printer.header(file.toString(), "unreadable");
            printer.findings(e.findings());
            return true;
        }
        switch (FileKind.of(root)) {
            case TARGETS -> {
                printer.header(file.toString(), "targets");
                LoadResult<DepartmentTargets> r = TargetsLoader.load(file.toString(), root);
                r.valueIfOk().ifPresent(printer::targets);
                findings.addAll(r.findings());
            }
            case ACTUALS -> {
                printer.header(file.toString(), "actuals");
                LoadResult<DepartmentActuals> r = ActualsLoader.load(file.toString(), root);
                r.valueIfOk().ifPresent(a -> {
                    printer.actuals(a);
                    findings.addAll(againstSiblingTargets(file, a));
                });
                findings.addAll(r.findings());
            }
            default -> {
                printer.header(file.toString(), "unrecognised");
                findings.add(Problems.unrecognisedFile(file.toString()));
            }
        }
        findings.sort(Comparator.comparing((Finding f) -> f.location().line()).thenComparing(f -> f.location().column()));
        printer.findings(findings);
        return findings.stream().anyMatch(Finding::isError);
    }

    /** A filled actuals workbook: findings in sheet and row order, as the officer reads the workbook. */
    private static boolean validateWorkbook(Path file, ValidationPrinter printer) {
        printer.header(file.toString(), "actuals workbook");
        LoadResult<DepartmentActuals> r = ActualsWorkbookLoader.load(file, false);
        List<Finding> findings = new ArrayList<>(r.findings());
        r.valueIfOk().ifPresent(a -> {
            printer.actuals(a);
            findings.addAll(againstSiblingTargets(file, a));
        });
        printer.findings(findings);
        return findings.stream().anyMatch(Finding::isError);
    }

    private static List<Finding> againstSiblingTargets(Path actualsFile, DepartmentActuals a) {
        Path targets = actualsFile.resolveSibling("targets.yaml");
        if (!Files.isRegularFile(targets) || targets.equals(actualsFile)) {
            return List.of();
        }
        return TargetsLoader.load(targets).valueIfOk().map(t -> Pairing.check(t, a, false)).orElse(List.of());
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
