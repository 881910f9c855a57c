package io.jixiao.cli;

import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.pipeline.Prepared;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.report.AtomicFiles;
import io.jixiao.store.Library;
import io.jixiao.store.Store;
import io.jixiao.store.StoreLocation;
import io.jixiao.workbook.ActualsTemplate;
import io.jixiao.workbook.ProgressTemplate;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao template TARGETS -o actuals.xlsx}: the workbook a department fills in with its actuals; with
 * {@code --monitoring}, the 绩效监控表 it fills in at a mid-year monitoring.
 */
@Command(name = "template", mixinStandardHelpOptions = true)
final class TemplateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LanguageOption language;

    @Parameters(index = "0", paramLabel = "TARGETS")
    Path targets;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.xlsx")
    Path out;

    @Option(names = "--force")
    boolean force;

    @Option(names = "--profile", paramLabel = "P")
    String profile;

    @Option(names = "--monitoring")
    boolean monitoring;

    @Option(names = "--db", arity = "0..1", parameterConsumer = OptionalDb.class, paramLabel = "DB")
    String db;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!out.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            err.println(CliProblems.outputExtension(out.toString(), "template", List.of(".xlsx")).render());
            return Main.USAGE;
        }
        try {
            List<Path> inputs = new java.util.ArrayList<>(List.of(targets));
            if (profile != null && java.nio.file.Files.isRegularFile(Path.of(profile))) {
                inputs.add(Path.of(profile));
            }
            AtomicFiles.check(out, force, inputs); // before the work
            Prepared prepared = new Pipeline(Options.defaults().profile(profile)).prepare(Inputs.source(targets, spec),
                    null);
            if (!prepared.ok()) {
                throw new KpiException(prepared.errors());
            }
            DepartmentTargets t = prepared.targets();
            ScoringProfile p = prepared.profile();
            byte[] book;
            if (monitoring) {
                book = ProgressTemplate.write(t, p);
            } else if (db == null) {
                book = ActualsTemplate.write(t, p);
            } else {
                try (Store s = Store.open(StoreLocation.resolve(db, System.getenv()))) {
                    var scoring = new Library(s).scoring();
                    book = ActualsTemplate.write(t, p, i -> scoring.apply(i.library(), i.label())
                            .map(sg -> new ActualsTemplate.Suggestion(sg[0], sg[1])));
                }
            }
            AtomicFiles.write(out, book, force, inputs);
            // a sheet per table; the actuals template has one for the 部门整体支出绩效评价 sheet too, when the targets
            // have it (it is not monitored)
            int sheets = t.tables().size() + (monitoring || t.evaluation() == null ? 0 : 1);
            err.println(CliTexts.text(monitoring ? "wrote.template.monitoring" : "wrote.template", "file", out,
                    "sheets", sheets, "department", t.department(), "year", t.year()));
            return 0;
        } catch (KpiException e) {
            e.findings().stream().filter(Finding::isError).forEach(f -> err.println(f.render()));
            return Main.BAD_INPUT;
        }
    }
}
