package io.jixiao.cli;

import io.jixiao.api.GoalPlan;
import io.jixiao.api.Options;
import io.jixiao.api.Result;
import io.jixiao.api.Scenario;
import io.jixiao.api.TableResult;
import io.jixiao.api.WhatIf;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.problem.Location;
import io.jixiao.report.WhatIfReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao whatif TARGETS --actuals A --set '项目/指标=值'…}: what-if scoring (假设分析), through the API only. */
@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = {"Changes some actuals and shows the scores and grades before and after, with every indicator"
                + " line that changed. --goal finds the fewest changes that reach a score or grade; --sensitivity"
                + " shows, for each indicator, the points at stake and the actual that gives full marks.",
                "Example: jixiao whatif indicators/guangyang/2023/targets.yaml"
                        + " --actuals indicators/guangyang/2023/actuals-example.yaml"
                        + " --set '部门整体/全年监测舆情信息数量=19000条' --goal 优"})
final class WhatifCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TARGETS", description = "the targets YAML of one department-year")
    Path targets;

    @Option(names = {"-a", "--actuals"}, required = true, paramLabel = "ACTUALS",
            description = "the actuals YAML the changes start from")
    Path actuals;

    @Option(names = "--set", paramLabel = "项目/指标=值",
            description = "an actual to change, written as in an actuals file (repeatable); 部门整体 names the"
                    + " department-wide table, e.g. --set '部门整体/全年监测舆情信息数量=1.8万条'")
    List<String> sets = new ArrayList<>();

    @Option(names = "--spent", paramLabel = "项目=执行数",
            description = "a table's 全年执行数 to change, in 万元 or with a unit (repeatable)")
    List<String> spents = new ArrayList<>();

    @Option(names = "--goal", paramLabel = "SCORE|GRADE",
            description = "a score (90) or grade (优) to reach: prints the fewest actual changes that reach it,"
                    + " cheapest first, or says that it cannot be reached")
    String goal;

    @Option(names = "--table", paramLabel = "NAME",
            description = "aim --goal and --sensitivity at this table's score instead of the department's")
    String table;

    @Option(names = "--sensitivity", description = "for each indicator: points at stake and the actual for full marks")
    boolean sensitivity;

    @Mixin
    ScoringOptions scoring = new ScoringOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Options options = Options.defaults().profile(scoring.profile).rules(scoring.rules)
                .lenient(scoring.lenient).allowMissing(scoring.allowMissing);
        try (WhatIf w = Scenario.of(targets, actuals, options).open()) {
            Result before = w.score();
            sets.forEach(s -> w.assign(s, Location.of("--set '" + s + "'")));
            spents.forEach(s -> w.assignSpent(s, Location.of("--spent '" + s + "'")));
            Result after = w.score();
            if (!after.ok()) {
                printErrors(err, after);
                return Main.BAD_INPUT;
            }
            StringBuilder text = new StringBuilder(WhatIfReport.header(after));
            text.append(WhatIfReport.compare(before, after, w.changes()));
            if (goal != null) {
                GoalPlan plan = w.seek(w.goal(goal, table, Location.of("--goal")));
                text.append(WhatIfReport.goal(plan, grade(after, plan.goal().table())));
            }
            if (sensitivity) {
                boolean overall = table == null && after.overall().isPresent();
                text.append(WhatIfReport.sensitivity(w.sensitivity(table),
                        table == null ? "部门得分" : "「" + table + "」得分",
                        overall ? "部门得分取部门整体表的得分：项目表的指标不影响它（用 --table 项目名 看项目得分）" : null));
            }
            out.print(text);
            out.flush();
            return 0;
        } catch (KpiException e) {
            e.findings().forEach(f -> err.println(f.render()));
            return Main.BAD_INPUT;
        }
    }

    private static String grade(Result d, String table) {
        return table == null ? d.grade()
                : d.tables().stream().filter(t -> t.name().equals(table)).map(TableResult::grade).findFirst().orElse(null);
    }

    /** As {@link Reports#printErrors}: the department's errors, then each table's with its name. */
    private static void printErrors(PrintWriter err, Result r) {
        List<Finding> department = new ArrayList<>(r.errors());
        if (r.scored()) {
            r.tables().forEach(t -> t.findings().forEach(department::remove));
        }
        department.forEach(f -> err.println(f.render()));
        if (r.scored()) {
            r.tables().forEach(t -> t.findings().stream().filter(Finding::isError)
                    .forEach(f -> err.println(f.render() + " [" + t.name() + "]")));
        }
    }
}
