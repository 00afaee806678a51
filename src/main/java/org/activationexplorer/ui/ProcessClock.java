package org.activationexplorer.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * This process's start and CPU time as Linux counts them in /proc, for the start-time figures (StartupStats). Where
 * /proc is missing the JDK's ProcessHandle answers instead, less exactly.
 */
final class ProcessClock {
    /** Clock ticks a second in /proc (USER_HZ, 100 on every Linux we run on). */
    static final double TICKS_PER_SECOND = 100;

    private ProcessClock() {}

    /**
     * When this process started, in epoch milliseconds, to 10 ms: its start tick against the uptime. (ProcessHandle
     * adds the boot time in whole seconds and was up to 1 s off.)
     */
    static long startMillis() {
        try {
            String uptime = Files.readString(Path.of("/proc/uptime"));
            double upNow = Double.parseDouble(uptime.substring(0, uptime.indexOf(' ')));
            double startedAt = startTick(Files.readString(Path.of("/proc/self/stat"))) / TICKS_PER_SECOND;
            return System.currentTimeMillis() - Math.round((upNow - startedAt) * 1000);
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        }
    }

    /** CPU milliseconds of the whole process so far (every thread), or -1 if unknown. */
    static long cpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    }

    /**
     * CPU milliseconds so far per kind of thread, largest first, without idle ones: threads named alike ("C2
     * CompilerThread0", "C2 CompilerThread1") are added up. Empty where /proc cannot be read.
     */
    static Map<String, Long> cpuMillisByThreadKind() {
        Map<String, Long> byKind = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String stat = Files.readString(task.resolve("stat"));
                byKind.merge(threadKind(stat), Math.round(cpuTicks(stat) * 1000 / TICKS_PER_SECOND), Long::sum);
            }
        } catch (IOException | RuntimeException e) {
            return Map.of(); // threads come and go while listed; the figures are only for reading
        }
        Map<String, Long> sorted = new LinkedHashMap<>();
        byKind.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** A thread's name in a /proc stat line, less a trailing number ("C2 CompilerThre" for "C2 CompilerThread1"). */
    static String threadKind(String stat) {
        return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9#-]+$", "").trim();
    }

    /** User plus system CPU ticks in a /proc stat line (fields 14 and 15). */
    static long cpuTicks(String stat) {
        String[] f = fieldsAfterName(stat);
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    /** The start tick since boot in a /proc stat line (field 22). */
    static long startTick(String stat) {
        return Long.parseLong(fieldsAfterName(stat)[19]);
    }

    /** Fields from the third on: the name, in parentheses, may itself hold spaces and parentheses. */
    private static String[] fieldsAfterName(String stat) {
        return stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
    }
}
