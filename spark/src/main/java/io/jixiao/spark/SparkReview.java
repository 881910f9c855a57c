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
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

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
    public enum InputKind { tree, parquet, csv }

    /**
     * What to review and how.
     *
     * @param input      the folder tree's root or the table, as given (a local path or any Hadoop URI)
     * @param partitions how many partitions the departments are spread over (each is one task)
     * @param profile    the --profile override, or null
     * @param rules      the user's DRL files or folders (--rules), read on the driver and broadcast
     * @param parquet    where to write the indicator rows (a folder of Parquet files), or null
     * @param force      overwrite an existing Parquet output
     */
    public record Job(String input, InputKind kind, int partitions, String profile, List<Path> rules,
                      boolean lenient, boolean allowMissing, String parquet, boolean force) {

        public Job {
            rules = List.copyOf(rules);
            if (partitions < 1) {
                throw new IllegalArgumentException("partitions must be at least 1");
            }
        }

        /** A review of a folder tree with the packaged rules and each targets file's profile. */
        public static Job tree(String input, int partitions) {
            return new Job(input, InputKind.tree, partitions, null, List.of(), false, false, null, false);
        }
    }

    private final SparkSession spark;
    private ReviewPartition.TaskHook hook;

    public SparkReview(SparkSession spark) {
        this.spark = spark;
    }

    /** Runs {@code hook} at the start of every task (a test injects a failure with it). */
    SparkReview withTaskHook(ReviewPartition.TaskHook hook) {
        this.hook = hook;
        return this;
    }

    /**
     * Runs the job.
     *
     * @throws KpiException when the whole input is wrong: KPI-0324/0323 for a tree that is not a folder or holds no
     *                      department, KPI-0701 for a table without a needed column, KPI-013x for a --profile that
     *                      does not load, KPI-0201 for a rule file that does not compile, KPI-0140 for an existing
     *                      Parquet output without --force
     */
    public BureauReport run(Job job) {
        // a bad --profile fails once, before any department; without one, national scores them all (as in review)
        String applied = ProfileLoader.load(job.profile() == null ? ProfileLoader.DEFAULT : job.profile(), null).name();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        if (job.parquet() != null && !job.force() && exists(job.parquet(), conf)) {
            throw new KpiException(OutputProblems.outputExists(job.parquet()));
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<Drl> drl = new ArrayList<>();
        for (Path p : job.rules()) {
            RuleSources.user(p).forEach(s -> drl.add(new Drl(s.path(), s.text())));
        }
        Settings settings = new Settings(job.profile(), job.lenient(), job.allowMissing(), Language.current(),
                jsc.broadcast(List.copyOf(drl)), Settings.digest(drl), job.parquet() != null);
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
            root = job.input();
            departments = TableInput.read(spark, job.input(), TableInput.Format.valueOf(job.kind().name()),
                    job.partitions());
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
