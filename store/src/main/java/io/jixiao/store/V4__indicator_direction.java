package io.jixiao.store;

import io.jixiao.load.Source;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.Indicator;
import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.pipeline.Prepared;
import io.jixiao.problem.KpiException;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.scoring.Direction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 4: {@code indicator.direction}, the comparator an indicator's scoring applies (≥ ≤ = > <), as
 * {@link Direction} decided it with the department-year's profile — so that history and the 审核 across years read
 * "less demanding" exactly as the scoring did (a profile's lower-is-better words, a rate under 成本, docs/store.md).
 *
 * <p>The rows stored before are filled in from what the store keeps: each department-year's targets file, loaded
 * again from its stored bytes through the one pipeline with the profile it was scored with (its name as stored). A
 * profile that cannot be found again under that name (a profile file outside the store) leaves the direction null:
 * then only a comparator written in the target counts ({@link io.jixiao.review.check.Demand#compare}). Java rather
 * than SQL because the direction is the engine's decision, not a copy of it in SQL; registered explicitly in
 * {@link Store}, portable across H2 and PostgreSQL (plain JDBC inside Flyway's transaction).
 */
public final class V4__indicator_direction extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE indicator ADD COLUMN direction VARCHAR(2)");
        }
        record Stored(long id, String profile, boolean lenient, String file, byte[] content) {
        }
        List<Stored> years = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT y.id, y.profile, y.lenient, f.name, f.content FROM department_year y"
                     + " JOIN source_file f ON f.department_year_id = y.id AND f.role = 'targets' ORDER BY y.id")) {
            while (rs.next()) {
                years.add(new Stored(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getString(4),
                        rs.getBytes(5)));
            }
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE indicator SET direction = ? WHERE ordinal = ?"
                + " AND table_id = (SELECT t.id FROM indicator_table t WHERE t.department_year_id = ? AND t.ordinal = ?)")) {
            for (Stored y : years) {
                Prepared p = load(y.file(), y.content(), y.profile(), y.lenient());
                if (p == null) {
                    continue;
                }
                DepartmentTargets t = p.targets();
                ScoringProfile profile = p.profile();
                for (int ti = 0; ti < t.tables().size(); ti++) {
                    List<Indicator> indicators = t.tables().get(ti).indicators();
                    for (int i = 0; i < indicators.size(); i++) {
                        update.setString(1, Direction.read(indicators.get(i), profile).direction().symbol());
                        update.setInt(2, i);
                        update.setLong(3, y.id());
                        update.setInt(4, ti);
                        update.addBatch();
                    }
                }
                update.executeBatch();
            }
        }
    }

    /**
     * The stored targets loaded through the pipeline with the profile of the name stored; null when they do not
     * load or that profile is not found again.
     */
    private static Prepared load(String file, byte[] content, String profile, boolean lenient) {
        try {
            Prepared p = new Pipeline(Options.defaults().profile(profile).lenient(lenient))
                    .prepare(Source.bytes(file, content), null);
            return !p.ok() || !profile.equals(p.profile().name()) ? null : p;
        } catch (KpiException e) {
            return null;
        }
    }
}
