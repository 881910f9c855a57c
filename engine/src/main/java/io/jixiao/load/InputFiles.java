package io.jixiao.load;

import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * The one way jixiao reads an input file — targets, actuals (YAML or a workbook), a profile, a rule file, a
 * disclosure: streamed and never further than one byte past the limit the caller gives, so that {@code /dev/zero},
 * a pipe or a file that grows is refused with the caller's size finding instead of filling the memory; and, inside
 * {@link #confined}, only from within one folder (a {@code jixiao review} reads nothing outside a department's
 * folder, whatever links or paths its files hold: KPI-0137). Every read is shown to the {@link #watch watchers}
 * first (an audit, and the tests' proof that nothing outside a folder was opened).
 */
public final class InputFiles {

    private static final ThreadLocal<Path> CONFINED = new ThreadLocal<>();
    private static final List<Consumer<Path>> WATCHERS = new CopyOnWriteArrayList<>();
    private static final int CHUNK = 64 * 1024;

    private InputFiles() {
    }

    /**
     * The file's bytes.
     *
     * @param limit     the most bytes accepted
     * @param tooLarge  the finding for a file larger than {@code limit} (its argument: the bytes read, limit + 1)
     * @throws KpiException the {@code tooLarge} finding; KPI-0112 for a file that cannot be read; KPI-0137 for a
     *                      file outside the folder this thread is {@linkplain #confined confined} to
     */
    public static byte[] read(Path path, long limit, LongFunction<Finding> tooLarge) {
        String name = path.toString();
        checkConfined(path);
        WATCHERS.forEach(w -> w.accept(path));
        if (Files.isDirectory(path)) {
            throw new KpiException(LoadProblems.unreadable(name, LoadTexts.text("file.folder")));
        }
        try (SeekableByteChannel in = Files.newByteChannel(path)) {
            return readAll(in, limit, tooLarge);
        } catch (NoSuchFileException e) {
            throw new KpiException(LoadProblems.unreadable(name, LoadTexts.text("file.missing")));
        } catch (IOException e) {
            throw new KpiException(LoadProblems.unreadable(name, LoadTexts.text("file.failed", "exception",
                    e.getClass().getSimpleName(), "message", e.getMessage() == null ? "" : e.getMessage())));
        }
    }

    /**
     * Every byte of {@code in}, at most {@code limit}: into an array of the file's size as the channel tells it (one
     * array, no 64 KiB buffer to fill and copy for a file of a few KiB), grown when more comes (a file that grows while
     * it is read, a pipe, whose size is 0); one more read, of a byte, tells the end of a file read to its size.
     */
    static byte[] readAll(SeekableByteChannel in, long limit, LongFunction<Finding> tooLarge) throws IOException {
        byte[] bytes = new byte[(int) Math.min(Math.max(in.size(), 0), limit + 1)];
        int total = 0;
        while (true) {
            if (total == bytes.length) {
                if (total > limit) {
                    throw new KpiException(tooLarge.apply(total));
                }
                byte[] probe = new byte[1];
                int n = in.read(ByteBuffer.wrap(probe));
                if (n <= 0) {
                    return bytes;
                }
                bytes = Arrays.copyOf(bytes, (int) Math.min(Math.max(2L * bytes.length, CHUNK), limit + 1));
                bytes[total++] = probe[0];
                continue;
            }
            int n = in.read(ByteBuffer.wrap(bytes, total, bytes.length - total));
            if (n < 0) {
                return total == bytes.length ? bytes : Arrays.copyOf(bytes, total);
            }
            total += n;
        }
    }

    /**
     * Runs {@code work} with every read on this thread confined to {@code folder}: a file whose real path (links
     * followed) lies outside it is refused with KPI-0137 before it is opened.
     */
    public static <T> T confined(Path folder, Supplier<T> work) {
        Path before = CONFINED.get();
        CONFINED.set(real(folder));
        try {
            return work.get();
        } finally {
            if (before == null) {
                CONFINED.remove();
            } else {
                CONFINED.set(before);
            }
        }
    }

    /**
     * True when {@code path} (links followed) lies inside {@code folder}; a path that does not exist is judged by
     * the real path of its parent.
     */
    public static boolean inside(Path path, Path folder) {
        return real(path).startsWith(real(folder));
    }

    /**
     * KPI-0137 when this thread is confined and {@code path} leaves the folder; the finding names the path as given
     * and says that it was not read, never what it points at.
     */
    public static void checkConfined(Path path) {
        Path folder = CONFINED.get();
        if (folder != null && !real(path).startsWith(folder)) {
            throw new KpiException(LoadProblems.outsideFolder(path.toString(), Files.isSymbolicLink(path)));
        }
    }

    /**
     * Calls {@code watcher} with every path about to be read, on the reading thread, until the returned handle is
     * closed.
     */
    public static AutoCloseable watch(Consumer<Path> watcher) {
        WATCHERS.add(watcher);
        return () -> WATCHERS.remove(watcher);
    }

    /** The path with every link followed, as far as it exists; absolute and normalised beyond that. */
    private static Path real(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path existing = abs;
        Path rest = null;
        while (existing != null) {
            try {
                Path real = existing.toRealPath();
                return rest == null ? real : real.resolve(rest).normalize();
            } catch (IOException e) {
                Path name = existing.getFileName();
                rest = rest == null ? name : name.resolve(rest);
                existing = existing.getParent();
            }
        }
        return abs;
    }
}
