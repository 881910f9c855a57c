package io.jixiao.store;

import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorTable;
import io.jixiao.model.TableActuals;
import io.jixiao.model.TableKind;
import io.jixiao.pipeline.Evaluation;
import io.jixiao.problem.Finding;
import io.jixiao.recheck.Checks;
import io.jixiao.recheck.RecheckFinding;
import io.jixiao.scoring.BudgetExecution;
import io.jixiao.scoring.CaseBuilder;
import io.jixiao.scoring.CategoryScore;
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
 * scores, the categories, every finding, and a line in the audit log.
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

    Written write(String folder, List<StoredFile> files, String fingerprint, Evaluation e,
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
            tables(h, id, t, e.actuals(), score, tableOf, recheckOf);
            findings(h, id, e.findings(), tableOf, recheckOf);
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
                               Map<Finding, String> tableOf, Map<Finding, RecheckFinding.Kind> recheckOf) {
        if (score != null) {
            for (RecheckFinding r : Checks.collect("", score)) {
                recheckOf.put(r.finding(), r.kind());
            }
        }
        PreparedBatch lines = h.prepareBatch("INSERT INTO indicator (table_id, ordinal, indicator_key, name, level1,"
                + " level2, target, cost_indicator, deduction, line, col, actual, category_group, points, score, status,"
                + " rule, explanation, library_id) VALUES (:t, :o, :k, :name, :l1, :l2, :target, :cost, :deduction,"
                + " :line, :col, :actual, :grp, :points, :score, :status, :rule, :why, :library)");
        PreparedBatch categories = h.prepareBatch("INSERT INTO category_score (table_id, ordinal, category, level1,"
                + " points, score) VALUES (:t, :o, :c, :l1, :points, :score)");
        List<IndicatorTable> tables = t.tables();
        for (int ti = 0; ti < tables.size(); ti++) {
            IndicatorTable table = tables.get(ti);
            String name = table.kind() == TableKind.OVERALL ? IndicatorTable.OVERALL_NAME : table.name();
            TableScore ts = score == null ? null : score.tables().stream()
                    .filter(s -> s.kind() == table.kind() && (s.kind() == TableKind.OVERALL || s.name().equals(table.name())))
                    .findFirst().orElse(null);
            TableActuals ta = a == null ? null : table.kind() == TableKind.OVERALL ? a.overall()
                    : a.project(table.name()).orElse(null);
            if (ts != null) {
                ts.findings().forEach(f -> tableOf.put(f, name));
            }
            BudgetExecution be = ts == null ? null : ts.budgetExecution();
            long tableId = h.createUpdate("INSERT INTO indicator_table (department_year_id, ordinal, kind, name, code,"
                            + " budget, spent, score, raw_score, na_points, grade, execution_rate, execution_points,"
                            + " execution_score, execution_explanation, explanation) VALUES (:dy, :o, :kind, :name, :code,"
                            + " :budget, :spent, :score, :raw, :na, :grade, :rate, :ep, :es, :ew, :why)")
                    .bind("dy", id).bind("o", ti).bind("kind", table.kind() == TableKind.OVERALL ? "overall" : "project")
                    .bind("name", name).bind("code", table.code()).bind("budget", n(table.budget()))
                    .bind("spent", n(ts != null ? ts.spent() : ta == null ? null : ta.spent()))
                    .bind("score", n(ts == null ? null : ts.score())).bind("raw", n(ts == null ? null : ts.rawScore()))
                    .bind("na", n(ts == null ? null : ts.naPoints())).bind("grade", ts == null ? null : ts.grade())
                    .bind("rate", n(be == null ? null : be.rate())).bind("ep", n(be == null ? null : be.points()))
                    .bind("es", n(be == null ? null : be.score())).bind("ew", be == null ? null : be.explanation())
                    .bind("why", ts == null ? null : ts.explanation())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            List<Indicator> indicators = table.indicators();
            for (int i = 0; i < indicators.size(); i++) {
                Indicator ind = indicators.get(i);
                IndicatorScore line = ts == null ? null : ts.indicators().stream()
                        .filter(l -> l.key().equals(ind.key())).findFirst().orElse(null);
                var actual = ta == null ? null : ta.actuals().get(ind.key());
                lines.bind("t", tableId).bind("o", i).bind("k", ind.key()).bind("name", ind.label())
                        .bind("l1", ind.level1()).bind("l2", ind.level2()).bind("target", ind.targetText())
                        .bind("cost", CaseBuilder.isCost(ind)).bind("deduction", ind.deduction() == null ? null
                                : ind.deduction().text())
                        .bind("line", ind.location().line()).bind("col", ind.location().column())
                        .bind("actual", actual == null ? null : actual.text())
                        .bind("grp", line == null ? null : line.group()).bind("points", n(line == null ? null : line.points()))
                        .bind("score", n(line == null ? null : line.score()))
                        .bind("status", line == null ? null : line.status().label())
                        .bind("rule", line == null ? null : line.rule()).bind("why", line == null ? null : line.explanation())
                        .bind("library", ind.library()).add();
            }
            if (ts != null) {
                List<CategoryScore> cs = ts.categories();
                for (int c = 0; c < cs.size(); c++) {
                    categories.bind("t", tableId).bind("o", c).bind("c", cs.get(c).category())
                            .bind("l1", cs.get(c).level1()).bind("points", n(cs.get(c).points()))
                            .bind("score", n(cs.get(c).score())).add();
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
                + " file, line, col, table_name, recheck) VALUES (:id, :o, :sev, :code, :msg, :hint, :file, :line, :col,"
                + " :table, :recheck)");
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            RecheckFinding.Kind kind = recheckOf.get(f);
            b.bind("id", id).bind("o", i).bind("sev", f.severity().name().toLowerCase(java.util.Locale.ROOT))
                    .bind("code", f.code()).bind("msg", f.message()).bind("hint", f.hint())
                    .bind("file", f.location().file()).bind("line", f.location().line())
                    .bind("col", f.location().column()).bind("table", tableOf.get(f))
                    .bind("recheck", kind == null ? null : kind.key()).add();
        }
        b.execute();
    }

    /** A number as stored: 20 decimal places, rounded HALF_UP (null stays null). */
    static BigDecimal n(BigDecimal v) {
        return v == null ? null : v.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
