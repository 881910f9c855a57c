package io.jixiao.spark;

import io.jixiao.problem.KpiException;
import io.jixiao.problem.Language;
import io.jixiao.profile.ProfileLoader;
import io.jixiao.recheck.BureauReport;
import io.jixiao.recheck.DepartmentRecheck;
import io.jixiao.report.OutputProblems;
import io.jixiao.rules.RuleSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;

/**
 * jixiao review (复核) as an Apache Spark job: the departments of a folder tree or a table, partitioned by
 * department, each evaluated on an executor by the same pipeline as {@code jixiao review} (scored and rechecked,
 * rules built once per executor JVM), and the per-department summaries reduced on the driver into the same
 * {@link BureauReport} — ranking, grade counts, category averages, 复核 findings — whatever the partitioning.
 * A department that does not load is a failed department with its coded errors, never a failed job; a task that
 * fails (a lost executor) is run again by Spark, and its departments are counted once, because the driver
 * reduces the results of the one successful attempt of each partition.
 */
public final class SparkReview {

    /** Where the departments come from: a folder tree, or a table of department-years. */
    public enum InputKind { tree, parquet, csv, jdbc }

    /**
     * What to review and how.
     *
     * @param input      the folder tree's root or the table, as given (a local path or any Hadoop URI); for a JDBC
     *                   table, its URL
     * @param partitions how many partitions the departments are spread over (each is one task); a JDBC table with a
     *                   partition column is read in as many queries
     * @param profile    the --profile override, or null
     * @param rules      the user's DRL files or folders (--rules), read on the driver and broadcast
     * @param parquet    where to write the indicator rows (a folder of Parquet files), or null
     * @param force      overwrite an existing Parquet output
     * @param root       for a table: the root its departments are named under, as {@code review ROOT} names them
     *                   (and the report's root); null: the table and the folders as they are
     * @param jdbc       for a JDBC table: the table, user, password and partition column; null otherwise
     */
    public record Job(String input, InputKind kind, int partitions, String profile, List<Path> rules,
                      boolean lenient, boolean allowMissing, String parquet, boolean force, String root,
                      JdbcTable.Jdbc jdbc) {

        public Job {
            rules = List.copyOf(rules);
            if (partitions < 1) {
                throw new IllegalArgumentException("partitions must be at least 1");
            }
            if ((kind == InputKind.jdbc) != (jdbc != null)) {
                throw new IllegalArgumentException("a JDBC input, and only it, needs its table");
            }
            if (kind == InputKind.tree && root != null) {
                throw new IllegalArgumentException("a folder tree is its own root");
            }
        }

        /** A job without a table's root or JDBC settings. */
        public Job(String input, InputKind kind, int partitions, String profile, List<Path> rules, boolean lenient,
                   boolean allowMissing, String parquet, boolean force) {
            this(input, kind, partitions, profile, rules, lenient, allowMissing, parquet, force, null, null);
        }

        /** A review of a folder tree with the packaged rules and each targets file's profile. */
        public static Job tree(String input, int partitions) {
            return new Job(input, InputKind.tree, partitions, null, List.of(), false, false, null, false);
        }
    }

    private final SparkSession spark;
    private ReviewPartition.TaskHook hook;
    private List<String> rulebooks = List.of();

    public SparkReview(SparkSession spark) {
        this.spark = spark;
    }

    /** Runs {@code hook} at the start of every task (a test injects a failure with it). */
    SparkReview withTaskHook(ReviewPartition.TaskHook hook) {
        this.hook = hook;
        return this;
    }

    /**
     * The executor JVMs ({@code pid@host}) that made the rules ready during the last run, once per JVM: empty when
     * every executor had them from an earlier job of this JVM (or, in local mode, the driver made them ready).
     */
    public List<String> rulebooks() {
        return rulebooks;
    }

    /**
     * Runs the job.
     *
     * @throws KpiException when the whole input is wrong: KPI-0324/0323 for a tree that is not a folder or holds no
     *                      department, KPI-0701 for a table without a needed column, KPI-0703 for a JDBC table that
     *                      cannot be read, KPI-013x for a --profile that
     *                      does not load, KPI-0201 for a rule file that does not compile, KPI-0140 for an existing
     *                      Parquet output without --force
     */
    public BureauReport run(Job job) {
        // a bad --profile fails once, before any department, reported at the option; without one, national scores
        // them all (as in review)
        String applied = job.profile() == null ? ProfileLoader.load(ProfileLoader.DEFAULT, null).name()
                : ProfileLoader.load(job.profile(), null, ProfileLoader.OPTION).name();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        if (job.parquet() != null && !job.force() && exists(job.parquet(), conf)) {
            throw new KpiException(OutputProblems.outputExists(job.parquet()));
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<Drl> drl = new ArrayList<>();
        for (Path p : job.rules()) {
            RuleSources.user(p).forEach(s -> drl.add(new Drl(s.path(), s.text())));
        }
        CollectionAccumulator<String> built = jsc.sc().collectionAccumulator("jixiao rule books");
        Settings settings = new Settings(job.profile(), job.lenient(), job.allowMissing(), Language.current(),
                jsc.broadcast(List.copyOf(drl)), Settings.digest(drl), job.parquet() != null, built);
        if (!drl.isEmpty()) {
            Workers.pipeline(settings).rules(); // a broken rule file fails once, here, instead of in every task
        }
        String root;
        JavaRDD<DepartmentInput> departments;
        if (job.kind() == InputKind.tree) {
            List<DepartmentInput> found = TreeInput.find(job.input(), conf);
            root = TreeInput.Located.of(job.input()).shown();
            departments = jsc.parallelize(found, Math.min(job.partitions(), found.size()));
        } else {
            String shown = job.kind() == InputKind.jdbc ? JdbcTable.shown(job.input(), job.jdbc().table())
                    : job.input();
            Dataset<Row> table = job.kind() == InputKind.jdbc
                    ? JdbcTable.read(spark, job.input(), job.jdbc(), job.partitions())
                    : TableInput.load(spark, job.input(), TableInput.Format.valueOf(job.kind().name()));
            root = job.root() != null ? TreeInput.Located.of(job.root()).shown() : shown;
            departments = TableInput.departments(table, shown, job.root(), job.partitions());
        }
        JavaRDD<Outcome> outcomes = departments.mapPartitions(new ReviewPartition(settings, hook));
        if (job.parquet() != null) {
            outcomes.persist(StorageLevel.MEMORY_AND_DISK());
            spark.createDataFrame(outcomes.flatMap(o -> o.indicators().iterator()).map(IndicatorRow::toRow),
                    IndicatorRow.SCHEMA).write().mode(job.force() ? "overwrite" : "errorifexists").parquet(job.parquet());
        }
        List<String> summaries = outcomes.map(Outcome::summary).collect();
        outcomes.unpersist(false);
        settings.rules().destroy();
        rulebooks = List.copyOf(built.value());
        List<DepartmentRecheck> reviews = summaries.stream().map(RecheckCodec::decode).toList();
        return BureauReport.of(root, applied, reviews);
    }

    private static boolean exists(String path, Configuration conf) {
        try {
            TreeInput.Located at = TreeInput.Located.of(path);
            URI uri = at.uri();
            return FileSystem.get(uri, conf).exists(new org.apache.hadoop.fs.Path(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
