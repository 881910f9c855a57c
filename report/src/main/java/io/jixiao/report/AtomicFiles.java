package io.jixiao.report;

import io.jixiao.problem.KpiException;
import io.jixiao.problem.Location;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes output files atomically (a temporary file beside the target, forced to disk, then renamed over it), and
 * only where an output belongs (docs/security.md#outputs):
 *
 * <ul>
 *   <li>never over one of the command's own input files, even with {@code --force} (KPI-0142): a report must not
 *       replace the targets it was made from;</li>
 *   <li>only as a regular file: a folder, a device ({@code /dev/full}), a pipe or a socket is refused, even with
 *       {@code --force} (KPI-0143) — renaming over it would replace the device node or lose the folder;</li>
 *   <li>an existing file only with {@code --force} (KPI-0140); a link to a regular file is followed, so that the link
 *       stays and the file it names is replaced.</li>
 * </ul>
 *
 * The temporary file of a run that is stopped ({@code kill}, Ctrl-C) is deleted as the JVM shuts down; one left by a
 * run killed outright ({@code kill -9}, a power cut) is deleted by the next write to the same target once its
 * process is gone.
 */
public final class AtomicFiles {

    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();
    private static volatile boolean hooked;

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content, boolean force) {
        write(target, content, force, List.of());
    }

    /**
     * Writes {@code content} to {@code target}.
     *
     * @param inputs the files the command read (folders are ignored): none of them is ever overwritten
     * @throws KpiException KPI-0140 … 0143
     */
    public static void write(Path target, byte[] content, boolean force, Collection<Path> inputs) {
        check(target, force, inputs);
        String shown = target.toString();
        Path abs = target.toAbsolutePath().normalize();
        boolean exists = Files.exists(abs);
        Path real = abs;
        try {
            if (exists) {
                real = abs.toRealPath(); // through a link: the link stays, the file it names is replaced
            }
        } catch (IOException e) {
            throw new KpiException(OutputProblems.cannotWrite(Location.of(shown), e.getMessage()));
        }
        Path dir = real.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            removeStale(dir, real.getFileName().toString());
            hook();
            // createFile (not createTempFile, which makes owner-only files) so that the umask applies as for
            // any file the user writes; the name is unique to this process and attempt
            tmp = dir.resolve(tempName(real.getFileName().toString(), ProcessHandle.current().pid(), System.nanoTime()));
            IN_FLIGHT.add(tmp);
            Files.createFile(tmp);
            Files.write(tmp, content);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true); // on disk before it takes the target's name
            }
            try {
                Files.move(tmp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new KpiException(OutputProblems.cannotWrite(Location.of(shown), reason(e)));
        } finally {
            if (tmp != null) {
                IN_FLIGHT.remove(tmp);
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the temp file is hidden and named after the target; the next write removes it
                }
            }
        }
    }

    /**
     * Whether {@code target} may be written, before any work is done: KPI-0143 for a folder or what is not a regular
     * file, KPI-0142 for one of the {@code inputs}, KPI-0140 for an existing file without {@code force}.
     */
    public static void check(Path target, boolean force, Collection<Path> inputs) {
        String shown = target.toString();
        Path abs = target.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            throw new KpiException(OutputProblems.outputIsFolder(shown));
        }
        boolean exists = Files.exists(abs);
        if (exists && !Files.isRegularFile(abs)) {
            throw new KpiException(OutputProblems.outputNotRegular(shown, kind(abs)));
        }
        Object targetKey = exists ? fileKey(abs) : null;
        for (Path input : inputs) {
            if (same(abs, exists, targetKey, input)) {
                throw new KpiException(OutputProblems.outputIsInput(shown, input.toString()));
            }
        }
        if ((exists || Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) && !force) {
            throw new KpiException(OutputProblems.outputExists(shown));
        }
    }

    /** {@code .<name>.<pid>.<nanos>.tmp}: hidden, named after the target, and after the process that wrote it. */
    static String tempName(String target, long pid, long nanos) {
        return "." + target + "." + pid + "." + nanos + ".tmp";
    }

    /** Temporary files of {@code target} left by processes that no longer run (killed with -9, a power cut). */
    static void removeStale(Path dir, String target) {
        Pattern mine = Pattern.compile(Pattern.quote("." + target + ".") + "(\\d+)\\.\\d+\\.tmp");
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "." + target.replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1")
                + ".*.tmp")) {
            for (Path p : s) {
                Matcher m = mine.matcher(p.getFileName().toString());
                if (m.matches() && !alive(Long.parseLong(m.group(1))) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // cleaning up is best effort; the write itself decides success
        }
    }

    private static boolean alive(long pid) {
        return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Deletes this process's temporary files when the JVM is stopped in the middle of a write. */
    private static void hook() {
        if (hooked) {
            return;
        }
        synchronized (IN_FLIGHT) {
            if (!hooked) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> IN_FLIGHT.forEach(p -> {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException ignored) {
                        // the next write removes it
                    }
                }), "jixiao-temp-cleanup"));
                hooked = true;
            }
        }
    }

    /**
     * Whether the target and an input are the same file (through links, or hard links when both exist): one look at
     * the input — a review checks the output against every file of its 1,000 folders, before the work and again
     * when it writes. {@code targetKey} is the target's file key, read once (null when it does not exist or the file
     * system has none: then {@link Files#isSameFile} decides, as for any other pair).
     */
    private static boolean same(Path target, boolean targetExists, Object targetKey, Path input) {
        BasicFileAttributes in;
        try {
            in = Files.readAttributes(input, BasicFileAttributes.class);
        } catch (IOException e) {
            return target.equals(input.toAbsolutePath().normalize()); // the input is not there (any more)
        }
        if (in.isDirectory()) {
            return false;
        }
        if (!targetExists) {
            return target.equals(input.toAbsolutePath().normalize());
        }
        if (targetKey != null && in.fileKey() != null) {
            return targetKey.equals(in.fileKey()); // the device and inode, as isSameFile compares them
        }
        try {
            return Files.isSameFile(target, input);
        } catch (IOException e) {
            return false;
        }
    }

    /** The file key (device and inode on Unix) of an existing file, through links; null when there is none. */
    private static Object fileKey(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /** What a path that is not a regular file is, in words. */
    private static String kind(Path p) {
        try {
            Object other = Files.readAttributes(p, "unix:mode").get("mode");
            int mode = other instanceof Integer i ? i : 0;
            return switch (mode & 0170000) {
                case 0020000 -> OutputProblems.kind("characterDevice");
                case 0060000 -> OutputProblems.kind("blockDevice");
                case 0010000 -> OutputProblems.kind("namedPipe");
                case 0140000 -> OutputProblems.kind("socket");
                default -> OutputProblems.kind("other");
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return OutputProblems.kind("other");
        }
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        String type = e.getClass().getSimpleName().replace("Exception", "");
        return m == null ? type : type + ": " + m;
    }
}
