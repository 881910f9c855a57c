package io.jixiao.store;

import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorTable;
import io.jixiao.model.TableActuals;
import io.jixiao.model.TableKind;
import io.jixiao.monitor.DepartmentMonitoring;
import io.jixiao.monitor.Light;
import io.jixiao.monitor.TableMonitoring;
import io.jixiao.pipeline.Evaluation;
import io.jixiao.problem.Finding;
import io.jixiao.recheck.Checks;
import io.jixiao.recheck.RecheckFinding;
import io.jixiao.scoring.BudgetExecution;
import io.jixiao.scoring.CaseBuilder;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.scoring.CategoryScore;
import io.jixiao.scoring.Direction;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.IndicatorScore;
import io.jixiao.scoring.TableScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes one evaluated department-year in one transaction: the department (by name), the department-year (replacing
 * the one stored before, with everything hanging from it), its files verbatim, its tables and indicators with their
 * scores, the categories, every finding, the monitoring of each progress file, and a line in the audit log.
 */
final class Writer {

    /** Numbers are kept to 20 decimal places (NUMERIC(40, 20)), rounded alike on H2 and PostgreSQL. */
    static final int SCALE = 20;

    /** @param unchanged the same files were stored already (found inside the transaction) */
    record Written(long id, int revision, boolean unchanged) {
    }

    private final Store store;
    private final String options;
    private final String version;
    private final String actor;

    Writer(Store store, String options, String version, String actor) {
        this.store = store;
        this.options = options;
        this.version = version;
        this.actor = actor;
    }

    /** A progress file's monitoring, as the pipeline evaluated it. */
    record Monitoring(String file, DepartmentMonitoring monitoring) {
    }

    Written write(String folder, List<StoredFile> files, String fingerprint, Evaluation e, List<Monitoring> monitorings,
                  Importer.BeforeCommit beforeCommit) {
        DepartmentTargets t = e.targets();
        return store.transaction(h -> {
            long department = department(h, t.department(), t.code());
            Optional<long[]> old = h.createQuery("SELECT id, revision FROM department_year"
                            + " WHERE department_id = :d AND budget_year = :y")
                    .bind("d", department).bind("y", t.year())
                    .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).findOne();
            if (old.isPresent()) {
                String stored = h.createQuery("SELECT fingerprint FROM department_year WHERE id = :id")
                        .bind("id", old.get()[0]).mapTo(String.class).one();
                if (stored.equals(fingerprint)) {
                    return new Written(old.get()[0], (int) old.get()[1], true);
                }
                h.createUpdate("DELETE FROM department_year WHERE id = :id").bind("id", old.get()[0]).execute();
            }
            int revision = old.map(o -> (int) o[1] + 1).orElse(1);
            DepartmentScore score = e.score();
            long id = h.createUpdate("INSERT INTO department_year (department_id, budget_year, budget, project_budget,"
                            + " origin, fingerprint, revision, jixiao_version, profile, lenient, allow_missing, scored,"
                            + " method, score, grade, explanation) VALUES (:d, :y, :budget, :pb, :origin, :fp, :rev,"
                            + " :ver, :profile, :lenient, :missing, :scored, :method, :score, :grade, :why)")
                    .bind("d", department).bind("y", t.year()).bind("budget", n(t.budget()))
                    .bind("pb", n(t.projectBudget())).bind("origin", folder).bind("fp", fingerprint)
                    .bind("rev", revision).bind("ver", version).bind("profile", e.profile().name())
                    .bind("lenient", options.contains("lenient=true")).bind("missing", options.contains("allowMissing=true"))
                    .bind("scored", score != null).bind("method", score == null ? null : score.method())
                    .bind("score", score == null ? null : n(score.score()))
                    .bind("grade", score == null ? null : score.grade())
                    .bind("why", score == null ? null : score.explanation())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            files(h, id, files);
            Map<Finding, String> tableOf = new IdentityHashMap<>();
            Map<Finding, RecheckFinding.Kind> recheckOf = new IdentityHashMap<>();
            tables(h, id, t, e.actuals(), score, e.profile(), tableOf, recheckOf);
            findings(h, id, e.findings(), tableOf, recheckOf);
            for (int m = 0; m < monitorings.size(); m++) {
                monitoring(h, id, m, monitorings.get(m));
            }
            h.createUpdate("INSERT INTO audit_log (at, actor, action, department, budget_year, detail)"
                            + " VALUES (:at, :actor, 'import', :dep, :y, :detail)")
                    .bind("at", OffsetDateTime.now(ZoneOffset.UTC)).bind("actor", actor).bind("dep", t.department())
                    .bind("y", t.year()).bind("detail", "revision " + revision + " from " + folder + " (" + files.size()
                            + " files, sha256 " + fingerprint.substring(0, 12) + "…, jixiao " + version + ")")
                    .execute();
            beforeCommit.at(folder);
            return new Written(id, revision, false);
        });
    }

    private static long department(Handle h, String name, String code) {
        Optional<Long> id = h.createQuery("SELECT id FROM department WHERE name = :n").bind("n", name)
                .mapTo(Long.class).findOne();
        if (id.isPresent()) {
            if (code != null) {
                h.createUpdate("UPDATE department SET code = :c WHERE id = :id").bind("c", code).bind("id", id.get())
                        .execute();
            }
            return id.get();
        }
        return h.createUpdate("INSERT INTO department (name, code) VALUES (:n, :c)").bind("n", name).bind("c", code)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private static void files(Handle h, long id, List<StoredFile> files) {
        PreparedBatch b = h.prepareBatch("INSERT INTO source_file (department_year_id, ordinal, role, name, sha256, size,"
                + " content) VALUES (:id, :o, :role, :name, :sha, :size, :content)");
        for (int i = 0; i < files.size(); i++) {
            StoredFile f = files.get(i);
            b.bind("id", id).bind("o", i).bind("role", f.role()).bind("name", f.name()).bind("sha", f.sha256())
                    .bind("size", (long) f.content().length).bind("content", f.content()).add();
        }
        b.execute();
    }

    private static void tables(Handle h, long id, DepartmentTargets t, DepartmentActuals a, DepartmentScore score,
                               ScoringProfile profile, Map<Finding, String> tableOf, Map<Finding, RecheckFinding.Kind> recheckOf) {
        if (score != null) {
            for (RecheckFinding r : Checks.collect("", score)) {
                recheckOf.put(r.finding(), r.kind());
            }
        }
        // positional parameters: a department of 100 indicators binds some 2000 values, named binding costs more
        PreparedBatch tableRows = h.prepareBatch("INSERT INTO indicator_table (department_year_id, ordinal, kind, name,"
                + " code, budget, spent, score, raw_score, na_points, grade, execution_rate, execution_points,"
                + " execution_score, execution_explanation, explanation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?)");
        List<IndicatorTable> tables = t.tables();
        List<TableScore> scores = new java.util.ArrayList<>();
        List<TableActuals> actuals = new java.util.ArrayList<>();
        for (int ti = 0; ti < tables.size(); ti++) {
            IndicatorTable table = tables.get(ti);
            String name = table.kind() == TableKind.OVERALL ? IndicatorTable.OVERALL_NAME : table.name();
            TableScore ts = score == null ? null : score.tables().stream()
                    .filter(s -> s.kind() == table.kind() && (s.kind() == TableKind.OVERALL || s.name().equals(table.name())))
                    .findFirst().orElse(null);
            TableActuals ta = a == null ? null : table.kind() == TableKind.OVERALL ? a.overall()
                    : a.project(table.name()).orElse(null);
            scores.add(ts);
            actuals.add(ta);
            if (ts != null) {
                ts.findings().forEach(f -> tableOf.put(f, name));
            }
            BudgetExecution be = ts == null ? null : ts.budgetExecution();
            tableRows.bind(0, id).bind(1, ti).bind(2, table.kind() == TableKind.OVERALL ? "overall" : "project")
                    .bind(3, name).bind(4, table.code()).bind(5, n(table.budget()))
                    .bind(6, n(ts != null ? ts.spent() : ta == null ? null : ta.spent()))
                    .bind(7, n(ts == null ? null : ts.score())).bind(8, n(ts == null ? null : ts.rawScore()))
                    .bind(9, n(ts == null ? null : ts.naPoints())).bind(10, ts == null ? null : ts.grade())
                    .bind(11, n(be == null ? null : be.rate())).bind(12, n(be == null ? null : be.points()))
                    .bind(13, n(be == null ? null : be.score())).bind(14, be == null ? null : be.explanation())
                    .bind(15, ts == null ? null : ts.explanation()).add();
        }
        tableRows.execute();
        Map<Integer, Long> tableIds = new java.util.HashMap<>();
        h.createQuery("SELECT ordinal, id FROM indicator_table WHERE department_year_id = :dy").bind("dy", id)
                .map((rs, ctx) -> new long[] {rs.getInt(1), rs.getLong(2)}).forEach(r -> tableIds.put((int) r[0], r[1]));
        PreparedBatch lines = h.prepareBatch("INSERT INTO indicator (table_id, ordinal, indicator_key, name, level1,"
                + " level2, target, cost_indicator, deduction, line, col, actual, category_group, points, score, status,"
                + " rule, explanation, library_id, direction) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?)");
        PreparedBatch categories = h.prepareBatch("INSERT INTO category_score (table_id, ordinal, category, level1,"
                + " points, score) VALUES (?, ?, ?, ?, ?, ?)");
        for (int ti = 0; ti < tables.size(); ti++) {
            long tableId = tableIds.get(ti);
            TableScore ts = scores.get(ti);
            TableActuals ta = actuals.get(ti);
            Map<String, IndicatorScore> byKey = new java.util.HashMap<>();
            if (ts != null) {
                ts.indicators().forEach(l -> byKey.putIfAbsent(l.key(), l));
            }
            List<Indicator> indicators = tables.get(ti).indicators();
            for (int i = 0; i < indicators.size(); i++) {
                Indicator ind = indicators.get(i);
                IndicatorScore line = byKey.get(ind.key());
                var actual = ta == null ? null : ta.actuals().get(ind.key());
                lines.bind(0, tableId).bind(1, i).bind(2, ind.key()).bind(3, ind.label()).bind(4, ind.level1())
                        .bind(5, ind.level2()).bind(6, ind.targetText()).bind(7, CaseBuilder.isCost(ind))
                        .bind(8, ind.deduction() == null ? null : ind.deduction().text())
                        .bind(9, ind.location().line()).bind(10, ind.location().column())
                        .bind(11, actual == null ? null : actual.text())
                        .bind(12, line == null ? null : line.group()).bind(13, n(line == null ? null : line.points()))
                        .bind(14, n(line == null ? null : line.score()))
                        .bind(15, line == null ? null : line.status().label())
                        .bind(16, line == null ? null : line.rule()).bind(17, line == null ? null : line.explanation())
                        .bind(18, ind.library())
                        // the direction scoring applies (docs/store.md#less-demanding): decided once, by scoring's rule
                        .bind(19, Direction.read(ind, profile).direction().symbol()).add();
            }
            if (ts != null) {
                List<CategoryScore> cs = ts.categories();
                for (int c = 0; c < cs.size(); c++) {
                    categories.bind(0, tableId).bind(1, c).bind(2, cs.get(c).category()).bind(3, cs.get(c).level1())
                            .bind(4, n(cs.get(c).points())).bind(5, n(cs.get(c).score())).add();
                }
            }
        }
        if (lines.size() > 0) {
            lines.execute();
        }
        if (categories.size() > 0) {
            categories.execute();
        }
    }

    private static void findings(Handle h, long id, List<Finding> findings, Map<Finding, String> tableOf,
                                 Map<Finding, RecheckFinding.Kind> recheckOf) {
        if (findings.isEmpty()) {
            return;
        }
        PreparedBatch b = h.prepareBatch("INSERT INTO finding (department_year_id, ordinal, severity, code, message, hint,"
                + " file, line, col, table_name, recheck) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            RecheckFinding.Kind kind = recheckOf.get(f);
            b.bind(0, id).bind(1, i).bind(2, f.severity().name().toLowerCase(java.util.Locale.ROOT))
                    .bind(3, f.code()).bind(4, f.message()).bind(5, f.hint())
                    .bind(6, f.location().file()).bind(7, f.location().line())
                    .bind(8, f.location().column()).bind(9, tableOf.get(f))
                    .bind(10, kind == null ? null : kind.key()).add();
        }
        b.execute();
    }

    /** A monitoring: its summary (lights, projected score), each table's light, its findings. */
    static void monitoring(Handle h, long id, int ordinal, Monitoring given) {
        DepartmentMonitoring m = given.monitoring();
        Light worst = m.tables().stream().map(TableMonitoring::light).reduce(null, Light::worst);
        long mid = h.createUpdate("INSERT INTO monitoring (department_year_id, ordinal, source_name, monitor_month,"
                        + " light, red, yellow, green, method, projected_score, projected_grade) VALUES (:dy, :o, :f, :m,"
                        + " :light, :red, :yellow, :green, :method, :score, :grade)")
                .bind("dy", id).bind("o", ordinal).bind("f", given.file()).bind("m", m.month())
                .bind("light", worst == null ? null : worst.label()).bind("red", m.lights().get(Light.RED))
                .bind("yellow", m.lights().get(Light.YELLOW)).bind("green", m.lights().get(Light.GREEN))
                .bind("method", m.projected().method()).bind("score", n(m.projected().score()))
                .bind("grade", m.projected().grade())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        PreparedBatch tables = h.prepareBatch("INSERT INTO monitoring_table (monitoring_id, ordinal, name, light, pace,"
                + " execution_rate, projected_score, projected_grade, explanation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (int i = 0; i < m.tables().size(); i++) {
            TableMonitoring t = m.tables().get(i);
            String name = t.kind() == TableKind.OVERALL ? IndicatorTable.OVERALL_NAME : t.name();
            tables.bind(0, mid).bind(1, i).bind(2, name).bind(3, t.light() == null ? null : t.light().label())
                    .bind(4, n(t.pace())).bind(5, n(t.executionRate()))
                    .bind(6, n(t.projected() == null ? null : t.projected().score()))
                    .bind(7, t.projected() == null ? null : t.projected().grade()).bind(8, t.lightExplanation()).add();
        }
        if (tables.size() > 0) {
            tables.execute();
        }
        List<Finding> found = m.allFindings();
        if (!found.isEmpty()) {
            PreparedBatch b = h.prepareBatch("INSERT INTO monitoring_finding (monitoring_id, ordinal, severity, code,"
                    + " message, hint, file, line, col) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            for (int i = 0; i < found.size(); i++) {
                Finding f = found.get(i);
                b.bind(0, mid).bind(1, i).bind(2, f.severity().name().toLowerCase(java.util.Locale.ROOT))
                        .bind(3, f.code()).bind(4, f.message()).bind(5, f.hint()).bind(6, f.location().file())
                        .bind(7, f.location().line()).bind(8, f.location().column()).add();
            }
            b.execute();
        }
    }

    /** A number as stored: 20 decimal places, rounded HALF_UP (null stays null). */
    static BigDecimal n(BigDecimal v) {
        return v == null ? null : v.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
