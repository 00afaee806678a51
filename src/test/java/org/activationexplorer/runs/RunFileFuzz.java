package org.activationexplorer.runs;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The seeded fuzz of run files (RunFileFuzzTest runs it): `cases` damaged copies of the real sample runs, plus
 * files that are no regular file at all, each loaded once. Every case must end in a load of a consistent run (and
 * a file damaged into certain inconsistency must not load), or in RunFileException with a message of at most 300
 * characters that names the file and carries no library text; the file must be as it was; and the bytes a load
 * allocates are measured. A main() runs it in a JVM of its own, for a small heap.
 */
final class RunFileFuzz {
    static final List<String> FORBIDDEN = List.of("For input string", "Exception", "null", "JsonObject",
            "malformed input");
    static final int MAX_MESSAGE = 300;

    /** What happened: per kind of damage, per outcome, a count; the failures in words; the costliest load. */
    record Report(Map<String, Map<String, Integer>> outcomes, List<String> failures, Map<String, String> examples,
                  long maxAllocated, String maxAllocatedKind, long maxNanos) {
        int cases() {
            return outcomes.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
        }

        int count(String outcome) {
            return outcomes.values().stream().mapToInt(m -> m.getOrDefault(outcome, 0)).sum();
        }

        /** The counts and failures; with `examples`, a message for each kind of damage and problem as well. */
        String summary(boolean examples) {
            StringBuilder b = new StringBuilder(String.format("%d cases: %d loaded as written, %d loaded changed "
                    + "(and consistent), %d refused with RunFileException; %d failures%n", cases(),
                    count("loaded as written"), count("loaded changed"), count("refused"), failures.size()));
            outcomes.forEach((kind, counts) -> b.append(String.format("  %-20s %s%n", kind, counts)));
            b.append(String.format("most allocated by one load: %.1f MB (%s); slowest load: %.0f ms%n",
                    maxAllocated / 1e6, maxAllocatedKind, maxNanos / 1e6));
            if (examples) {
                this.examples.forEach((kind, message) -> b.append("  e.g. ").append(kind).append(": ")
                        .append(message).append('\n'));
            }
            failures.stream().limit(20).forEach(f -> b.append("FAILURE ").append(f).append('\n'));
            return b.toString();
        }
    }

    private final Path dir;
    private final Map<String, Map<String, Integer>> outcomes = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, String> examples = new TreeMap<>();
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private long maxAllocated, maxNanos;
    private String maxAllocatedKind = "";

    private RunFileFuzz(Path dir) {
        this.dir = dir;
    }

    static Report run(Path dir, long seed, int cases) throws IOException, InterruptedException {
        RunFileFuzz fuzz = new RunFileFuzz(dir);
        List<RunFileDamage.Sample> samples = new ArrayList<>();
        RunFileSamples.all().forEach((name, file) -> samples.add(RunFileDamage.Sample.of(name, file)));
        samples.sort(java.util.Comparator.comparing(RunFileDamage.Sample::name));
        ZipBytes.Entry gigabyte = ZipBytes.zeros("zeros", 1024);
        Random random = new Random(seed);
        for (int i = 0; i < cases; i++) {
            RunFileDamage.Sample sample = samples.get(random.nextInt(samples.size()));
            RunFileDamage damage = RunFileDamage.any(sample, random, gigabyte);
            Path file = Files.write(dir.resolve("case-" + i + RunFiles.EXTENSION), damage.bytes());
            fuzz.load(file, damage.kind(), damage.inconsistent(), sample, damage.bytes());
            Files.delete(file);
        }
        fuzz.notRegularFiles(samples.get(0));
        return new Report(fuzz.outcomes, fuzz.failures, fuzz.examples, fuzz.maxAllocated, fuzz.maxAllocatedKind,
                fuzz.maxNanos);
    }

    /** Every single-bit flip of every byte of the ZIP structures (headers, names, descriptors, end record). */
    static Report everyHeaderBit(Path dir, String sampleName) throws IOException {
        RunFileFuzz fuzz = new RunFileFuzz(dir);
        RunFileDamage.Sample sample = RunFileDamage.Sample.of(sampleName, RunFileSamples.get(sampleName));
        RunFileDamage.ZipLayout layout = RunFileDamage.ZipLayout.of(sample.bytes());
        java.util.BitSet bytes = new java.util.BitSet();
        for (List<int[]> part : List.of(layout.headers(), layout.names(), layout.lengths())) {
            part.forEach(region -> bytes.set(region[0], region[1]));
        }
        Path file = dir.resolve("flip" + RunFiles.EXTENSION);
        for (int at = bytes.nextSetBit(0); at >= 0; at = bytes.nextSetBit(at + 1)) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] flipped = sample.bytes().clone();
                flipped[at] ^= (byte) (1 << bit);
                Files.write(file, flipped);
                fuzz.load(file, "single bit, ZIP structure", false, sample, flipped);
            }
        }
        return new Report(fuzz.outcomes, fuzz.failures, fuzz.examples, fuzz.maxAllocated, fuzz.maxAllocatedKind,
                fuzz.maxNanos);
    }

    /** A folder, an empty file, a dangling link, a loop of links, a pipe, nothing, bytes that are no ZIP. */
    private void notRegularFiles(RunFileDamage.Sample sample) throws IOException, InterruptedException {
        String kind = "not a run file";
        load(Files.createDirectory(dir.resolve("folder" + RunFiles.EXTENSION)), kind, true, sample, null);
        load(Files.createFile(dir.resolve("empty" + RunFiles.EXTENSION)), kind, true, sample, new byte[0]);
        load(dir.resolve("absent" + RunFiles.EXTENSION), kind, true, sample, null);
        load(Files.createSymbolicLink(dir.resolve("dangling" + RunFiles.EXTENSION), dir.resolve("nowhere")), kind,
                true, sample, null);
        Path a = dir.resolve("loop-a" + RunFiles.EXTENSION), b = dir.resolve("loop-b" + RunFiles.EXTENSION);
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        load(a, kind, true, sample, null);
        Path pipe = dir.resolve("pipe" + RunFiles.EXTENSION);
        if (new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0) {
            load(pipe, kind, true, sample, null);
        }
        for (byte[] bytes : List.of("P".getBytes(), new byte[] {'P', 'K', 3, 4}, "{\"format\": 1}".getBytes(),
                RunFileDamage.zipBytes(List.of(ZipBytes.Entry.of("readme.txt", "hello".getBytes()))))) {
            Path file = Files.write(dir.resolve("other-" + bytes.length + RunFiles.EXTENSION), bytes);
            load(file, kind, true, sample, bytes);
        }
    }

    private void load(Path file, String kind, boolean inconsistent, RunFileDamage.Sample sample, byte[] written)
            throws IOException {
        long allocated = threads.getCurrentThreadAllocatedBytes(), started = System.nanoTime();
        String outcome;
        try {
            RunRecord run = RunFiles.load(file);
            List<String> problems = RunFileChecks.problems(run, RunFileWriter.version(run.config()));
            if (!problems.isEmpty() || inconsistent) {
                failures.add(kind + ": " + file.getFileName() + " loaded although inconsistent " + problems);
            }
            outcome = same(run, sample.run()) ? "loaded as written" : "loaded changed";
        } catch (RunFileException e) {
            outcome = "refused";
            checkMessage(kind, file, e);
        } catch (Throwable escaped) { // the point of the fuzz: nothing else may come out, not even an Error
            outcome = "escaped";
            failures.add(kind + ": " + escaped.getClass().getName() + " escaped: " + escaped.getMessage()
                    + " at " + (escaped.getStackTrace().length > 0 ? escaped.getStackTrace()[0] : "?"));
        }
        long nanos = System.nanoTime() - started;
        allocated = threads.getCurrentThreadAllocatedBytes() - allocated;
        if (allocated > maxAllocated) {
            maxAllocated = allocated;
            maxAllocatedKind = kind;
        }
        maxNanos = Math.max(maxNanos, nanos);
        outcomes.computeIfAbsent(kind, k -> new TreeMap<>()).merge(outcome, 1, Integer::sum);
        if (written != null && !Arrays.equals(written, Files.readAllBytes(file))) {
            failures.add(kind + ": " + file.getFileName() + " changed by reading it");
        }
    }

    /** Equal in every value (the writer's bytes are not comparable: a parameter map's order varies). */
    private static boolean same(RunRecord a, RunRecord b) {
        boolean frames = a.frames().size() == b.frames().size();
        for (int f = 0; frames && f < a.frames().size(); f++) {
            RunRecord.Frame x = a.frames().get(f), y = b.frames().get(f);
            frames = x.step() == y.step() && x.epoch() == y.epoch() && x.layers().size() == y.layers().size();
            for (int l = 0; frames && l < x.layers().size(); l++) {
                LayerCurve p = x.layers().get(l), q = y.layers().get(l);
                frames = p.lo() == q.lo() && p.hi() == q.hi() && Arrays.equals(p.y(), q.y())
                        && Arrays.equals(p.dy(), q.dy()) && Arrays.equals(p.histogram(), q.histogram())
                        && Arrays.equals(p.parameters(), q.parameters());
            }
        }
        boolean weights = a.weights().keySet().equals(b.weights().keySet()) && a.weights().entrySet().stream()
                .allMatch(e -> Arrays.equals(e.getValue(), b.weights().get(e.getKey())));
        return frames && weights && a.config().equals(b.config()) && a.steps() == b.steps()
                && Arrays.equals(a.losses(), b.losses()) && a.lossStride() == b.lossStride()
                && a.epochs().equals(b.epochs()) && java.util.Objects.equals(a.input(), b.input());
    }

    private void checkMessage(String kind, Path file, RunFileException e) {
        String m = e.getMessage();
        List<String> wrong = new ArrayList<>();
        if (m.length() > MAX_MESSAGE) {
            wrong.add(m.length() + " characters");
        }
        if (!m.contains(file.getFileName().toString()) || !file.equals(e.file())) {
            wrong.add("the file is not named");
        }
        if (m.contains("\n")) {
            wrong.add("more than one line");
        }
        FORBIDDEN.stream().filter(m::contains).forEach(f -> wrong.add("it has '" + f + "'"));
        if (!wrong.isEmpty()) {
            failures.add(kind + ": message " + wrong + ": " + m);
        }
        examples.putIfAbsent(kind + " / " + e.problem().split("[:(,]")[0], m);
    }

    /** java ... RunFileFuzz FOLDER SEED CASES: the fuzz in this JVM (its heap as given); exit 1 on any failure. */
    public static void main(String[] args) throws Exception {
        Report report = run(Path.of(args[0]), Long.parseLong(args[1]), Integer.parseInt(args[2]));
        System.out.print("seed " + args[1] + ", heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB\n"
                + report.summary(true));
        System.exit(report.failures().isEmpty() ? 0 : 1);
    }
}
