package org.activationexplorer.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our temporary files, the ones AtomicFiles writes beside a file before moving them into its place:
 * ".NAME.aetmp-PID-RANDOM" (hidden, and recognisably ours), locked by the process writing it until the move.
 * <p>
 * A process killed while writing leaves one behind (the damage tests found one in 20 of 52 kill -9 trials before
 * this cleanup), so every save first removes the stale ones of its folder. Stale means its writer is gone: <b>nobody
 * holds its lock</b> (the kernel drops a process's locks when it dies, kill -9 included) <b>and</b> either the PID
 * in its name is no running process here, or it is over an hour old. The PID alone could be wrong: in a folder
 * shared by containers or machines (a sweep's shards on a Kubernetes volume) another writer's PID means nothing
 * here, and PIDs are reused; the lock alone has a gap of microseconds between creating the file and locking it.
 * Together a file is removed only when its writer is certainly gone. Our own process's files are never touched
 * (another thread may be writing one, and probing its lock from here would release it: POSIX locks belong to the
 * process). An age such as "older than a minute" was not chosen: the next save after a crash comes sooner.
 */
final class TemporaryFiles {
    static final String MARK = ".aetmp-";
    private static final Pattern OURS = Pattern.compile("^\\..+\\.aetmp-(\\d+)-[0-9a-f]+$");
    /** A PID that is a running process here may still be a dead writer's: another host's, or reused. */
    private static final Duration PID_TRUSTED_FOR = Duration.ofHours(1);
    /**
     * Files.createTempFile's names, ".NAME" + digits + ".tmp", written by versions before this one (no lock, no
     * PID): only NAME's are removed, and only after a minute (such a writer took milliseconds).
     */
    private static final Duration LEGACY_AGE = Duration.ofMinutes(1);
    private static final long PID = ProcessHandle.current().pid();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryFiles() {}

    /** A new name for a temporary file of `target`, in its folder. */
    static Path newNameFor(Path target) {
        String random = Long.toHexString(RANDOM.nextLong());
        return target.resolveSibling("." + target.getFileName() + MARK + PID + "-" + random);
    }

    /** Whether `file`'s name is one of ours (any process's). */
    static boolean isOurs(Path file) {
        return OURS.matcher(file.getFileName().toString()).matches();
    }

    /**
     * Removes the stale temporary files of ours in `folder` (see the class comment), and the legacy ones of
     * `target`; returns how many. Problems (a folder that cannot be listed, a file that cannot be removed) are left
     * to the write that follows, which names them.
     */
    static int removeStale(Path folder, Path target) {
        int removed = 0;
        String legacyPrefix = "." + target.getFileName();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".*")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                boolean legacy = name.startsWith(legacyPrefix)
                        && name.substring(legacyPrefix.length()).matches("\\d+\\.tmp") && olderThan(file, LEGACY_AGE);
                if ((legacy || stale(file)) && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // a folder we cannot list or a file we cannot remove: the save itself will say what is wrong
        }
        return removed;
    }

    /** Ours, not this process's, unlocked, and its writer's PID not running here (or the file over an hour old). */
    static boolean stale(Path file) {
        Matcher m = OURS.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return false;
        }
        if (pid == PID) {
            return false;
        }
        boolean writerRunning = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        return (!writerRunning || olderThan(file, PID_TRUSTED_FOR)) && unlocked(file);
    }

    /** True when no process holds a lock on `file` (we could take it, and released it at once). */
    private static boolean unlocked(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (IOException | OverlappingFileLockException e) {
            return false; // gone meanwhile (its writer moved it into place), or not ours to open
        }
    }

    private static boolean olderThan(Path file, Duration age) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(Instant.now().minus(age));
        } catch (IOException e) {
            return false;
        }
    }
}
