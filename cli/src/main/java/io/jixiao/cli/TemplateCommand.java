package io.jixiao.cli;

import io.jixiao.load.Source;
import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.pipeline.Prepared;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.report.AtomicFiles;
import io.jixiao.workbook.ActualsTemplate;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao template TARGETS -o actuals.xlsx}: the workbook a department fills in with its actuals. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Writes an Excel workbook for a department to fill in its actual outcomes: one sheet per table"
                + " with the targets locked and yellow cells for 实际完成值 (drop-downs for graded indicators),"
                + " 未完成原因 and 全年执行数. The filled workbook is accepted wherever an actuals YAML is.",
                "Example: jixiao template indicators/guangyang/2023/targets.yaml -o actuals.xlsx"})
final class TemplateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TARGETS", description = "the targets YAML of one department-year")
    Path targets;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.xlsx", description = "the workbook to write")
    Path out;

    @Option(names = "--force", description = "overwrite an existing output file")
    boolean force;

    @Option(names = "--profile", paramLabel = "P",
            description = "the scoring profile whose 分值 the template shows: national (default), hubei, sichuan,"
                    + " or a profile YAML; overrides the targets file's profile")
    String profile;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!out.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            err.println(CliProblems.outputExtension(out.toString(), "template", List.of(".xlsx")).render());
            return Main.USAGE;
        }
        try {
            Prepared prepared = new Pipeline(Options.defaults().profile(profile)).prepare(Source.file(targets), null);
            if (!prepared.ok()) {
                throw new KpiException(prepared.errors());
            }
            DepartmentTargets t = prepared.targets();
            ScoringProfile p = prepared.profile();
            AtomicFiles.write(out, ActualsTemplate.write(t, p), force);
            err.println("jixiao: wrote " + out + " (" + t.tables().size() + " sheets to fill in for " + t.department()
                    + " " + t.year() + ")");
            return 0;
        } catch (KpiException e) {
            e.findings().stream().filter(Finding::isError).forEach(f -> err.println(f.render()));
            return Main.BAD_INPUT;
        }
    }
}
