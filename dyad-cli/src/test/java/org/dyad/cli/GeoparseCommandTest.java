package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.core.geo.GeoNames;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad geoparse}: the coding run with geoparsing as its step, so its inputs fail as {@code dyad code}'s do. */
class GeoparseCommandTest {
    @TempDir
    Path dir;

    @Test
    void toponymsComeInInputOrderAndABadLineCostsOneLineOfItsOwn() throws IOException {
        Assumptions.assumeTrue(GeoNames.present(GeoNames.defaultDir()),
                "no GeoNames gazetteer in " + GeoNames.defaultDir() + " (run scripts/fetch-geonames)");
        Path input = Files.writeString(dir.resolve("stories.jsonl"),
                "{\"id\": \"a\", \"text\": \"Fishermen were rescued off Halifax, Nova Scotia.\"}\n"
                        + "{\"id\": \"b\", \"text\": unquoted}\n"
                        + "{\"id\": \"c\", \"text\": \"Flooding closed roads near Goma on Sunday.\"}\n"
                        + "{\"id\": \"d\"}\n");
        CodeCommandTest.Run run = CodeCommandTest.run("geoparse", "--threads", "2", input.toString());

        assertEquals(Main.SOME_INPUT_FAILED, run.exit(), run.err());
        List<JsonNode> toponyms = run.events();
        assertEquals(List.of("a", "c"), toponyms.stream().map(t -> t.get("doc").asText()).distinct().toList(), run.out());
        JsonNode halifax = toponyms.get(0);
        assertEquals("Halifax", halifax.get("name").asText());
        assertEquals("Fishermen were rescued off Halifax".length() - "Halifax".length(), halifax.get("start").asInt());
        assertEquals("CAN", halifax.get("country").asText());
        assertTrue(toponyms.stream().anyMatch(t -> t.get("name").asText().equals("Goma")
                && t.get("country").asText().equals("COD")), run.out());
        List<String> errors = run.err().lines().filter(l -> l.contains(": error: ")).toList();
        assertEquals(2, errors.size(), run.err());
        assertTrue(errors.get(0).startsWith(input + ":2: error: not a JSON record"), run.err());
        assertTrue(errors.get(1).startsWith(input + ":4: error: a JSONL record needs \"id\" and \"text\""), run.err());
    }
}
