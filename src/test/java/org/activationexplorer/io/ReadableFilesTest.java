package org.activationexplorer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadableFilesTest {
    @TempDir
    Path dir;

    @Test
    void aRegularFileAndALinkToOneCanBeRead() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "a");
        Path link = Files.createSymbolicLink(dir.resolve("link"), file);

        assertNull(ReadableFiles.problem(file));
        assertNull(ReadableFiles.problem(link));
    }

    @Test
    void eachKindOfNonFileHasItsOwnWordsAndNoneIsOpened() throws IOException {
        Set<String> problems = new HashSet<>();
        for (OddFiles.Kind kind : OddFiles.Kind.values()) {
            Path odd = OddFiles.make(dir.resolve(kind.toString()), kind);
            String problem = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ReadableFiles.problem(odd));
            assertNotNull(problem, kind.toString());
            assertEquals(java.util.List.of(), MessageRules.broken(odd + ": " + problem, odd.toString()));
            problems.add(problem);
        }
        problems.add(ReadableFiles.problem(dir.resolve("absent")));
        assertEquals(OddFiles.canMakeFifos() ? 5 : 4, problems.size(), problems.toString());
    }

    @Test
    void folderProblemNamesFilesLoopsAndAbsentFolders() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "a");
        Path loop = OddFiles.make(dir.resolve("loop"), OddFiles.Kind.LINK_LOOP);

        assertNull(ReadableFiles.folderProblem(dir));
        assertEquals("is a file, not a folder", ReadableFiles.folderProblem(file));
        assertEquals("is a symbolic link loop", ReadableFiles.folderProblem(loop));
        assertEquals("does not exist", ReadableFiles.folderProblem(dir.resolve("absent")));
    }

    @Test
    void aFileWithoutReadPermissionIsUnreadable() throws IOException {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root reads every file");
        Path file = Files.writeString(dir.resolve("secret"), "s");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("-w-------"));

        assertEquals("cannot be read: permission denied", ReadableFiles.problem(file));
    }
}
