package io.jixiao.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.pipeline.Rechecker;
import io.jixiao.recheck.BureauReport;
import io.jixiao.report.recheck.ReviewJson;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a Spark standalone cluster on this machine: a master and a worker process started from the bundled
 * Spark jars (org.apache.spark.deploy.master.Master, org.apache.spark.deploy.worker.Worker), the worker running two
 * executors in JVMs of their own; the driver (this JVM) submits the job to {@code spark://127.0.0.1:PORT}. The
 * report is review's, byte for byte; each executor JVM makes the rules ready once; a user's DRL reaches them as
 * broadcast text.
 *
 * <p>The executors run with this JVM's class path (the module's classes and Spark's jars, all on this machine), as
 * spark-submit's jar would give them; the worker's Spark home is a folder with an empty {@code jars/}.
 */
@Timeout(value = 4, unit = java.util.concurrent.TimeUnit.MINUTES)
class StandaloneClusterTest {

    @TempDir
    static Path tmp;
    static final List<Process> DAEMONS = new ArrayList<>();
    static SparkSession spark;

    @BeforeAll
    static void start() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("spark-home"));
        Files.createDirectories(home.resolve("jars"));
        Files.createDirectories(home.resolve("launcher/target/scala-2.13"));
        int port = freePort();
        String master = "spark://127.0.0.1:" + port;
        Path masterLog = tmp.resolve("master.log");
        Path workerLog = tmp.resolve("worker.log");
        DAEMONS.add(daemon(home, masterLog, "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort())));
        awaitLine(masterLog, "I have been elected leader");
        DAEMONS.add(daemon(home, workerLog, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                "--webui-port", String.valueOf(freePort()), "--cores", "2", "--memory", "2g", "--work-dir",
                Files.createDirectories(tmp.resolve("work")).toString(), master));
        awaitLine(workerLog, "Successfully registered with master");
        spark = SparkSession.builder().appName("jixiao-spark standalone test").master(master)
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                // two executors of one core each: two JVMs besides this one
                .config("spark.executor.cores", "1").config("spark.cores.max", "2")
                .config("spark.executor.memory", "900m")
                .config("spark.executor.extraClassPath", System.getProperty("java.class.path"))
                .config("spark.executor.extraJavaOptions", "-Dlog4j2.provider="
                        + "org.apache.logging.log4j.core.impl.Log4jProvider " + String.join(" ", moduleOptions()))
                .getOrCreate();
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        // the driver counts itself among the executors: wait for it and the two executor JVMs
        while (spark.sparkContext().statusTracker().getExecutorInfos().length < 3) {
            if (Instant.now().isAfter(until)) {
                throw new IllegalStateException("the two executors did not register; worker log:\n"
                        + Files.readString(workerLog));
            }
            Thread.sleep(200);
        }
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
        for (int i = DAEMONS.size() - 1; i >= 0; i--) { // the worker, then the master
            DAEMONS.get(i).destroy();
        }
        for (Process p : DAEMONS) {
            try {
                if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void generatedDepartmentsOnTwoExecutorJvmsGiveReviewsJsonAndEachJvmMadeTheRulesReadyOnce() {
        Path generated = Departments.generated(tmp.resolve("generated"), 60);
        String review = ReviewJson.render(Departments.review(generated));

        SparkReview job = new SparkReview(spark);
        BureauReport r = job.run(SparkReview.Job.tree(generated.toString(), 8));

        assertThat(ReviewJson.render(r)).isEqualTo(review);
        // the two executor JVMs made the rules ready, once each, neither of them this driver's JVM
        assertThat(job.rulebooks()).hasSize(2).doesNotHaveDuplicates().doesNotContain(Workers.jvm());
    }

    @Test
    void aUsersRulesAreBroadcastToTheExecutorJvmsAndScoreAsInReview() {
        Path rules = Path.of("../indicators/rules-examples").toAbsolutePath().normalize();
        String plain = ReviewJson.render(Departments.review(Departments.BUNDLED));
        String review = ReviewJson.render(new Rechecker(new Pipeline(Options.defaults().ownProfiles(false).rules(List.of(rules))), 2)
                .run(Departments.BUNDLED, i -> { }));

        SparkReview job = new SparkReview(spark);
        BureauReport r = job.run(new SparkReview.Job(Departments.BUNDLED.toString(), SparkReview.InputKind.tree, 4,
                null, List.of(rules), false, false, null, false));

        assertThat(review).isNotEqualTo(plain); // the example rules change the report
        assertThat(ReviewJson.render(r)).isEqualTo(review);
        // the user's rules are a rule base of their own: compiled on the executor JVMs that got a department, once
        assertThat(job.rulebooks()).isNotEmpty().doesNotHaveDuplicates().doesNotContain(Workers.jvm());
    }

    /** A Spark daemon: a JVM with this JVM's class path and Java 17 options, its output in {@code log}. */
    private static Process daemon(Path home, Path log, String main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m"));
        command.addAll(moduleOptions());
        // Spark's Log4j at INFO to the output (the test class path holds jixiao-cli's switch to a silent provider)
        Path config = tmp.resolve("daemon-log4j2.properties");
        Files.writeString(config, "rootLogger.level = info\nrootLogger.appenderRef.out.ref = out\n"
                + "appender.out.type = Console\nappender.out.name = out\nappender.out.layout.type = PatternLayout\n"
                + "appender.out.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n\n");
        command.addAll(List.of("-Dlog4j2.provider=org.apache.logging.log4j.core.impl.Log4jProvider",
                "-Dlog4j2.configurationFile=" + config));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main));
        command.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = b.environment();
        env.put("SPARK_HOME", home.toString());
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put("SPARK_LOG_DIR", tmp.toString());
        return b.start();
    }

    /** The --add-opens options this JVM runs with (surefire's argLine: spark.javaOptions of spark/pom.xml). */
    private static List<String> moduleOptions() {
        List<String> options = new ArrayList<>();
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("--add-opens") || a.startsWith("-XX:+IgnoreUnrecognizedVMOptions")
                    || a.startsWith("-Dio.netty")) {
                options.add(a);
            }
        }
        return options;
    }

    private static void awaitLine(Path log, String line) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (!Files.exists(log) || !Files.readString(log).contains(line)) {
            if (Instant.now().isAfter(until)) {
                throw new IllegalStateException("no '" + line + "' in " + log + ":\n"
                        + (Files.exists(log) ? Files.readString(log) : ""));
            }
            for (Process p : DAEMONS) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("a Spark daemon ended with " + p.exitValue() + ":\n"
                            + Files.readString(log));
                }
            }
            Thread.sleep(200);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
