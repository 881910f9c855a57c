package io.jixiao.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.recheck.BureauReport;
import io.jixiao.report.recheck.ReviewJson;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A task that fails mid-job (as when an executor is lost) is run again by Spark; its departments are counted once.
 * local[2,4]: two cores, a task may fail up to 3 times before the job does.
 */
class TaskFailureTest {

    static SparkSession spark;

    /** Task starts and injected failures (the tasks run in this JVM in local mode). */
    static final AtomicInteger STARTS = new AtomicInteger();
    static final AtomicInteger FAILURES = new AtomicInteger();

    @BeforeAll
    static void start() {
        spark = Departments.session("local[2,4]");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** Fails the first attempt of partition 1, after part of its work would have begun. */
    static final class LoseTheFirstAttemptOfPartitionOne implements ReviewPartition.TaskHook {
        @Override
        public void start(TaskContext task) {
            STARTS.incrementAndGet();
            if (task.partitionId() == 1 && task.attemptNumber() == 0) {
                FAILURES.incrementAndGet();
                throw new IllegalStateException("injected: executor lost");
            }
        }
    }

    @Test
    void aFailedTaskIsRetriedAndNoDepartmentIsCountedTwice() {
        String expected = ReviewJson.render(Departments.review(Departments.BUNDLED));

        BureauReport r = new SparkReview(spark).withTaskHook(new LoseTheFirstAttemptOfPartitionOne())
                .run(SparkReview.Job.tree(Departments.BUNDLED.toString(), 3));

        assertThat(FAILURES.get()).isEqualTo(1);
        // 3 partitions and the one retried: 4 task starts
        assertThat(STARTS.get()).isEqualTo(4);
        // the five bundled department-years, each counted once
        assertThat(r.departments()).isEqualTo(5);
        assertThat(ReviewJson.render(r)).isEqualTo(expected);
    }
}
