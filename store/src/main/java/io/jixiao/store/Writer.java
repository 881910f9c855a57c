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
import io.jixiao.problem.KpiException;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes evaluated department-years, each in one transaction: the department (by name), the department-year (replacing
 * the one stored before, with everything hanging from it), its files verbatim, its tables and indicators with their
 * scores, the categories, every finding, the monitoring of each progress file, and a line in the audit log.
 *
 * <p>One writer serves one import: it keeps one connection and prepares each statement once, reusing it for every
 * department-year (a thousand departments of a hundred indicators are 100,000 indicator rows: parsing and planning
 * the same INSERT again for each, and Jdbi's binding per value, cost as much as the rows themselves). Rows go in
 * JDBC batches. Close it when the import is done.
 */
final class Writer implements AutoCloseable {

    /** Numbers are kept to 20 decimal places (NUMERIC(40, 20)), rounded alike on H2 and PostgreSQL. */
    static final int SCALE = 20;

    /** @param unchanged the same files were stored already (found inside the transaction) */
    record Written(long id, int revision, boolean unchanged) {
    }

    private static final String INSERT_YEAR = "INSERT INTO department_year (department_id, budget_year, budget,"
            + " project_budget, origin, fingerprint, revision, jixiao_version, profile, lenient, allow_missing, scored,"
            + " method, score, grade, explanation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_FILE = "INSERT INTO source_file (department_year_id, ordinal, role, name, sha256,"
            + " size, content) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_TABLE = "INSERT INTO indicator_table (department_year_id, ordinal, kind, name,"
            + " code, budget, spent, score, raw_score, na_points, grade, execution_rate, execution_points,"
            + " execution_score, execution_explanation, explanation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?)";
    private static final String INSERT_INDICATOR = "INSERT INTO indicator (table_id, ordinal, indicator_key, name, level1,"
            + " level2, target, cost_indicator, deduction, line, col, actual, category_group, points, score, status,"
            + " rule, explanation, library_id, direction) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?)";
    private static final String INSERT_CATEGORY = "INSERT INTO category_score (table_id, ordinal, category, level1,"
            + " points, score) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String INSERT_FINDING = "INSERT INTO finding (department_year_id, ordinal, severity, code,"
            + " message, hint, file, line, col, table_name, recheck) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_AUDIT = "INSERT INTO audit_log (at, actor, action, department, budget_year,"
            + " detail) VALUES (?, ?, 'import', ?, ?, ?)";

    private final Store store;
    private final String options;
    private final String version;
    private final String actor;
    private Handle session;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    Writer(Store store, String options, String version, String actor) {
        this.store = store;
        this.options = options;
        this.version = version;
        this.actor = actor;
    }

    /** A progress file's monitoring, as the pipeline evaluated it. */
    record Monitoring(String file, DepartmentMonitoring monitoring) {
    }

    /**
     * Stores one department-year in one transaction; {@code beforeCommit} is called inside it, just before the commit.
     *
     * @throws KpiException when the store fails (busy, unreachable …); the transaction is rolled back
     */
    Written write(String folder, List<StoredFile> files, String fingerprint, Evaluation e, List<Monitoring> monitorings,
                  Importer.BeforeCommit beforeCommit) {
        Handle h = session();
        try {
            h.begin();
            Written w = write(h, folder, files, fingerprint, e, monitorings);
            if (!w.unchanged()) {
                beforeCommit.at(folder);
            }
            h.commit();
            return w;
        } catch (SQLException x) {
            rollback(h);
            throw new KpiException(Store.classify(store.location(), x));
        } catch (JdbiException x) {
            rollback(h);
            throw store.translate(x);
        } catch (RuntimeException x) {
            rollback(h);
            throw x;
        }
    }

    private Written write(Handle h, String folder, List<StoredFile> files, String fingerprint, Evaluation e,
                          List<Monitoring> monitorings) throws SQLException {
        DepartmentTargets t = e.targets();
        long department = department(h, t.department(), t.code());
        Optional<String[]> old = h.createQuery("SELECT id, revision, fingerprint FROM department_year"
                        + " WHERE department_id = :d AND budget_year = :y")
                .bind("d", department).bind("y", t.year())
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).findOne();
        if (old.isPresent()) {
            long oldId = Long.parseLong(old.get()[0]);
            if (old.get()[2].equals(fingerprint)) {
                return new Written(oldId, Integer.parseInt(old.get()[1]), true);
            }
            h.createUpdate("DELETE FROM department_year WHERE id = :id").bind("id", oldId).execute();
        }
        int revision = old.map(o -> Integer.parseInt(o[1]) + 1).orElse(1);
        DepartmentScore score = e.score();
        PreparedStatement year = prepared(INSERT_YEAR, true);
        set(year, department, t.year(), n(t.budget()), n(t.projectBudget()), folder, fingerprint, revision, version,
                e.profile().name(), options.contains("lenient=true"), options.contains("allowMissing=true"),
                score != null, score == null ? null : score.method(), score == null ? null : n(score.score()),
                score == null ? null : score.grade(), score == null ? null : score.explanation());
        year.executeUpdate();
        long id = generatedKey(year);
        files(id, files);
        Map<Finding, String> tableOf = new IdentityHashMap<>();
        Map<Finding, RecheckFinding.Kind> recheckOf = new IdentityHashMap<>();
        tables(h, id, t, e.actuals(), score, e.profile(), tableOf, recheckOf);
        findings(id, e.findings(), tableOf, recheckOf);
        for (int m = 0; m < monitorings.size(); m++) {
            monitoring(h, id, m, monitorings.get(m));
        }
        PreparedStatement audit = prepared(INSERT_AUDIT, false);
        set(audit, OffsetDateTime.now(ZoneOffset.UTC), actor, t.department(), t.year(), "revision " + revision + " from "
                + folder + " (" + files.size() + " files, sha256 " + fingerprint.substring(0, 12) + "…, jixiao "
                + version + ")");
        audit.executeUpdate();
        return new Written(id, revision, false);
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

    private void files(long id, List<StoredFile> files) throws SQLException {
        PreparedStatement b = prepared(INSERT_FILE, false);
        for (int i = 0; i < files.size(); i++) {
            StoredFile f = files.get(i);
            set(b, id, i, f.role(), f.name(), f.sha256(), (long) f.content().length, f.content());
            b.addBatch();
        }
        b.executeBatch();
    }

    private void tables(Handle h, long id, DepartmentTargets t, DepartmentActuals a, DepartmentScore score,
                        ScoringProfile profile, Map<Finding, String> tableOf,
                        Map<Finding, RecheckFinding.Kind> recheckOf) throws SQLException {
        if (score != null) {
            for (RecheckFinding r : Checks.collect("", score)) {
                recheckOf.put(r.finding(), r.kind());
            }
        }
        PreparedStatement tableRows = prepared(INSERT_TABLE, false);
        List<IndicatorTable> tables = t.tables();
        List<TableScore> scores = new ArrayList<>();
        List<TableActuals> actuals = new ArrayList<>();
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
            set(tableRows, id, ti, table.kind() == TableKind.OVERALL ? "overall" : "project", name, table.code(),
                    n(table.budget()), n(ts != null ? ts.spent() : ta == null ? null : ta.spent()),
                    n(ts == null ? null : ts.score()), n(ts == null ? null : ts.rawScore()),
                    n(ts == null ? null : ts.naPoints()), ts == null ? null : ts.grade(),
                    n(be == null ? null : be.rate()), n(be == null ? null : be.points()),
                    n(be == null ? null : be.score()), be == null ? null : be.explanation(),
                    ts == null ? null : ts.explanation());
            tableRows.addBatch();
        }
        tableRows.executeBatch();
        Map<Integer, Long> tableIds = new HashMap<>();
        h.createQuery("SELECT ordinal, id FROM indicator_table WHERE department_year_id = :dy").bind("dy", id)
                .map((rs, ctx) -> new long[] {rs.getInt(1), rs.getLong(2)}).forEach(r -> tableIds.put((int) r[0], r[1]));
        PreparedStatement lines = prepared(INSERT_INDICATOR, false);
        PreparedStatement categories = prepared(INSERT_CATEGORY, false);
        boolean anyCategory = false;
        for (int ti = 0; ti < tables.size(); ti++) {
            long tableId = tableIds.get(ti);
            TableScore ts = scores.get(ti);
            TableActuals ta = actuals.get(ti);
            Map<String, IndicatorScore> byKey = new HashMap<>();
            if (ts != null) {
                ts.indicators().forEach(l -> byKey.putIfAbsent(l.key(), l));
            }
            List<Indicator> indicators = tables.get(ti).indicators();
            for (int i = 0; i < indicators.size(); i++) {
                Indicator ind = indicators.get(i);
                IndicatorScore line = byKey.get(ind.key());
                var actual = ta == null ? null : ta.actuals().get(ind.key());
                set(lines, tableId, i, ind.key(), ind.label(), ind.level1(), ind.level2(), ind.targetText(),
                        CaseBuilder.isCost(ind), ind.deduction() == null ? null : ind.deduction().text(),
                        ind.location().line(), ind.location().column(), actual == null ? null : actual.text(),
                        line == null ? null : line.group(), n(line == null ? null : line.points()),
                        n(line == null ? null : line.score()), line == null ? null : line.status().label(),
                        line == null ? null : line.rule(), line == null ? null : line.explanation(), ind.library(),
                        // the direction scoring applies (docs/store.md#less-demanding): decided once, by scoring's rule
                        Direction.read(ind, profile).direction().symbol());
                lines.addBatch();
            }
            if (ts != null) {
                List<CategoryScore> cs = ts.categories();
                for (int c = 0; c < cs.size(); c++) {
                    set(categories, tableId, c, cs.get(c).category(), cs.get(c).level1(), n(cs.get(c).points()),
                            n(cs.get(c).score()));
                    categories.addBatch();
                    anyCategory = true;
                }
            }
        }
        lines.executeBatch();
        if (anyCategory) {
            categories.executeBatch();
        }
    }

    private void findings(long id, List<Finding> findings, Map<Finding, String> tableOf,
                          Map<Finding, RecheckFinding.Kind> recheckOf) throws SQLException {
        if (findings.isEmpty()) {
            return;
        }
        PreparedStatement b = prepared(INSERT_FINDING, false);
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            RecheckFinding.Kind kind = recheckOf.get(f);
            set(b, id, i, f.severity().name().toLowerCase(Locale.ROOT), f.code(), f.message(), f.hint(),
                    f.location().file(), f.location().line(), f.location().column(), tableOf.get(f),
                    kind == null ? null : kind.key());
            b.addBatch();
        }
        b.executeBatch();
    }

    /** The import's connection, opened at the first department-year and kept until {@link #close}. */
    private Handle session() {
        if (session == null) {
            try {
                session = store.jdbi().open();
            } catch (JdbiException x) {
                throw store.translate(x);
            }
        }
        return session;
    }

    /** The statement for {@code sql}, prepared once on the session's connection. */
    private PreparedStatement prepared(String sql, boolean returnsId) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            Connection c = session().getConnection();
            ps = returnsId ? c.prepareStatement(sql, new String[] {"id"}) : c.prepareStatement(sql);
            prepared.put(sql, ps);
        }
        return ps;
    }

    private static long generatedKey(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no generated id");
            }
            return keys.getLong(1);
        }
    }

    /** Binds {@code values} to the statement's parameters in order (null as SQL NULL). */
    private static void set(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            int at = i + 1;
            if (v == null) {
                ps.setNull(at, Types.NULL);
            } else if (v instanceof String x) {
                ps.setString(at, x);
            } else if (v instanceof BigDecimal x) {
                ps.setBigDecimal(at, x);
            } else if (v instanceof Integer x) {
                ps.setInt(at, x);
            } else if (v instanceof Long x) {
                ps.setLong(at, x);
            } else if (v instanceof Boolean x) {
                ps.setBoolean(at, x);
            } else if (v instanceof byte[] x) {
                ps.setBytes(at, x);
            } else {
                ps.setObject(at, v);
            }
        }
    }

    private static void rollback(Handle h) {
        try {
            h.rollback();
        } catch (RuntimeException ignored) {
            // the failure that made us roll back is the one to report
        }
    }

    @Override
    public void close() {
        for (PreparedStatement ps : prepared.values()) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // closing: nothing left to keep
            }
        }
        prepared.clear();
        if (session != null) {
            session.close();
            session = null;
        }
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
