package io.jixiao.store;

import io.jixiao.model.IndicatorTable;
import io.jixiao.model.TableKind;
import io.jixiao.monitor.DepartmentMonitoring;
import io.jixiao.monitor.Light;
import io.jixiao.monitor.TableMonitoring;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes evaluated department-years, each in one transaction: the department (by name), the department-year (replacing
 * the one stored before, with everything hanging from it) with its findings' document, its files verbatim, its tables
 * (each with its category scores' and its indicators' documents), the monitoring of each progress file, and a line in
 * the audit log.
 *
 * <p>One writer serves one import: it keeps one connection and prepares each statement once, reusing it for every
 * department-year (parsing and planning the same INSERT again for each, and Jdbi's binding per value, cost as much as
 * the rows themselves). Rows go in JDBC batches. It uses JDBC alone, no Jdbi: an import into a new store then never
 * makes the store's Jdbi ({@link Store#jdbi()}). Close it when the import is done.
 */
final class Writer implements AutoCloseable {


    /** @param unchanged the same files were stored already (found inside the transaction) */
    record Written(long id, int revision, boolean unchanged) {
    }

    private static final String INSERT_YEAR = "INSERT INTO department_year (department_id, budget_year, budget,"
            + " project_budget, origin, fingerprint, revision, jixiao_version, profile, lenient, allow_missing, scored,"
            + " method, score, grade, explanation, findings, finding_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_FILE = "INSERT INTO source_file (department_year_id, ordinal, role, name, sha256,"
            + " size, content) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_TABLE = "INSERT INTO indicator_table (department_year_id, ordinal, kind, name,"
            + " code, budget, spent, score, raw_score, na_points, grade, execution_rate, execution_points,"
            + " execution_score, execution_explanation, explanation, categories, indicators, indicator_count) VALUES (?,"
            + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String FIND_DEPARTMENT = "SELECT id, code FROM department WHERE name = ?";
    private static final String UPDATE_DEPARTMENT = "UPDATE department SET code = ? WHERE id = ?";
    private static final String INSERT_DEPARTMENT = "INSERT INTO department (name, code) VALUES (?, ?)";
    private static final String FIND_YEAR = "SELECT id, revision, fingerprint FROM department_year"
            + " WHERE department_id = ? AND budget_year = ?";
    private static final String DELETE_YEAR = "DELETE FROM department_year WHERE id = ?";
    private static final String INSERT_AUDIT = "INSERT INTO audit_log (at, actor, action, department, budget_year,"
            + " detail) VALUES (?, ?, 'import', ?, ?, ?)";

    private final Store store;
    private final String version;
    private final String actor;
    private Connection session;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    Writer(Store store, String version, String actor) {
        this.store = store;
        this.version = version;
        this.actor = actor;
    }

    /** A progress file's monitoring, as the pipeline evaluated it. */
    record Monitoring(String file, DepartmentMonitoring monitoring) {
    }

    /**
     * Stores one department-year in one transaction; {@code beforeCommit} is called inside it, just before the commit.
     *
     * @param rows        the department-year's rows, made by {@link Rows#of} on the worker that evaluated it
     * @param monitorings the monitoring of each progress file
     * @throws KpiException when the store fails (busy, unreachable …); the transaction is rolled back
     */
    Written write(String folder, Rows rows, List<Monitoring> monitorings, Importer.BeforeCommit beforeCommit) {
        Connection c = session();
        try {
            Written w = write(c, folder, rows, monitorings);
            if (!w.unchanged()) {
                beforeCommit.at(folder);
            }
            c.commit();
            return w;
        } catch (SQLException x) {
            rollback(c);
            throw new KpiException(Store.classify(store.location(), x));
        } catch (RuntimeException | Error x) {
            // an Error too: the department-year must not be left open for close() to commit
            rollback(c);
            throw x;
        }
    }

    private Written write(Connection c, String folder, Rows rows, List<Monitoring> monitorings) throws SQLException {
        String fingerprint = (String) rows.year()[3];
        long department = department(rows.department(), rows.code());
        PreparedStatement find = prepared(FIND_YEAR, false);
        set(find, department, rows.budgetYear());
        long oldId = -1;
        int oldRevision = 0;
        String oldFingerprint = null;
        try (ResultSet rs = find.executeQuery()) {
            if (rs.next()) {
                oldId = rs.getLong(1);
                oldRevision = rs.getInt(2);
                oldFingerprint = rs.getString(3);
            }
        }
        if (oldId >= 0) {
            if (fingerprint.equals(oldFingerprint)) {
                return new Written(oldId, oldRevision, true);
            }
            PreparedStatement delete = prepared(DELETE_YEAR, false);
            set(delete, oldId);
            delete.executeUpdate();
        }
        int revision = oldRevision + 1;
        Object[] values = rows.year().clone();
        values[4] = revision;
        PreparedStatement year = prepared(INSERT_YEAR, true);
        set(year, department, rows.budgetYear());
        set(year, 3, values);
        year.executeUpdate();
        long id = generatedKey(year);
        batch(INSERT_FILE, id, rows.files());
        batch(INSERT_TABLE, id, rows.tables());
        for (int m = 0; m < monitorings.size(); m++) {
            monitoring(c, id, m, monitorings.get(m));
        }
        PreparedStatement audit = prepared(INSERT_AUDIT, false);
        set(audit, OffsetDateTime.now(ZoneOffset.UTC), actor, rows.department(), rows.budgetYear(), "revision "
                + revision + " from " + folder + " (" + rows.files().size() + " files, sha256 "
                + fingerprint.substring(0, 12) + "…, jixiao " + version + ")");
        audit.executeUpdate();
        return new Written(id, revision, false);
    }

    /** The department's id by its name (added when new; its code brought up to date). */
    private long department(String name, String code) throws SQLException {
        PreparedStatement find = prepared(FIND_DEPARTMENT, false);
        set(find, name);
        try (ResultSet rs = find.executeQuery()) {
            if (rs.next()) {
                long id = rs.getLong(1);
                if (code != null && !code.equals(rs.getString(2))) {
                    PreparedStatement update = prepared(UPDATE_DEPARTMENT, false);
                    set(update, code, id);
                    update.executeUpdate();
                }
                return id;
            }
        }
        PreparedStatement add = prepared(INSERT_DEPARTMENT, true);
        set(add, name, code);
        add.executeUpdate();
        return generatedKey(add);
    }

    /** Rows under one parent id in one batch. */
    private void batch(String sql, long parent, List<Object[]> rows) throws SQLException {
        PreparedStatement ps = prepared(sql, false);
        if (add(ps, parent, rows)) {
            ps.executeBatch();
        }
    }

    /** Adds each row, after {@code parent}, to the statement's batch; false when there is none. */
    private static boolean add(PreparedStatement ps, long parent, List<Object[]> rows) throws SQLException {
        for (Object[] row : rows) {
            ps.setLong(1, parent);
            set(ps, 2, row);
            ps.addBatch();
        }
        return !rows.isEmpty();
    }

    /**
     * The import's connection, opened at the first department-year and kept until {@link #close}; not in auto-commit
     * mode: each department-year is one transaction, committed (or rolled back) by {@link #write}.
     */
    private Connection session() {
        if (session == null) {
            Connection c = store.connection();
            try {
                c.setAutoCommit(false);
            } catch (SQLException x) {
                close(c);
                throw new KpiException(Store.classify(store.location(), x));
            }
            session = c;
        }
        return session;
    }

    /** The statement for {@code sql}, prepared once on the session's connection. */
    private PreparedStatement prepared(String sql, boolean returnsId) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            Connection c = session();
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
        set(ps, 1, values);
    }

    /** Binds {@code values} to the statement's parameters from {@code first} on. */
    private static void set(PreparedStatement ps, int first, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            int at = i + first;
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

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException | RuntimeException ignored) {
            // the failure that made us roll back is the one to report
        }
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing: nothing left to keep
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
            // write commits or rolls back each department-year; whatever is still open here (a write cut short by
            // something write did not catch) is rolled back, never committed by switching auto-commit back on
            rollback(session);
            try {
                session.setAutoCommit(true);
            } catch (SQLException ignored) {
                // closing: the connection goes anyway
            }
            close(session);
            session = null;
        }
    }

    /**
     * A monitoring: its summary (lights, projected score), each table's light, its findings — on {@code c}, in the
     * caller's transaction (an import's department-year, or V6's migration).
     */
    static void monitoring(Connection c, long id, int ordinal, Monitoring given) throws SQLException {
        DepartmentMonitoring m = given.monitoring();
        Light worst = m.tables().stream().map(TableMonitoring::light).reduce(null, Light::worst);
        long mid;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO monitoring (department_year_id, ordinal,"
                + " source_name, monitor_month, light, red, yellow, green, method, projected_score, projected_grade)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            set(ps, id, ordinal, given.file(), m.month(), worst == null ? null : worst.label(),
                    m.lights().get(Light.RED), m.lights().get(Light.YELLOW), m.lights().get(Light.GREEN),
                    m.projected().method(), n(m.projected().score()), m.projected().grade());
            ps.executeUpdate();
            mid = generatedKey(ps);
        }
        if (!m.tables().isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO monitoring_table (monitoring_id, ordinal, name,"
                    + " light, pace, execution_rate, projected_score, projected_grade, explanation) VALUES (?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < m.tables().size(); i++) {
                    TableMonitoring t = m.tables().get(i);
                    String name = t.kind() == TableKind.OVERALL ? IndicatorTable.OVERALL_NAME : t.name();
                    set(ps, mid, i, name, t.light() == null ? null : t.light().label(), n(t.pace()),
                            n(t.executionRate()), n(t.projected() == null ? null : t.projected().score()),
                            t.projected() == null ? null : t.projected().grade(), t.lightExplanation());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        List<Finding> found = m.allFindings();
        if (!found.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO monitoring_finding (monitoring_id, ordinal,"
                    + " severity, code, message, hint, file, line, col) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < found.size(); i++) {
                    Finding f = found.get(i);
                    set(ps, mid, i, f.severity().name().toLowerCase(Locale.ROOT), f.code(), f.message(), f.hint(),
                            f.location().file(), f.location().line(), f.location().column());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    /** A number as stored: 20 decimal places, rounded HALF_UP (null stays null). */
    static BigDecimal n(BigDecimal v) {
        return Rows.n(v);
    }
}
