package io.jixiao.cli;

import io.jixiao.api.GoalPlan;
import io.jixiao.api.Input;
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
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jixiao whatif TARGETS --actuals A --set '项目/指标=值'…}: what-if scoring (假设分析), through the API only. */
@Command(name = "whatif", mixinStandardHelpOptions = true)
final class WhatifCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LanguageOption language;

    @Parameters(index = "0", paramLabel = "TARGETS")
    Path targets;

    @Option(names = {"-a", "--actuals"}, required = true, paramLabel = "ACTUALS")
    Path actuals;

    @Option(names = "--set", paramLabel = "项目/指标=值")
    List<String> sets = new ArrayList<>();

    @Option(names = "--spent", paramLabel = "项目=执行数")
    List<String> spents = new ArrayList<>();

    @Option(names = "--goal", paramLabel = "SCORE|GRADE")
    String goal;

    @Option(names = "--table", paramLabel = "NAME")
    String table;

    @Option(names = "--sensitivity")
    boolean sensitivity;

    @Mixin
    ScoringOptions scoring = new ScoringOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Options options = Options.defaults().profile(scoring.profile).rules(scoring.rules)
                .lenient(scoring.lenient).allowMissing(scoring.allowMissing).ruleTimeout(scoring.ruleTimeout());
        try (WhatIf w = Scenario.of(input(targets), input(actuals), options).open()) {
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
                text.append(WhatIfReport.sensitivity(w.sensitivity(table), table, overall));
            }
            out.print(text);
            out.flush();
            return 0;
        } catch (KpiException e) {
            e.findings().forEach(f -> err.println(f.render()));
            return e.findings().stream().allMatch(f -> MALFORMED.contains(f.code())) ? Main.USAGE : Main.BAD_INPUT;
        }
    }

    /**
     * A --set, --spent or --goal that is not written as the option wants (项目/指标=值, 项目=执行数, a score or a
     * grade): a usage error (exit 2), reported with its code at the option.
     */
    private static final Set<String> MALFORMED = Set.of("KPI-0350", "KPI-0353", "KPI-0354");

    private Input input(Path p) {
        return Inputs.isStdin(p) ? Input.bytes(Inputs.STDIN, Inputs.bytes(spec)) : Input.file(p);
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
