package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad evaluate} as a researcher runs it on a gold file of their own. */
class EvaluateCommandTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static String lastLine(String out) {
        List<String> lines = out.lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    @Test
    void ploverGoldIsCodedFromItsOwnSentencesAndEachMissShowsWhatDyadCodedInstead() throws IOException {
        Path gold = write("plover.json", """
                [{"id": "s1", "date": "2021-12-28", "text": "Russian troops attacked Ukrainian positions near Kharkiv on Monday.",
                  "event": "ASSAULT", "source": "Russian troops", "target": "Ukrainian positions"},
                 {"id": "s2", "date": "2021-12-28", "text": "The United States accused China of stealing trade secrets.",
                  "event": "ACCUSE", "source": "The United States", "target": "China"},
                 {"id": "s3", "date": "2021-12-28", "text": "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris.",
                  "event": "REJECT", "source": "Scholz", "target": "Macron"},
                 {"id": "s4", "date": "2021-12-28", "text": "The weather in Lisbon was mild on Tuesday.", "event": null}]
                """);
        CodeCommandTest.Run run = CodeCommandTest.run("evaluate", "--threads", "1", "--quiet", "--by-label",
                "--misses", "5", gold.toString());
        assertEquals(0, run.exit(), run.err());
        // s3's label is not what the sentence says: the one miss, and Dyad's meeting is shown beside it.
        assertTrue(lastLine(run.out()).endsWith(": 4 records, 3 gold events; label recall 0.667; full recall 0.667;"
                + " false alarms 0/1 no-event records"), run.out());
        assertTrue(run.out().contains("  REJECT        1 gold  label 0.00  full 0.00\n"), run.out());
        assertTrue(run.out().contains("  miss s3  REJECT: Scholz -> Macron\n"
                + "       sentence  German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris.\n"
                + "       coded     German Chancellor Olaf Scholz [DEUGOV] | 040 CONSULT | French President Emmanuel Macron [FRAGOV] | asserted\n"),
                run.out());
        assertFalse(run.out().contains("miss s1"), run.out());
    }

    @Test
    void commonGoldScoresTheInputItIsGivenAndTheSavedEventsScoreTheSame() throws IOException {
        Path gold = write("gold.json", """
                [{"id": "a", "events": [{"source": "The United States", "target": "China", "cameo": null, "plover": null,
                                          "pentaclass": "3"}]},
                 {"id": "b", "events": [{"source": "Russian troops", "target": null, "cameo": "19", "plover": null,
                                          "pentaclass": null}]},
                 {"id": "c", "events": [{"source": "Japan", "target": "Bangladesh", "cameo": null, "plover": null,
                                          "pentaclass": "2"}]}]
                """);
        Path input = write("input.jsonl", """
                {"id": "a", "date": "2021-12-28", "text": "The United States accused China of stealing trade secrets."}
                {"id": "b", "date": "2021-12-28", "text": "Russian troops attacked Ukrainian positions near Kharkiv on Monday."}
                """);
        Path saved = dir.resolve("events.jsonl");
        CodeCommandTest.Run coded = CodeCommandTest.run("evaluate", "--threads", "1", "--quiet", "--save-events",
                saved.toString(), gold.toString(), input.toString());
        assertEquals(0, coded.exit(), coded.err());
        assertTrue(lastLine(coded.out()).endsWith(": 3 records, 3 gold events; label recall 0.667; full recall 0.667"),
                coded.out());
        assertTrue(coded.err().contains("warning: 1 of 3 gold records were not coded"), coded.err());

        CodeCommandTest.Run rescored = CodeCommandTest.run("evaluate", "--events", saved.toString(), gold.toString());
        assertEquals(0, rescored.exit(), rescored.err());
        assertEquals(coded.out(), rescored.out());
    }

    @Test
    void petrarchXmlGoldComparesActorCodesByTheirRoot() throws IOException {
        Path gold = write("records.xml", """
                <Sentences>
                <Sentence date="20211228" id="x1" category="TEST">
                <EventCoding sourcecode="USAGOV" targetcode="CHN" eventcode="112"/>
                <Text>The United States accused China of stealing trade secrets.</Text>
                </Sentence>
                <Sentence date="20211228" id="x2" category="TEST">
                <EventCoding sourcecode="RUSMIL" targetcode="UKR" eventcode="190"/>
                <Text>Russian troops attacked
                  Ukrainian positions near Kharkiv on Monday.</Text>
                </Sentence>
                </Sentences>
                """);
        CodeCommandTest.Run run = CodeCommandTest.run("evaluate", "--threads", "1", "--quiet", gold.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(lastLine(run.out()).endsWith(": 2 records, 2 gold events; label recall 1.000; full recall 1.000"),
                run.out());
    }

    @Test
    void aBadCommandLineOrGoldFileIsOneLineAndExitTwo() throws IOException {
        Path common = write("gold.json", "[{\"id\": \"a\", \"events\": []}]");
        Path bad = write("bad.json", "[{\"id\": \"a\", \"events\": []},\n {\"id\": \"b\", \"events\": [}\n]");
        Path events = write("events.jsonl", "");
        for (String[] args : List.of(
                new String[] {"evaluate", bad.toString(), "--events", events.toString()},
                new String[] {"evaluate", dir.resolve("nope.json").toString(), "--events", events.toString()},
                new String[] {"evaluate", common.toString()},
                new String[] {"evaluate", common.toString(), "x.jsonl", "--events", events.toString()},
                new String[] {"evaluate", common.toString(), "--events", dir.resolve("none.jsonl").toString()},
                new String[] {"evaluate", common.toString(), "--misses", "many"})) {
            CodeCommandTest.Run run = CodeCommandTest.run(args);
            assertEquals(2, run.exit(), String.join(" ", args) + "\n" + run.err());
            assertEquals("", run.out());
            assertTrue(run.err().startsWith("dyad: "), run.err());
            assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        }
        CodeCommandTest.Run run = CodeCommandTest.run("evaluate", bad.toString(), "--events", events.toString());
        assertTrue(run.err().startsWith("dyad: " + bad + ":2: bad JSON: "), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertFalse(run.err().contains("[Source"), "none of the parser's internals: " + run.err());
        run = CodeCommandTest.run("evaluate", common.toString());
        assertTrue(run.err().contains(common + " (the common gold format of shared/eval) holds no sentences"), run.err());
    }
}
