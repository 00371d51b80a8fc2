package org.dyad.core.dictionary.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.dictionary.ActorEntry;
import org.junit.jupiter.api.Test;

class PetrarchDictionariesTest {
    @Test
    void filesAreFoundByName() {
        assertEquals(PetrarchDictionaries.Kind.ACTORS, PetrarchDictionaries.kind("Phoenix.Countries.actors.txt"));
        assertEquals(PetrarchDictionaries.Kind.AGENTS, PetrarchDictionaries.kind("PETR.Validate.agents.txt"));
        assertEquals(PetrarchDictionaries.Kind.DISCARDS, PetrarchDictionaries.kind("Phoenix.discards.txt"));
        assertEquals(PetrarchDictionaries.Kind.ISSUES, PetrarchDictionaries.kind("Phoenix.IssueCoding.txt"));
        assertEquals(PetrarchDictionaries.Kind.VERBS, PetrarchDictionaries.kind("CAMEO.2.0.txt"));
        assertEquals(PetrarchDictionaries.Kind.VERBS, PetrarchDictionaries.kind("PETR.Validate.verbs.txt"));
        assertEquals(null, PetrarchDictionaries.kind("PETR.UnitTest.records.xml"));
        assertEquals(null, PetrarchDictionaries.kind("LICENSE"));
    }

    @Test
    void thePhoenixSetLoadsWithCountsReported() {
        // Load time is a benchmark figure (docs/BENCHMARKS.md, `dyad dictionaries`), not a test assertion.
        PetrarchDictionaries.Loaded loaded = PetrarchDictionaries.load(SharedPetrarch.dir(), SharedPetrarch::phoenix);

        LoadReport r = loaded.report();
        assertEquals(7, r.count("files"));
        assertTrue(r.count("actors.phrases") > 30_000, "actor phrases: " + r.count("actors.phrases"));
        assertTrue(r.count("agents.phrases") > 2_000);
        assertTrue(loaded.verbs().size() > 10_000, "verb patterns: " + loaded.verbs().size());
        assertTrue(loaded.discards().size() > 400);
        assertTrue(loaded.issues().size() > 2_500);

        // Actors and agents end up in one dictionary, as Dyad's built-in ones do.
        List<ActorEntry> ban = loaded.actors().lookup("bankimoon");
        assertTrue(ban.stream().anyMatch(e -> "IGOUNO".equals(e.codeOn(LocalDate.of(2010, 1, 1)))),
                "[IGOUNO >20070101] in Phoenix.International");
        assertTrue(loaded.actors().lookup("government").stream().anyMatch(e -> "GOV".equals(e.code())));
        assertTrue(loaded.verbs().isVerb("threaten"));

        // Unmapped constructs carry file and line; the validation files were left out by the filter.
        assertTrue(r.unmapped().size() > 0);
        assertTrue(r.unmapped().stream().allMatch(u -> u.line() > 0 && !u.file().startsWith("PETR.")));
        assertTrue(r.unmapped().size() < r.count("verbs.pattern lines") / 10, r.summary());
    }
}
