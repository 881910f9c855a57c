package io.jixiao.store;

import io.jixiao.load.Source;
import io.jixiao.pipeline.DepartmentFolder;
import io.jixiao.pipeline.Evaluation;
import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.pipeline.Stage;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class WriteCostTest {
    @Test
    void measure() throws Exception {
        var mx = ManagementFactory.getThreadMXBean();
        List<DepartmentFolder> folders = Importer.find(List.of(Path.of("/tmp/i17-sub")));
        Pipeline p = new Pipeline(Options.defaults());
        p.rules();
        List<Evaluation> evs = new ArrayList<>();
        List<List<StoredFile>> files = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            evs.clear(); files.clear();
            long c0 = mx.getCurrentThreadCpuTime();
            for (DepartmentFolder f : folders) {
                byte[] t = Files.readAllBytes(f.targets());
                byte[] a = Files.readAllBytes(f.actuals().get(0));
                evs.add(p.evaluate(Source.bytes(f.targets().toString(), t), Source.bytes(f.actuals().get(0).toString(), a),
                        EnumSet.of(Stage.SCORE, Stage.RECHECK)));
                files.add(List.of(new StoredFile("targets", "targets.yaml", t), new StoredFile("actuals", "actuals.yaml", a)));
            }
            long c1 = mx.getCurrentThreadCpuTime();
            for (DepartmentFolder f : folders) {
                byte[] t = Files.readAllBytes(f.targets());
                byte[] a = Files.readAllBytes(f.actuals().get(0));
                p.evaluate(Source.bytes(f.targets().toString(), t), Source.bytes(f.actuals().get(0).toString(), a), Stage.ALL);
            }
            long c2 = mx.getCurrentThreadCpuTime();
            System.out.printf("round %d: score+recheck %.2f s, all stages %.2f s%n", round, (c1 - c0) / 1e9, (c2 - c1) / 1e9);
        }
        for (int round = 0; round < 6; round++) {
            StoreLocation h2 = Databases.h2();
            String extra = round % 2 == 0 ? "" : ";nofindings";
            try (Store s = Store.open(h2)) {
                System.out.print(extra + " ");
                Writer w = new Writer(s, "x", "v", "me");
                var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
                long p0 = os.getProcessCpuTime();
                long c0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                for (int i = 0; i < evs.size(); i++) {
                    Evaluation e = evs.get(i);
                    if (round % 2 == 1) {
                        e = new Evaluation(e.prepared(), e.score(), List.of(), e.stages());
                    }
                    w.write("f" + i, files.get(i), String.format("%064d", round * 1000 + i), e, x -> { });
                }
                long c1 = mx.getCurrentThreadCpuTime();
                System.out.printf("write round %d: thread cpu %.2f s process cpu %.2f s wall %.2f s%n", round, (c1 - c0) / 1e9,
                        (os.getProcessCpuTime() - p0) / 1e9, (System.nanoTime() - t0) / 1e9);
            }
        }
    }
}
