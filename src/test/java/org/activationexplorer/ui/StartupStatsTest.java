package org.activationexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartupStatsTest {
    /** A /proc/PID/task/TID/stat line of a JIT thread (fields 14, 15: 41 and 5 ticks; field 22: start tick 1234567). */
    private static final String C2_STAT = "4242 (C2 CompilerThread1) S 1 4242 4242 0 -1 4194368 9 0 0 0 41 5 0 0 20 0 "
            + "31 0 1234567 4000000000 50000 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 -1 1 0 0 0 0 0";

    @Test
    void phasesAreMillisecondsSinceTheProcessStartedWithTheCpuTimeByThen() {
        Map<String, long[]> marks = new LinkedHashMap<>();
        marks.put("main", new long[] {10_270, 70});
        marks.put("toolkit", new long[] {10_415, 210});
        marks.put("drawn", new long[] {11_153, 1520});
        assertEquals("startup: main 270 ms (cpu 70), toolkit 415 (210), drawn 1153 (1520)",
                StartupStats.line(marks, 10_000));
    }

    @Test
    void aThreadsLineListsEachKindOfThreadWithItsCpuMilliseconds() {
        Map<String, Long> cpu = new LinkedHashMap<>();
        cpu.put("JavaFX Applicat", 980L);
        cpu.put("C2 CompilerThre", 710L);
        assertEquals("startup threads, cpu ms: JavaFX Applicat 980, C2 CompilerThre 710", StartupStats.threadsLine(cpu));
    }

    @Test
    void aProcStatLineGivesTheThreadsKindCpuTicksAndStartTick() {
        assertEquals("C2 CompilerThread", ProcessClock.threadKind(C2_STAT));
        assertEquals(46, ProcessClock.cpuTicks(C2_STAT));
        assertEquals(1_234_567, ProcessClock.startTick(C2_STAT));
    }

    @Test
    void aThreadNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
        String stat = C2_STAT.replace("(C2 CompilerThread1)", "(odd (name) 7)");
        assertEquals("odd (name)", ProcessClock.threadKind(stat));
        assertEquals(46, ProcessClock.cpuTicks(stat));
    }

    @Test
    void thisProcessStartedInThePastAndHasUsedCpu() {
        long start = ProcessClock.startMillis();
        assertTrue(start <= System.currentTimeMillis() && start > System.currentTimeMillis() - 86_400_000L,
                "start " + start);
        assertTrue(ProcessClock.cpuMillis() > 0);
        assertTrue(ProcessClock.cpuMillisByThreadKind().values().stream().allMatch(ms -> ms > 0));
    }
}
