package org.activationexplorer.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.activationexplorer.data.CifarFormatException.Problem;

/**
 * CIFAR-10's class names from batches.meta.txt: ten names, one a line, in label order ("airplane" for 0 …
 * "truck" for 9); spaces around a name and blank lines at the end (the official file ends with one) are ignored.
 * Read bounded: the official file is about 60 bytes, and nothing past MAX_BYTES is read.
 */
final class CifarMeta {
    static final int MAX_BYTES = 1024;
    /** Longer names would not fit under an image in the prediction strip; the longest official one has 10. */
    static final int MAX_NAME_LENGTH = 32;

    private CifarMeta() {}

    /** The ten class names in label order. */
    static List<String> classNames(Path file) throws IOException {
        CifarReader.requireReadable(file);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw CifarReader.unreadable(file, e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new CifarFormatException(file, Problem.META_TOO_LONG, "longer than " + MAX_BYTES
                    + " bytes; it should hold the ten class names, one a line");
        }
        return names(file, text(file, bytes));
    }

    private static String text(Path file, byte[] bytes) throws CifarFormatException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CifarFormatException(file, Problem.META_NOT_TEXT, "not text (not UTF-8); it should hold the "
                    + "ten class names, one a line");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new CifarFormatException(file, Problem.META_NOT_TEXT, String.format(
                        "not text: control character U+%04X at character %d", (int) c, i + 1));
            }
        }
        return text;
    }

    private static List<String> names(Path file, String text) throws CifarFormatException {
        List<String> lines = new ArrayList<>(text.lines().map(String::strip).toList());
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.size() != CifarReader.CLASSES) {
            throw new CifarFormatException(file, Problem.CLASS_NAMES, "holds " + lines.size() + " lines; CIFAR-10 "
                    + "has " + CifarReader.CLASSES + " classes, one name a line");
        }
        for (int i = 0; i < lines.size(); i++) {
            String name = lines.get(i);
            if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
                throw new CifarFormatException(file, Problem.CLASS_NAMES, "line " + (i + 1) + (name.isEmpty()
                        ? " is blank" : " is " + name.length() + " characters long (at most " + MAX_NAME_LENGTH + ")")
                        + "; each line names a class");
            }
        }
        return List.copyOf(lines);
    }
}
