package org.dyad.core.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dyad.core.dictionary.ActorEntry.Kind;
import org.dyad.core.dictionary.ActorEntry.Tenure;
import org.dyad.core.ontology.CameoCatalog;
import org.junit.jupiter.api.Test;

class CoverageTest {
    static final ActorDictionary WORLD = ActorDictionary.of(List.of(
            new ActorEntry("Chile", false, Kind.COUNTRY, "CHL", List.of()),
            new ActorEntry("Nepal", false, Kind.COUNTRY, "NPL", List.of())));

    static final List<Tenure> PRIME_MINISTER = List.of(
            new Tenure("CHL", "GOV", LocalDate.of(2010, 3, 11), LocalDate.of(2014, 3, 11), "Foreign Minister"),
            new Tenure("CHL", "GOV", LocalDate.of(2018, 3, 11), LocalDate.of(2022, 3, 11), "President of the Republic"));

    static final ActorDictionary ACTORS = ActorDictionary.of(List.of(
            new ActorEntry("Chile", false, Kind.COUNTRY, "CHL", List.of()),
            new ActorEntry("Chilean", false, Kind.COUNTRY, "CHL", List.of()),
            new ActorEntry("Santiago", false, Kind.METONYM, "CHLGOV", List.of()),
            new ActorEntry("Carabineros", false, Kind.ORGANISATION, "CHLCOP", List.of()),
            new ActorEntry("official", false, Kind.AGENT, "GOV", List.of()),
            // one person, two names: counted once
            new ActorEntry("Ana Rojas", false, Kind.PERSON, "CHLGOV", PRIME_MINISTER),
            new ActorEntry("Rojas", false, Kind.PERSON, "CHLGOV", PRIME_MINISTER),
            new ActorEntry("Luis Vera", false, Kind.PERSON, "CHLGOV", List.of(
                    new Tenure("CHL", "GOV", LocalDate.of(2019, 1, 1), null, "Deputy Prime Minister")))));

    static final VerbDictionary VERBS = VerbDictionary.read("test-verbs", new ByteArrayInputStream(String.join("\n",
            "criticize\tV\t\t111",
            "condemn\tV\t\t111",
            "denounce\tV\t\t111",
            "accuse\tV\t\t112",
            "meet\tV\t\t040\t036").getBytes(StandardCharsets.UTF_8)));

    static Coverage coverage(LocalDate day) {
        return Coverage.of(ACTORS, VERBS, CameoCatalog.builtIn(), WORLD, day);
    }

    @Test
    void countsPerCountryNamesInstitutionsAndPeopleOnce() {
        Coverage.Country chile = coverage(LocalDate.of(2020, 1, 1)).countries().get(0);
        assertEquals(new Coverage.Country("CHL", "Chile", 3, 1, 2, true), chile);
        assertEquals(new Coverage.Country("NPL", "Nepal", 0, 0, 0, false), coverage(LocalDate.of(2020, 1, 1)).countries().get(1));
    }

    @Test
    void aHeadOfGovernmentCountsOnlyInsideTheTermAndADeputyNever() {
        assertTrue(coverage(LocalDate.of(2020, 1, 1)).countries().get(0).headOfGovernment());
        // 2012: she was foreign minister; 2024: out of office; the deputy prime minister heads nothing.
        assertFalse(coverage(LocalDate.of(2012, 1, 1)).countries().get(0).headOfGovernment());
        assertEquals(List.of("CHL", "NPL"), coverage(LocalDate.of(2024, 1, 1)).countriesWithoutHeadOfGovernment().stream()
                .map(Coverage.Country::code).toList());
    }

    @Test
    void countsWordsPerCameoCodeAndListsTheCodesWithoutThem() {
        Coverage c = coverage(LocalDate.of(2020, 1, 1));
        Coverage.Code criticize = c.codes().stream().filter(k -> k.code().code().equals("111")).findFirst().orElseThrow();
        assertEquals(3, criticize.words());
        Coverage.Code root = c.codes().stream().filter(k -> k.code().code().equals("11")).findFirst().orElseThrow();
        assertEquals(4, root.words(), "a root sums its codes");
        Coverage.Code intent = c.codes().stream().filter(k -> k.code().code().equals("036")).findFirst().orElseThrow();
        assertEquals(0, intent.words());
        assertEquals(1, intent.planned());
        List<String> none = c.codesWithoutWords().stream().map(k -> k.code().code()).toList();
        assertTrue(none.contains("036") && none.contains("190") && none.contains("0211"), none.toString());
        assertFalse(none.contains("111") || none.contains("11"), "roots are not listed: " + none);
        List<String> few = c.codesWithFewWords().stream().map(k -> k.code().code()).toList();
        assertTrue(few.contains("040") && few.contains("112") && !few.contains("111"), few.toString());
    }

    @Test
    void theBuiltInVocabularyGivesEveryEventCodeAtLeastThreeWords() {
        Coverage c = Coverage.of(ActorDictionary.builtIn(), VerbDictionary.builtIn(), CameoCatalog.builtIn(),
                ActorDictionary.builtIn(), LocalDate.of(2025, 6, 1));
        assertEquals(List.of(), c.codesWithFewWords().stream().map(k -> k.code().code() + " (" + k.words() + ")").toList());
    }
}
