package io.jixiao.load;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;

/**
 * A warm harness of reading a department's files (docs/performance.md#file-path-tenth): not a test, run by hand — one
 * JVM, one thread, N departments of a generated bureau with progress files, R rounds; prints the thread's CPU per
 * round (ms for the N departments) for reading the bytes, decoding and the YAML of the three files together, then each
 * loader's model. Under the launcher's compiler:
 * {@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp JAR:engine/target/test-classes
 * io.jixiao.load.LoadStepsMain DIR [N] [ROUNDS]}
 */
public final class LoadStepsMain {

    private LoadStepsMain() {
    }

    public static void main(String[] args) throws Exception {
        BureauSample sample = BureauSample.of(args, 12);
        List<Path> deps = sample.departments();
        int rounds = sample.rounds();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        String[] files = {"targets.yaml", "actuals.yaml", "progress.yaml"};
        System.out.println("round read+yaml | targets actuals progress | all (ms CPU for " + deps.size()
                + " departments)");
        for (int r = 0; r < rounds; r++) {
            long[] t = new long[4];
            long sink = 0;
            for (Path d : deps) {
                for (int f = 0; f < files.length; f++) {
                    Path p = d.resolve(files[f]);
                    long a = mx.getCurrentThreadCpuTime();
                    YNode root = YamlReader.readNoted(p).root();
                    long b = mx.getCurrentThreadCpuTime();
                    LoadResult<?> loaded = f == 0 ? TargetsLoader.load(p.toString(), root)
                            : f == 1 ? ActualsLoader.load(p.toString(), root) : ProgressLoader.load(p.toString(), root);
                    long c = mx.getCurrentThreadCpuTime();
                    sink += loaded.value() == null ? 0 : 1;
                    t[0] += b - a;
                    t[1 + f] += c - b;
                }
            }
            System.out.printf("%3d %6.0f | %6.0f %6.0f %6.0f | %6.0f  (%d read)%n", r, t[0] / 1e6, t[1] / 1e6,
                    t[2] / 1e6, t[3] / 1e6, (t[0] + t[1] + t[2] + t[3]) / 1e6, sink);
        }
    }
}
