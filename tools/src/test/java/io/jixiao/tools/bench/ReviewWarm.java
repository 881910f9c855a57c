package io.jixiao.tools.bench;

import io.jixiao.load.Source;
import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.pipeline.Prepared;
import io.jixiao.problem.Finding;
import io.jixiao.review.Reviewer;
import io.jixiao.rules.RuleBook;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * FOR MEASURING ONLY, never run by the tests (a main, not a test): the 审核 alone, warm, as the import runs it for a
 * self-evaluation ({@code Reviewer.review(PreparedDepartment)}, docs/performance.md#store). The departments of a
 * generated bureau are loaded, paired and prepared once; then each round reviews every one of them on this thread and
 * prints the round's thread CPU and wall time, and the findings' count and a hash of their texts (the same for two
 * jars that find the same). Run with a tools jar and this class:
 * {@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp tools/target/jixiao-tools.jar:tools/target/test-classes
 * io.jixiao.tools.bench.ReviewWarm /work/benchdata/jixiao-bench-1000x100-seed1 300 10}.
 */
public final class ReviewWarm {

    private ReviewWarm() {
    }

    public static void main(String[] args) throws Exception {
        Path bureau = Path.of(args[0]);
        int departments = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Pipeline pipeline = new Pipeline(Options.defaults());
        RuleBook rules = pipeline.rules();
        List<Prepared> prepared = new ArrayList<>();
        try (Stream<Path> folders = Files.list(bureau)) {
            for (Path folder : folders.sorted().limit(departments).toList()) {
                Prepared p = pipeline.prepare(Source.file(folder.resolve("targets.yaml")),
                        Source.file(folder.resolve("actuals.yaml")));
                if (p.department() != null) {
                    prepared.add(p);
                }
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.printf("%d departments prepared; load average %.2f%n", prepared.size(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (int r = 1; r <= rounds; r++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            int count = 0;
            long hash = 0;
            for (Prepared p : prepared) {
                for (Finding f : new Reviewer(rules, p.profile()).review(p.department())) {
                    count++;
                    hash = 31 * hash + f.code().hashCode() + 7L * f.location().hashCode() + f.message().hashCode();
                }
            }
            System.out.printf("round %2d: CPU %.3f s · wall %.3f s · %d findings · hash %016x · load %.2f%n", r,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1e9, (System.nanoTime() - wall) / 1e9, count, hash,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
