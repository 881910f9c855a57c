package io.jixiao.report;

import io.jixiao.problem.KpiException;
import io.jixiao.problem.Location;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes output files atomically (temp file beside the target, then rename); never clobbers without force. */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content, boolean force) {
        Path abs = target.toAbsolutePath();
        if (Files.exists(abs) && !force) {
            throw new KpiException(OutputProblems.outputExists(target.toString()));
        }
        Path dir = abs.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            // createFile (not createTempFile, which makes owner-only files) so that the umask applies as for
            // any file the user writes; the name is unique to this process and attempt
            tmp = Files.createFile(dir.resolve("." + abs.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + System.nanoTime() + ".tmp"));
            Files.write(tmp, content);
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(tmp,
                    java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true); // on disk before it takes the target's name
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new KpiException(OutputProblems.cannotWrite(Location.of(target.toString()), e.getMessage()));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the temp file is hidden and named after the target
                }
            }
        }
    }
}
