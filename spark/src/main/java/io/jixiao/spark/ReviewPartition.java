package io.jixiao.spark;

import io.jixiao.load.LoadProblems;
import io.jixiao.load.Source;
import io.jixiao.pipeline.DepartmentRechecker;
import io.jixiao.pipeline.DepartmentRechecker.Reviewed;
import io.jixiao.problem.Language;
import io.jixiao.recheck.DepartmentRecheck;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.IndicatorScore;
import io.jixiao.scoring.TableScore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * The task of the job, run by {@code mapPartitions} on an executor: each department of the partition reviewed by
 * the executor JVM's one pipeline ({@link Workers}), exactly as {@code jixiao review} reviews a folder, one at a
 * time as Spark pulls them. Departments of a partition arrive sorted by folder; two rows of one folder (a table can
 * hold them) both fail with KPI-0702 instead of one of them winning by chance; a table's row without a folder fails
 * with KPI-0704, one without targets with KPI-0705.
 */
final class ReviewPartition implements FlatMapFunction<Iterator<DepartmentInput>, Outcome> {

    /** Something to run at the start of each task: a test injects a task failure here (a lost executor). */
    interface TaskHook extends java.io.Serializable {
        void start(TaskContext task);
    }

    private final Settings settings;
    private final TaskHook hook;

    ReviewPartition(Settings settings, TaskHook hook) {
        this.settings = settings;
        this.hook = hook;
    }

    @Override
    public Iterator<Outcome> call(Iterator<DepartmentInput> inputs) {
        if (hook != null) {
            hook.start(TaskContext.get());
        }
        Language.use(settings.language());
        Workers.task(settings);
        DepartmentRechecker rechecker = Workers.rechecker(settings);
        Configuration conf = new Configuration();
        return new Iterator<>() {
            private DepartmentInput next = inputs.hasNext() ? inputs.next() : null;
            private String previous;

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Outcome next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                DepartmentInput d = next;
                next = inputs.hasNext() ? inputs.next() : null;
                if (d.folder().isEmpty()) { // a table's row without a folder: not a department-year to key by
                    return failed(d, SparkProblems.rowWithoutFolder(d.dir()));
                }
                boolean duplicate = d.folder().equals(previous) || (next != null && d.folder().equals(next.folder()));
                previous = d.folder();
                if (duplicate) {
                    return failed(d, SparkProblems.duplicateFolder(d.dir()));
                }
                if (d.targets().isMissing()) {
                    return failed(d, SparkProblems.rowWithoutTargets(d.targets().name()));
                }
                return review(rechecker, d, conf);
            }
        };
    }

    private static Outcome failed(DepartmentInput d, io.jixiao.problem.Finding error) {
        return new Outcome(d.folder(), RecheckCodec.encode(DepartmentRecheck.failed(d.folder(), null, 0,
                List.of(error), false)), List.of());
    }

    private Outcome review(DepartmentRechecker rechecker, DepartmentInput d, Configuration conf) {
        Source targets = null;
        List<Source> actuals = new ArrayList<>();
        Doc reading = d.targets();
        try {
            targets = source(reading, conf);
            for (Doc a : d.actuals()) {
                reading = a;
                actuals.add(source(a, conf));
            }
        } catch (IOException | UncheckedIOException e) {
            // a file listed a moment ago that cannot be read now (gone, no permission): this department's error
            return failed(d, LoadProblems.unreadable(reading.name(), String.valueOf(e.getMessage())));
        }
        Reviewed r = rechecker.review(d.folder(), d.dir(), targets, actuals);
        return new Outcome(d.folder(), RecheckCodec.encode(r.recheck()),
                settings.keepIndicators() && r.score() != null ? rows(d.folder(), r.score()) : List.of());
    }

    /**
     * A file as the pipeline reads it: a local file as {@link Source#file} (so that a targets file's relative
     * {@code profile:} resolves as in review), any other file system's content as bytes under the same name.
     */
    static Source source(Doc doc, Configuration conf) throws IOException {
        if (doc.text() != null) {
            return Source.text(doc.name(), doc.text());
        }
        URI uri = URI.create(doc.path());
        if ("file".equals(uri.getScheme())) {
            Path named = Path.of(doc.name());
            if (named.toAbsolutePath().normalize().equals(Path.of(uri).normalize())) {
                return Source.file(named);
            }
        }
        FileSystem fs = FileSystem.get(uri, conf);
        try (InputStream in = fs.open(new org.apache.hadoop.fs.Path(uri))) {
            return Source.stream(doc.name(), in);
        }
    }

    static List<IndicatorRow> rows(String folder, DepartmentScore d) {
        List<IndicatorRow> rows = new ArrayList<>();
        for (TableScore t : d.tables()) {
            for (IndicatorScore i : t.indicators()) {
                rows.add(new IndicatorRow(folder, d.department(), d.year(), t.name(), i.key(), i.name(), i.level1(),
                        i.level2(), i.group(), i.target(), i.actual(), i.points(), i.score(),
                        i.status() == null ? null : i.status().label(), i.rule()));
            }
        }
        return rows;
    }
}
