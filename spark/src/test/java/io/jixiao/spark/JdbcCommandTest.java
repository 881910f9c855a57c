package io.jixiao.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.report.recheck.ReviewJson;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jixiao-spark review jdbc:… --table T}: the password from the environment or the standard input, never from
 * the command line, and never in the output or Spark's log.
 */
class JdbcCommandTest {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(Map<String, String> env, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /** The bundled departments in an H2 table (sa, with a password), the files named relative to indicators/. */
    static JdbcInputTest.Db table() {
        JdbcInputTest.Db db = JdbcInputTest.h2();
        JdbcInputTest.create(db, "departments", JdbcInputTest.bundled());
        return db;
    }

    @Test
    void thePasswordFromTheEnvironmentReadsTheTableAndReviewsJsonIsTheSameBytesAndNothingShowsThePassword()
            throws Exception {
        JdbcInputTest.Db db = table();
        Path json = tmp.resolve("review.json");
        StringWriter logs = new StringWriter();

        Run r = capturingSparksLog(logs, () -> run(Map.of("JIXIAO_LANG", "en", "BUDGET_DB_PASSWORD", db.password()),
                "", "review", db.url(), "--table", "departments", "--user", "sa", "--password-env",
                "BUDGET_DB_PASSWORD", "--partition-column", "id", "--partitions", "3", "--root",
                Departments.BUNDLED.toString(), "--master", "local[2]", "--format", "json", "-o", json.toString()));

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(json, StandardCharsets.UTF_8))
                .isEqualTo(ReviewJson.render(Departments.review(Departments.BUNDLED)));
        assertThat(r.err()).contains("5 departments scored, 0 failed").doesNotContain(db.password());
        assertThat(r.out()).doesNotContain(db.password());
        // Spark logged the job at INFO (its stages and tasks), never the password
        assertThat(logs.toString()).contains("Job 0 finished").doesNotContain(db.password());
    }

    @Test
    void thePasswordFromTheStandardInput() throws Exception {
        JdbcInputTest.Db db = table();
        Path json = tmp.resolve("review.json");

        Run r = run(Map.of("JIXIAO_LANG", "en"), db.password() + "\n", "review", db.url(), "--table", "departments",
                "--user", "sa", "--password-stdin", "--master", "local[1]", "--format", "json", "-o", json.toString());

        assertThat(r.code()).as(r.err()).isZero();
        // no --root: the report's root is the table, the files are named from the folders
        assertThat(Files.readString(json, StandardCharsets.UTF_8)).contains("\"root\" : \"" + db.url()
                + "?table=departments\"").contains("\"guangyang/2023/actuals-example.yaml:32:17\"");
    }

    @Test
    void aPasswordInTheUrlIsAUsageErrorBeforeAnythingIsRead() {
        Run r = run(Map.of("JIXIAO_LANG", "en"), "", "review", "jdbc:postgresql://db.example/budget?user=u&password=x",
                "--table", "departments");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("holds a password").contains("--password-env VAR or --password-stdin");
    }

    @Test
    void usageErrorsOfTheJdbcOptionsInBothLanguages() {
        Map<String, String> en = Map.of("JIXIAO_LANG", "en");
        Map<String, String> zh = Map.of("JIXIAO_LANG", "zh");
        String url = "jdbc:h2:mem:nothing";

        assertThat(run(en, "", "review", url).err()).contains("needs --table");
        assertThat(run(zh, "", "review", url).err()).contains("需要 --table");
        assertThat(run(en, "", "review", url, "--table", "t", "--password-env", "NOT_SET_ANYWHERE").err())
                .contains("NOT_SET_ANYWHERE of --password-env is not set");
        assertThat(run(en, "", "review", url, "--table", "t", "--password-stdin").err())
                .contains("found no password on the standard input");
        assertThat(run(en, "", "review", url, "--table", "t", "--password-stdin", "--password-env", "X").err())
                .contains("not both");
        assertThat(run(en, "", "review", Departments.BUNDLED.toString(), "--table", "t").err())
                .contains("--table names the table of a JDBC INPUT");
        assertThat(run(en, "", "review", Departments.BUNDLED.toString(), "--root", "x").err())
                .contains("a folder tree is its own root");
        assertThat(run(zh, "", "review", "t.parquet", "--user", "u").err()).contains("--user 仅用于 JDBC 输入");
        assertThat(run(en, "", "review", url).code()).isEqualTo(2);
    }

    interface Body {
        Run run() throws Exception;
    }

    /** Runs {@code body} with Log4j's root logger at INFO and a copy of everything logged in {@code logs}. */
    static Run capturingSparksLog(StringWriter logs, Body body) throws Exception {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        WriterAppender capture = WriterAppender.newBuilder().setName("jdbc-test-capture").setTarget(logs)
                .setLayout(PatternLayout.newBuilder().withPattern("%p %c{1}: %m%n").build()).build();
        capture.start();
        config.addAppender(capture);
        LoggerConfig root = config.getRootLogger();
        Level before = root.getLevel();
        root.addAppender(capture, Level.INFO, null);
        root.setLevel(Level.INFO);
        ctx.updateLoggers();
        try {
            return body.run();
        } finally {
            root.removeAppender(capture.getName());
            root.setLevel(before);
            ctx.updateLoggers();
            capture.stop();
        }
    }
}
