package org.activationexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.activationexplorer.data.CifarFormatException.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged CIFAR-10 folder is refused naming the file and the problem, and nothing past the format is read. */
class CifarDamagedFilesTest {
    @TempDir
    Path root;
    private Path folder;

    @BeforeEach
    void writeAValidFolder() throws IOException {
        folder = CifarFiles.writeFolder(root.resolve("cifar"), 3, 2);
    }

    /** Loading fails with `problem`, naming `file`. */
    private CifarFormatException refused(Problem problem, Path file) {
        CifarFormatException e = assertThrows(CifarFormatException.class, () -> Dataset.load(folder));
        assertEquals(problem, e.problem(), e.getMessage());
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(file.toString()), "the message names the file: " + e.getMessage());
        return e;
    }

    @Test
    void aMissingTestBatchIsNamed() throws IOException {
        Files.delete(folder.resolve("test_batch.bin"));

        refused(Problem.MISSING_FILE, folder.resolve("test_batch.bin"));
    }

    @Test
    void everyMissingFileIsListed() throws IOException {
        Files.delete(folder.resolve("data_batch_4.bin"));
        Files.delete(folder.resolve("batches.meta.txt"));

        CifarFormatException e = refused(Problem.MISSING_FILE, folder.resolve("data_batch_4.bin"));
        assertTrue(e.getMessage().contains("batches.meta.txt"), e.getMessage());
    }

    @Test
    void aCutShortRecordIsTruncated() throws IOException {
        Path batch = folder.resolve("data_batch_2.bin");
        Files.write(batch, Arrays.copyOf(CifarFiles.batch(3, 0, 2), 2 * CifarFiles.RECORD + 1000));

        refused(Problem.TRUNCATED_RECORD, batch);
    }

    @Test
    void aFileLongerThanWholeRecordsIsRefusedToo() throws IOException {
        Path test = folder.resolve("test_batch.bin");
        Files.write(test, Arrays.copyOf(CifarFiles.batch(2, 0, 9), 2 * CifarFiles.RECORD + 1));

        refused(Problem.TRUNCATED_RECORD, test);
    }

    @Test
    void anEmptyBatchIsRefused() throws IOException {
        Path batch = folder.resolve("data_batch_5.bin");
        Files.write(batch, new byte[0]);

        refused(Problem.EMPTY_FILE, batch);
    }

    @Test
    void aLabelAboveNineIsRefusedNamingTheFile() throws IOException {
        Path batch = folder.resolve("data_batch_3.bin");
        byte[] bytes = CifarFiles.batch(3, 0, 3);
        bytes[2 * CifarFiles.RECORD] = 10; // the third record's label
        Files.write(batch, bytes);

        refused(Problem.LABEL_OUT_OF_RANGE, batch);
    }

    @Test
    void aFileOfMoreRecordsThanTheFormatHoldsIsRefusedBeforeReading() throws IOException {
        Path batch = folder.resolve("data_batch_1.bin");
        try (RandomAccessFile file = new RandomAccessFile(batch.toFile(), "rw")) {
            file.setLength(10_001L * CifarFiles.RECORD); // sparse: 30 MB that nobody writes or reads
        }

        refused(Problem.TOO_MANY_RECORDS, batch);
    }

    @Test
    void theRecordLimitIsTheReadersBound() throws IOException {
        Path batch = folder.resolve("data_batch_1.bin");

        assertEquals(3, CifarReader.read(List.of(batch), 3).count());
        CifarFormatException e = assertThrows(CifarFormatException.class, () -> CifarReader.read(List.of(batch), 2));
        assertEquals(Problem.TOO_MANY_RECORDS, e.problem());
    }

    @Test
    void anOverLongClassNameFileIsRefused() throws IOException {
        Path meta = folder.resolve("batches.meta.txt");
        Files.writeString(meta, CifarFiles.META + "x".repeat(CifarMeta.MAX_BYTES));

        refused(Problem.META_TOO_LONG, meta);
    }

    @Test
    void aClassNameFileThatIsNotTextIsRefused() throws IOException {
        Path meta = folder.resolve("batches.meta.txt");
        Files.write(meta, CifarFiles.batch(1, 0, 0)); // binary data in its place (over-long, too)
        refused(Problem.META_TOO_LONG, meta);

        Files.write(meta, new byte[] {'c', 'a', 't', '\n', (byte) 0xC3, 0x28, '\n'}); // not UTF-8
        refused(Problem.META_NOT_TEXT, meta);

        Files.write(meta, (CifarFiles.META.replace("bird", "bi\0rd")).getBytes(StandardCharsets.UTF_8));
        refused(Problem.META_NOT_TEXT, meta);
    }

    @Test
    void theClassNameFileMustNameTenClasses() throws IOException {
        Path meta = folder.resolve("batches.meta.txt");
        Files.writeString(meta, CifarFiles.META.replace("truck\n", ""));
        refused(Problem.CLASS_NAMES, meta);

        Files.writeString(meta, CifarFiles.META.replace("cat\n", "\n"));
        refused(Problem.CLASS_NAMES, meta);

        Files.writeString(meta, CifarFiles.META.replace("cat", "c".repeat(CifarMeta.MAX_NAME_LENGTH + 1)));
        refused(Problem.CLASS_NAMES, meta);
    }

    @Test
    void windowsLineEndsAndSpacesAroundNamesAreAccepted() throws IOException {
        Files.writeString(folder.resolve("batches.meta.txt"), CifarFiles.META.replace("\n", "\r\n").replace("dog", " dog "));

        assertEquals("dog", Dataset.load(folder).className(5));
    }
}
