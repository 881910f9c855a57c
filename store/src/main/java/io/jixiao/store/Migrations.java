package io.jixiao.store;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * The SQL migrations of this jixiao ({@code db/jixiao/V*.sql}), named, for Flyway: without them Flyway scans the class
 * path for its location, and in the CLI's jar that is every one of its ~30,000 entries, on every opening of a store
 * (docs/performance.md#store-ninth). The Java migrations are given to Flyway as instances ({@link Store}). Flyway
 * reads each script as it would have found it — same name, same text, so the same checksum in the schema history;
 * {@code MigrationsTest} holds this list equal to what Flyway's scan of the class path finds.
 */
final class Migrations implements ResourceProvider {

    /** The folder of the SQL migrations on the class path. */
    static final String FOLDER = "db/jixiao/";

    /** Every SQL migration's file name, in version order. A new {@code V*.sql} is added here too. */
    static final List<String> SQL = List.of("V1__department_years.sql", "V2__indicator_library_and_users.sql",
            "V3__indicator_library_id.sql", "V5__monitoring.sql", "V7__review_notes.sql");

    @Override
    public LoadableResource getResource(String name) {
        return SQL.contains(name) ? new Script(name) : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> found = new ArrayList<>();
        for (String name : SQL) {
            if (name.startsWith(prefix) && endsWithAny(name, suffixes)) {
                found.add(new Script(name));
            }
        }
        return found;
    }

    private static boolean endsWithAny(String name, String[] suffixes) {
        for (String s : suffixes) {
            if (name.endsWith(s)) {
                return true;
            }
        }
        return false;
    }

    /** One script, read from the class path as UTF-8 when Flyway asks. */
    private static final class Script extends LoadableResource {

        private final String name;

        Script(String name) {
            this.name = name;
        }

        @Override
        public Reader read() {
            InputStream in = Migrations.class.getClassLoader().getResourceAsStream(FOLDER + name);
            if (in == null) {
                throw new FlywayException("the migration " + FOLDER + name + " is not on the class path");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return FOLDER + name;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return null;
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }
}
