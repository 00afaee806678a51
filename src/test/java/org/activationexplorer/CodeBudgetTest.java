package org.activationexplorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The size budgets of the developers' guide, so they stay kept: a family is one small class (≤ 150 lines) with its
 * formula, forward and backward side by side; no class, vector-kernel twins included, is over 300 lines. Counted on
 * the source files (a file is one top-level class here), every line included.
 */
class CodeBudgetTest {
    static final int FAMILY_LINES = 150;
    static final int CLASS_LINES = 300;
    private static final Path MAIN = Path.of("src/main/java");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** A family class declares its catalog entry: `public static final Family FAMILY`. */
    private static boolean isFamily(String source) {
        return source.contains("static final Family FAMILY");
    }

    @Test
    void noClassIsOverThreeHundredLines() throws IOException {
        List<String> over = new ArrayList<>();
        for (Path p : sources()) {
            long lines = Files.readAllLines(p).size();
            if (lines > CLASS_LINES) {
                over.add(MAIN.relativize(p) + " (" + lines + ")");
            }
        }
        assertEquals(List.of(), over, "classes over " + CLASS_LINES + " lines");
    }

    @Test
    void everyFamilyClassIsAtMostOneHundredFiftyLines() throws IOException {
        List<String> over = new ArrayList<>();
        int families = 0;
        for (Path p : sources()) {
            String source = Files.readString(p);
            if (isFamily(source)) {
                families++;
                long lines = source.lines().count();
                if (lines > FAMILY_LINES) {
                    over.add(MAIN.relativize(p) + " (" + lines + ")");
                }
            }
        }
        assertTrue(families >= 20, "the budget sees the catalog's family classes, found " + families);
        assertEquals(List.of(), over, "family classes over " + FAMILY_LINES + " lines");
    }
}
