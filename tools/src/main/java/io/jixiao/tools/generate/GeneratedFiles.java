package io.jixiao.tools.generate;

import io.jixiao.problem.KpiException;
import io.jixiao.report.AtomicFiles;
import io.jixiao.tools.ToolProblems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * Writes generated departments to disk: DIR/d0001/targets.yaml + actuals.yaml (+ progress.yaml when asked), … (each
 * file atomically).
 */
public final class GeneratedFiles {

    private GeneratedFiles() {
    }

    /**
     * @param done called with the number of departments written so far (from worker threads)
     * @throws KpiException KPI-0328 when {@code dir} holds files and {@code force} is off
     */
    public static void write(Path dir, Generator generator, int count, int threads, boolean force, IntConsumer done) {
        write(dir, generator, count, threads, force, false, done);
    }

    /**
     * As {@link #write(Path, Generator, int, int, boolean, IntConsumer)}; with {@code progress}, each department's
     * progress.yaml too ({@link Generator#progress}), its other files the same bytes.
     */
    public static void write(Path dir, Generator generator, int count, int threads, boolean force, boolean progress,
                             IntConsumer done) {
        if (!force && notEmpty(dir)) {
            throw new KpiException(ToolProblems.generateTargetNotEmpty(dir.toString()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "jixiao-generate");
            t.setDaemon(true);
            return t;
        });
        try {
            java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    Generator.Department d = generator.department(index, count);
                    Path folder = dir.resolve(d.folder());
                    AtomicFiles.write(folder.resolve("targets.yaml"), d.targetsYaml().getBytes(StandardCharsets.UTF_8), force);
                    AtomicFiles.write(folder.resolve("actuals.yaml"), d.actualsYaml().getBytes(StandardCharsets.UTF_8), force);
                    if (progress) {
                        AtomicFiles.write(folder.resolve("progress.yaml"), generator.progress(index, count)
                                .getBytes(StandardCharsets.UTF_8), force);
                    }
                    done.accept(written.incrementAndGet());
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean notEmpty(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Files.exists(dir);
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
