package org.activationexplorer.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SweepGridTest {

    private static Grid grid(String... lrs) {
        return new Grid(List.of(new Grid.Axis("--arch", "", List.of("mlp", "lenet5"), true),
                new Grid.Axis("--activation", "", List.of("relu", "pau"), true),
                new Grid.Axis("--lr", "lr", List.of(lrs), false),
                new Grid.Axis("--epochs", "epochs", List.of("1"), false),
                new Grid.Axis("--seed", "seed", List.of("1", "2", "3"), true)));
    }

    @Test
    void cellsComeInNestedLoopOrderWithTheLastAxisFastest() {
        Grid g = grid("1e-3", "3e-3");
        List<Map<String, String>> expected = new ArrayList<>();
        for (String arch : List.of("mlp", "lenet5")) {
            for (String family : List.of("relu", "pau")) {
                for (String lr : List.of("1e-3", "3e-3")) {
                    for (String seed : List.of("1", "2", "3")) {
                        expected.add(Map.of("--arch", arch, "--activation", family, "--lr", lr, "--epochs", "1",
                                "--seed", seed));
                    }
                }
            }
        }
        assertEquals(24, g.size());
        for (int i = 0; i < g.size(); i++) {
            assertEquals(expected.get(i), g.cell(i), "cell " + i);
        }
    }

    @Test
    void everyShardingCoversEveryCellExactlyOnce() {
        Grid g = grid("1e-3", "3e-3");
        for (int n = 1; n <= 7; n++) {
            List<Integer> all = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                List<Integer> part = g.cells(new Shard(k, n));
                assertEquals(part, grid("1e-3", "3e-3").cells(new Shard(k, n)), "the same shard in another process");
                for (int i : part) {
                    assertEquals(k, i % n);
                }
                all.addAll(part);
            }
            all.sort(null);
            List<Integer> every = new ArrayList<>();
            for (int i = 0; i < g.size(); i++) {
                every.add(i);
            }
            assertEquals(every, all, n + " shards");
        }
    }

    @Test
    void namesAreDistinctSafeAndNameOnlyTheSettingsThatVary() {
        Grid g = grid("1e-3", "0.003");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < g.size(); i++) {
            String name = g.name(i);
            assertTrue(name.matches("[a-z0-9._-]+"), name);
            names.add(name);
        }
        assertEquals(g.size(), names.size());
        assertEquals("mlp-relu-lr0.001-seed1", g.name(0), "epochs takes one value: not in the name");
        assertEquals("lenet5-pau-lr0.003-seed3", g.name(g.size() - 1));
        assertEquals("mlp-relu-seed2", grid("1e-3").name(1), "one learning rate: not in the name");
        assertEquals(grid("0.001", "3e-3").name(5), grid("1e-3", "0.0030").name(5), "numbers named by value");
    }

    @Test
    void shardsAreZeroBasedIndexSlashCount() {
        assertEquals(new Shard(0, 4), Shard.parse("0/4"));
        assertEquals(new Shard(3, 4), Shard.parse(" 3 / 4 "));
        for (String bad : List.of("4/4", "-1/4", "1/0", "1", "a/b", "1/2/3")) {
            assertThrows(IllegalArgumentException.class, () -> Shard.parse(bad), bad);
        }
    }

    @Test
    void seedsAreListsRangesOrBoth() {
        assertEquals(List.of(1L, 2L, 3L), SeedList.parse("1,2,3"));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), SeedList.parse("1-5"));
        assertEquals(List.of(1L, 2L, 3L, 10L), SeedList.parse("1-3,10,2"));
        for (String bad : List.of("3-1", "x", "1,,2", "1-100000")) {
            assertThrows(IllegalArgumentException.class, () -> SeedList.parse(bad), bad);
        }
    }
}
