package org.dyad.core.dictionary.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.core.dictionary.ActorEntry;
import org.dyad.core.dictionary.ActorEntry.Kind;
import org.junit.jupiter.api.Test;

class PetrarchAgentReaderTest {
    private static Set<String> phrases(List<ActorEntry> entries, String role) {
        return entries.stream().filter(e -> e.code().equals(role)).map(ActorEntry::phrase).collect(Collectors.toSet());
    }

    @Test
    void roleWordsPluralsAndSubstitutions() {
        LoadReport.Builder report = new LoadReport.Builder();
        List<ActorEntry> entries = PetrarchAgentReader.read("test.agents.txt", """
                !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
                ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV] # mj 05 Jan 2006
                TROOPS {}  [~MIL]
                POLICE {} [ ~COP] # JON 2/8/95
                CONGRESS!PERSON! [~LEG]
                HUMAN_RIGHTS_BODY  [NGO~] # BNL 07 Dec 2001
                ISLAMIC_EXTREMIST
                """, report);
        assertTrue(entries.stream().allMatch(e -> e.kind() == Kind.AGENT));
        assertEquals(Set.of("ATTORNEY GENERAL", "ATTORNEYS GENERAL"), phrases(entries, "GOV"));
        assertEquals(Set.of("TROOPS"), phrases(entries, "MIL"), "{} adds no plural");
        assertEquals(Set.of("POLICE"), phrases(entries, "COP"));
        assertTrue(entries.stream().filter(e -> e.code().equals("COP") || e.code().equals("GOV")).allMatch(ActorEntry::asWritten),
                "braces list every form: 'polices' is not found by its lemma");
        assertTrue(entries.stream().filter(e -> e.code().equals("LEG")).noneMatch(ActorEntry::asWritten));
        assertEquals(Set.of("CONGRESSMAN", "CONGRESSMEN", "CONGRESSWOMAN", "CONGRESSWOMEN", "CONGRESSPERSON"),
                phrases(entries, "LEG"));
        assertEquals(Set.of("HUMAN RIGHTS BODY"), phrases(entries, "NGO~"), "NGO~ is kept as a prefix role: MSF Arnor -> NGOARN");
        LoadReport r = report.build();
        assertEquals(0, r.approximated().size(), "a prefix role is read as it is written, not approximated");
        assertEquals(7, r.unmapped().get(0).line(), "an agent without a code is reported");
    }

    @Test
    void phoenixAgentsIncludeIrregularPlurals() {
        LoadReport.Builder report = new LoadReport.Builder();
        List<ActorEntry> entries = PetrarchAgentReader.read(SharedPetrarch.file("Phoenix.agents.txt"), report);
        assertTrue(entries.size() > 2_000, "agent phrases: " + entries.size());
        assertTrue(phrases(entries, "BUS").contains("CHAMBERS OF COMMERCE"), "{CHAMBERS_OF_COMMERCE}");
        assertTrue(phrases(entries, "COP").contains("GENDARMERIE"), "{GENDARMERIE}");
        assertTrue(phrases(entries, "AGR").contains("CATTLEMEN"), "CATTLE!PERSON!");
        assertTrue(report.build().unmapped().stream()
                .anyMatch(u -> u.file().equals("Phoenix.agents.txt") && u.text().contains("[~ENV}")),
                "the malformed [~ENV} line is reported");
    }
}
