package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad dictionaries --coverage} as a user runs it: on the built-in dictionaries and on a directory of their own. */
class DictionariesCoverageTest {
    @TempDir
    Path dir;

    /** The report's line that starts with {@code prefix}. */
    private static String line(String out, String prefix) {
        return Arrays.stream(out.split("\n")).filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line '" + prefix + "...' in:\n" + out));
    }

    @Test
    void theBuiltInVocabularyGivesEveryCameoCodeItsWords() {
        CodeCommandTest.Run run = CodeCommandTest.run("dictionaries", "--coverage", "--date", "2025-06-01");
        assertEquals(0, run.exit(), run.err());
        assertEquals("CAMEO codes with no words: 0", line(run.out(), "CAMEO codes with no words"));
        assertEquals("CAMEO codes with fewer than 3 words: 0", line(run.out(), "CAMEO codes with fewer than 3 words"));
        // A code's line counts its words; the root line sums its codes.
        String fight = line(run.out(), "  190 ");
        assertTrue(Integer.parseInt(fight.trim().split("\\s+")[1]) >= 3, fight);
        // Offices are read on --date: the built-in people.tsv knows who governs the United States and Russia then.
        assertTrue(line(run.out(), "  USA ").endsWith("yes"), line(run.out(), "  USA "));
        assertTrue(line(run.out(), "  RUS ").endsWith("yes"), line(run.out(), "  RUS "));
        String headless = line(run.out(), "countries with no head of government known on 2025-06-01");
        assertTrue(!headless.contains(" USA") && !headless.contains(" RUS"), headless);
    }

    @Test
    void aSmallDictionaryOfTheUsersOwnListsWhatItLacks() throws IOException {
        Files.writeString(dir.resolve("Tiny.actors.txt"), """
                FRANCE_  [FRA]
                FRENCH_  [FRA]
                FRENCH_ARMY_  [FRAMIL]
                JEAN_DUPONT_
                	[FRAGOV 200101-221231]
                """);
        Files.writeString(dir.resolve("Tiny.verbs.txt"), """
                ---  CRITICIZE   [111]  ---
                CRITICIZE
                CONDEMN
                DENOUNCE

                ---  MEET   [040]  ---
                MEET
                """);
        CodeCommandTest.Run run = CodeCommandTest.run("dictionaries", "--coverage", "--date", "2021-06-01",
                "--dictionaries", dir.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> none = Arrays.asList(line(run.out(), "CAMEO codes with no words").split("\\s+"));
        assertTrue(none.contains("0211") && none.contains("190") && none.contains("1823"), "missing codes listed: " + none);
        assertTrue(!none.contains("111") && !none.contains("040"), "111 and 040 have words: " + none);
        List<String> few = Arrays.asList(line(run.out(), "CAMEO codes with fewer than 3 words").split("\\s+"));
        assertTrue(few.contains("040") && !few.contains("111"), "one word for 040, three for 111: " + few);
        // France: two names, one institution, one person, who governed on 2021-06-01 but not in 2024.
        String france = line(run.out(), "  FRA ");
        assertEquals(List.of("FRA", "France", "2", "1", "1", "yes"), List.of(france.trim().split("\\s+")), france);
        assertTrue(line(run.out(), "  KEN ").trim().endsWith("0     0     0  -"), line(run.out(), "  KEN "));
        CodeCommandTest.Run later = CodeCommandTest.run("dictionaries", "--coverage", "--date", "2024-06-01",
                "--dictionaries", dir.toString());
        assertTrue(line(later.out(), "countries with no head of government").contains(" FRA"), later.out());
    }

    @Test
    void withoutDirectoryOrCoverageItSaysWhatItNeeds() {
        CodeCommandTest.Run run = CodeCommandTest.run("dictionaries");
        assertTrue(run.exit() != 0);
        assertTrue(run.err().contains("--coverage"), run.err());
    }
}
