package org.activationexplorer.runs;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import org.activationexplorer.io.FileProblems;
import org.activationexplorer.io.AtomicFiles;
import org.activationexplorer.train.EpochResult;
import org.activationexplorer.train.RunConfig;

/**
 * The run file format, versions 1 and 2: a ZIP (its CRCs catch damage) of two entries.
 * <ul>
 * <li>{@code run.json}: {@code format} = "activation-explorer-run", {@code version}, {@code config} (the
 * {@link RunConfig} by field name), {@code steps}, {@code lossStride}, {@code losses}, {@code epochs} (the
 * {@link EpochResult}s by field name), {@code frames} (per recorded step: {@code step}, {@code epoch} and per
 * activation layer {@code lo}, {@code hi}, {@code points}, {@code bins}, {@code parameters}: the lengths of its
 * arrays), {@code weights} (per network parameter: {@code name}, {@code length}) and {@code input}, the
 * training images' shape ({@code channels}, {@code rows}, {@code cols}), which the network is rebuilt for; files
 * written before it are read without it (they were trained on grey images). NaN and ±Infinity are written as the
 * bare words, as a diverged run has them.</li>
 * <li>{@code arrays.bin}: big-endian, in the order run.json lists them: for every frame and layer y (points
 * floats), dy (points floats), histogram (bins ints), parameters (floats); then every weight (floats).</li>
 * </ul>
 * Version 2 added to the config {@code layerActivations} (a family per activation layer), {@code schedule} and
 * {@code clipNorm}. A run that uses none of them is written as version 1, which older programs read exactly; one that
 * does is version 2, which they refuse (asking for a newer program) rather than rebuild it with one family for all
 * and a constant learning rate. Version 1 files load as one family for all, "constant" and no clipping.
 * <p>
 * Files are written atomically. Reading is defensive, as for any file from elsewhere: RunFileZip reads each
 * entry with a limit (and never inflates entries it does not know), JsonValues and RunConfigJson read run.json's
 * fields strictly, RunFileReader sizes arrays.bin from run.json before reading it, and RunFileChecks refuses a run
 * that is not consistent with itself. Any failure is one RunFileException, its message the file and the problem.
 */
public final class RunFiles {
    public static final String EXTENSION = ".aerun";
    public static final String FORMAT = "activation-explorer-run";
    /** The newest version, the one this program writes when a run needs it. */
    public static final int VERSION = 2;
    static final String JSON_ENTRY = "run.json", ARRAYS_ENTRY = "arrays.bin";
    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().create();

    private RunFiles() {}

    public static void save(RunRecord run, Path file) throws IOException {
        AtomicFiles.write(file, RunFileWriter.bytes(run, GSON));
    }

    /**
     * The run in `file`, consistent with itself (RunFileChecks). Every failure is a RunFileException naming the
     * file and its problem in plain words; the file is only read.
     */
    public static RunRecord load(Path file) throws RunFileException {
        try (RunFileZip zip = RunFileZip.open(file)) {
            JsonObject root = RunJson.parse(zip.json());
            int version = version(root);
            RunConfig config = RunConfigJson.read(JsonValues.object(root, "config"), version);
            RunRecord run = RunFileReader.read(root, config, zip);
            RunFileChecks.check(run, version);
            return run;
        } catch (RunFileProblem p) {
            throw new RunFileException(file, p.getMessage(), p);
        } catch (RunFileException e) {
            throw e;
        } catch (IOException e) { // the file system's: missing, permission denied, a loop of symbolic links
            throw new RunFileException(file, FileProblems.describe(file, e), e);
        }
    }

    // ---- reading ----

    /** The file's version, after its format: a whole number from 1 to VERSION. */
    private static int version(JsonObject root) {
        JsonElement format = root.get("format");
        if (format == null || !format.isJsonPrimitive() || !FORMAT.equals(format.getAsString())) {
            throw new RunFileProblem("not an Activation Explorer run file (format " + (format == null
                    || format.isJsonNull() ? "missing" : format.isJsonPrimitive()
                    ? RunFileProblem.quoted(format.getAsString()) : "not a text") + ")");
        }
        JsonElement version = root.get("version");
        String text = version != null && version.isJsonPrimitive() ? version.getAsString() : "missing";
        long v;
        try {
            v = JsonValues.asWhole(version == null ? JsonNull.INSTANCE : version, "version", 1, Long.MAX_VALUE);
        } catch (RunFileProblem notAVersion) {
            throw new RunFileProblem("unknown run file version " + RunFileProblem.quoted(text)
                    + " (this program reads versions 1 to " + VERSION + ")");
        }
        if (v > VERSION) {
            throw new RunFileProblem("written by a newer Activation Explorer (run file version " + v
                    + "; this program reads version " + VERSION
                    + "): update the program to open it");
        }
        return (int) v;
    }
}
