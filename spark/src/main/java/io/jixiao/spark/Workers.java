package io.jixiao.spark;

import io.jixiao.pipeline.DepartmentRechecker;
import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.rules.RuleBook;
import io.jixiao.rules.RuleSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The executor side's static holder: one {@link Pipeline} (one compiled rule base, one profile cache) per executor
 * JVM and settings, built by the first task that needs it and shared by every task and core of that JVM after it.
 * The packaged rules are {@link RuleBook#packaged()} (compiled once per JVM); a user's rules, broadcast as DRL text,
 * are compiled once with them.
 */
final class Workers {

    private static final Map<String, Pipeline> PIPELINES = new ConcurrentHashMap<>();
    private static final Map<String, DepartmentRechecker> RECHECKERS = new ConcurrentHashMap<>();

    private Workers() {
    }

    /** The settings of the task this thread runs (set by {@link ReviewPartition}): whom to tell of a rule build. */
    private static final ThreadLocal<Settings> TASK = new ThreadLocal<>();

    /** This JVM as the executors' reports name it: {@code pid@host}. */
    static String jvm() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getName();
    }

    /** Marks this thread as running a task of the job with {@code s} (null when the task is over). */
    static void task(Settings s) {
        if (s == null) {
            TASK.remove();
        } else {
            TASK.set(s);
        }
    }

    static DepartmentRechecker rechecker(Settings s) {
        return RECHECKERS.computeIfAbsent(s.pipelineKey(), k -> new DepartmentRechecker(pipeline(s)));
    }

    /**
     * This JVM's pipeline for these settings: its rules are compiled when the first department needs them, once (the
     * driver's, in local mode the executors' too, when the driver compiled a user's rules to check them).
     */
    static Pipeline pipeline(Settings s) {
        return PIPELINES.computeIfAbsent(s.pipelineKey(), k -> {
            // a bureau's review: its profile scores every department, a department's own is never read (KPI-0329)
            Options options = new Options(s.profile(), List.of(), s.lenient(), s.allowMissing()).ownProfiles(false);
            List<Drl> user = s.rules() == null ? List.of() : s.rules().value();
            return new Pipeline(options, once(() -> {
                RuleBook book = book(user);
                Settings task = TASK.get();
                if (task != null && task.rulebooks() != null) {
                    task.rulebooks().add(jvm()); // built in a task: the job learns which executor JVMs built rules
                }
                return book;
            }));
        });
    }

    /** The packaged rules, plus the user's when there are any (compiled here, on this JVM). */
    static RuleBook book(List<Drl> user) {
        // checked as the CLI checks --rules files (a rule named like a packaged one, forbidden calls), then compiled
        return RuleBook.withUser(user.stream().map(d -> new RuleSource(d.path(), d.text())).toList());
    }

    private static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }
}
