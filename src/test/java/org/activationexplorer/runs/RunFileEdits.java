package org.activationexplorer.runs;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Run files taken apart and put together again with an entry changed, as a person or a tool might edit one. */
final class RunFileEdits {
    private RunFileEdits() {}

    /** The entries of the ZIP `file` by name, in order. */
    static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static JsonObject json(Map<String, byte[]> entries) {
        return JsonParser.parseString(new String(entries.get(RunFiles.JSON_ENTRY), StandardCharsets.UTF_8))
                .getAsJsonObject();
    }

    /** `source` with its run.json edited, written to `target`. */
    static Path editJson(Path source, Path target, Consumer<JsonObject> edit) throws IOException {
        Map<String, byte[]> entries = entries(source);
        JsonObject root = json(entries);
        edit.accept(root);
        entries.put(RunFiles.JSON_ENTRY, root.toString().getBytes(StandardCharsets.UTF_8));
        return Files.write(target, zip(entries));
    }
}
