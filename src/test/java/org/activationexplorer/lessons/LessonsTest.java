package org.activationexplorer.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.activationexplorer.activation.Sharing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonsTest {
    private static final String MINIMAL = """
            {"format": "activation-explorer-lesson", "id": "mine", "title": "My lesson",
             "settings": {"activation": "tanh"},
             "card": {"look_for": "the curve", "questions": ["why?"], "next": "nothing"}}""";

    @Test
    void atLeastEightLessonsAreBundledAndEachIsValid() {
        List<Lesson> lessons = Lessons.bundled();
        assertTrue(lessons.size() >= 8, "lessons: " + lessons.size());
        for (Lesson l : lessons) {
            assertTrue(l.settings().problems().isEmpty(), l.id());
            assertTrue(l.card().questions().size() >= 2 && l.card().questions().size() <= 3, l.id() + " questions");
            assertFalse(l.title().isBlank());
        }
        assertEquals(lessons.size(), lessons.stream().map(Lesson::id).distinct().count(), "ids are unique");
    }

    @Test
    void aMinimalLessonTakesItsSettingsAndTheDefaultsForTheRest() throws Exception {
        Lesson l = Lessons.parse(MINIMAL, "test");
        assertEquals("tanh", l.settings().activation().family());
        assertEquals(Sharing.LAYER, l.settings().activation().sharing());
        assertEquals(List.of(256, 256), l.settings().hidden());
        assertEquals(0, l.view().speed());
        assertEquals(List.of("why?"), l.card().questions());
    }

    @Test
    void everyKindOfMistakeNamesItsField() {
        String[][] cases = {
            {MINIMAL.replace("\"tanh\"", "\"tanhh\""), "settings"},
            {MINIMAL.replace("{\"activation\": \"tanh\"}", "{\"activation\": \"tanh\", \"lr\": -1}"), "settings"},
            {MINIMAL.replace("{\"activation\": \"tanh\"}", "{\"activation\": \"tanh\", \"lr\": \"fast\"}"), "settings.lr"},
            {MINIMAL.replace("\"title\"", "\"titel\""), "titel"},
            {MINIMAL.replace("[\"why?\"]", "\"why?\""), "card.questions"},
            {MINIMAL.replace("[\"why?\"]", "[]"), "card.questions"},
            {MINIMAL.replace("\"id\": \"mine\"", "\"id\": \"My Lesson!\""), "id"},
            {MINIMAL.replace("\"card\"", "\"view\": {\"hide\": [\"everything\"]}, \"card\""), "view.hide"},
            {MINIMAL.replace("\"card\"", "\"view\": {\"speed\": 1000}, \"card\""), "view.speed"},
            {MINIMAL.replace("activation-explorer-lesson", "something-else"), "format"},
            {"[1, 2]", "lesson"},
            {"{\"format\": ", "JSON"},
        };
        for (String[] c : cases) {
            LessonFormatException e = assertThrows(LessonFormatException.class, () -> Lessons.parse(c[0], "test"), c[1]);
            assertTrue(e.getMessage().contains(c[1]), c[1] + " named in: " + e.getMessage());
            assertTrue(e.getMessage().startsWith("test"), "the source is named");
        }
    }

    @Test
    void aTeachersFileIsReadAndAHugeOrMissingOneIsRefusedByName(@TempDir Path dir) throws Exception {
        Path mine = dir.resolve("mine.json");
        Files.writeString(mine, MINIMAL);
        assertEquals("mine", Lessons.load(mine).id());
        Path huge = dir.resolve("huge.json");
        Files.write(huge, new byte[Lessons.MAX_BYTES + 1]);
        assertTrue(assertThrows(LessonFormatException.class, () -> Lessons.load(huge)).getMessage().contains("huge.json"));
        Path missing = dir.resolve("missing.json");
        assertTrue(assertThrows(LessonFormatException.class, () -> Lessons.load(missing)).getMessage()
                .contains("missing.json"));
        assertThrows(LessonFormatException.class, () -> Lessons.bundled("no-such-lesson"));
    }
}
