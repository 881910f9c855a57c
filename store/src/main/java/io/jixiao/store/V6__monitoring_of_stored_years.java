package io.jixiao.store;

import io.jixiao.load.Source;
import io.jixiao.pipeline.Monitored;
import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.problem.KpiException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 6: the monitoring of the department-years stored before version 5 with progress files — kept
 * verbatim since version 1 but not evaluated then. Each is monitored now, from its stored targets and progress bytes,
 * through the one pipeline with the profile it was scored with (its name as stored), and written as an import writes
 * it ({@link Writer#monitoring}). The same files imported again are unchanged (their fingerprint is stored), so this
 * is where they get their lights. A year whose profile cannot be found again under its name, or whose progress file
 * does not monitor, is left without: it shows no light. Registered in {@link Store}.
 */
public final class V6__monitoring_of_stored_years extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        record Year(long id, String profile, boolean lenient, String origin) {
        }
        record File(String role, String name, byte[] content) {
        }
        // the connection is Flyway's, in its transaction: it is not closed
        Connection c = context.getConnection();
        List<Year> years = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT y.id, y.profile, y.lenient,"
                + " y.origin FROM department_year y WHERE EXISTS (SELECT 1 FROM source_file s"
                + " WHERE s.department_year_id = y.id AND s.role = 'progress')"
                + " AND NOT EXISTS (SELECT 1 FROM monitoring m WHERE m.department_year_id = y.id) ORDER BY y.id")) {
            while (rs.next()) {
                years.add(new Year(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getString(4)));
            }
        }
        Map<String, Pipeline> pipelines = new HashMap<>();
        for (Year y : years) {
            List<File> files = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT role, name, content FROM source_file"
                    + " WHERE department_year_id = ? ORDER BY ordinal")) {
                ps.setLong(1, y.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        files.add(new File(rs.getString(1), rs.getString(2), rs.getBytes(3)));
                    }
                }
            }
            File targets = files.stream().filter(f -> f.role().equals(StoredFile.TARGETS)).findFirst().orElse(null);
            if (targets == null) {
                continue;
            }
            Pipeline pipeline = pipelines.computeIfAbsent(y.profile() + ";" + y.lenient(),
                    k -> new Pipeline(Options.defaults().profile(y.profile()).lenient(y.lenient())));
            List<Writer.Monitoring> done = new ArrayList<>();
            for (File p : files) {
                if (!p.role().equals(StoredFile.PROGRESS)) {
                    continue;
                }
                try {
                    // named as an import names them: the folder imported from, then the file's name
                    Monitored m = pipeline.monitor(
                            Source.bytes(Path.of(y.origin()).resolve(targets.name()).toString(), targets.content()),
                            Source.bytes(Path.of(y.origin()).resolve(p.name()).toString(), p.content()));
                    if (m.ok() && y.profile().equals(m.profile().name())) {
                        done.add(new Writer.Monitoring(p.name(), m.monitoring()));
                    }
                } catch (KpiException e) {
                    // a profile not found again: left without monitoring
                }
            }
            for (int i = 0; i < done.size(); i++) {
                Writer.monitoring(c, y.id(), i, done.get(i));
            }
        }
    }
}
