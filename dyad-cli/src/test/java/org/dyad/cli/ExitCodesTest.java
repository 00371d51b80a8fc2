package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exit codes README promises: 2 for a command line a user must correct (a bad option value is refused while
 * the command line is read, naming the option), 3 for a job that could not run (the store would not open, a
 * query failed, a file could not be read). 0 and 1 are tested where documents are coded (CodeCommandTest).
 */
class ExitCodesTest {
    @TempDir
    Path dir;

    @Test
    void aBadDateModalityOrCameoCodeIsAUsageErrorNamingTheOption() {
        List<List<String>> wrong = List.of(
                List.of("events", "--from", "2021-13-45"),
                List.of("events", "--to", "yesterday"),
                List.of("events", "--modality", "rumoured"),
                List.of("events", "--cameo", "threaten"),
                List.of("export", "--from", "1/2/2021"),
                List.of("export", "--modality", "maybe"),
                List.of("explain", "--date", "28/12/2021", "Russia attacked Ukraine."),
                List.of("ingest", "--date", "2021-02-30", "x.txt"),
                List.of("code", "--date", "28/12/2021", "x.txt"));
        for (List<String> args : wrong) {
            CodeCommandTest.Run run = CodeCommandTest.run(args.toArray(String[]::new));
            assertEquals(Main.USAGE, run.exit(), args + ": " + run.err());
            String option = args.get(1);
            assertTrue(run.err().startsWith("dyad: ") && run.err().contains(option), args + ": " + run.err());
            assertFalse(run.err().contains("\tat "), run.err());
        }
    }

    @Test
    void aStoreThatWillNotOpenExits3() throws IOException {
        Path notAStore = Files.writeString(dir.resolve("notes.duckdb"), "not a database, just some words\n");
        for (List<String> command : List.of(List.of("events"), List.of("series", "--dyad", "USA:CHN"), List.of("actors"))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of("--db", notAStore.toString()));
            CodeCommandTest.Run run = CodeCommandTest.run(args.toArray(String[]::new));
            assertEquals(Main.CANNOT_RUN, run.exit(), command + ": " + run.err());
            assertTrue(run.err().startsWith("dyad: error: --db "), command + ": " + run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
        }
    }

    @Test
    void aFailedSqlQueryExits3() throws Exception {
        Path db = dir.resolve("empty.duckdb");
        EventStore.open(db).close();
        CodeCommandTest.Run run = CodeCommandTest.run("sql", "--db", db.toString(), "SELECT no_such_column FROM events");
        assertEquals(Main.CANNOT_RUN, run.exit(), run.err());
        assertTrue(run.err().startsWith("dyad: error: sql: "), run.err());
    }

    @Test
    void aFileThatCannotBeReadExits3() throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.json"), "[{\"id\": \"a\", \"events\": []}]");
        Path folder = Files.createDirectory(dir.resolve("events.jsonl"));
        CodeCommandTest.Run run = CodeCommandTest.run("evaluate", "--events", folder.toString(), gold.toString());
        assertEquals(Main.CANNOT_RUN, run.exit(), run.err());
        assertTrue(run.err().startsWith("dyad: error: "), run.err());
    }
}
