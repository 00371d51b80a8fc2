package org.dyad.core.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dyad.core.dictionary.ActorDictionary;
import org.dyad.core.dictionary.ActorEntry;
import org.dyad.core.dictionary.ActorEntry.Kind;
import org.dyad.core.dictionary.ActorEntry.Tenure;
import org.dyad.core.dictionary.Gazetteer;
import org.dyad.core.dictionary.VerbDictionary;
import org.dyad.core.model.AnnotatedSentence;
import org.dyad.core.ontology.CameoCatalog;
import org.dyad.core.ontology.PloverMapping;
import org.junit.jupiter.api.Test;

/**
 * Sentences that name parties but report no political act between them, or name a thing or a victim where the actor
 * would stand: interviews by news outlets, free relatives of description, harm verbs without their auxiliary,
 * journeys inside one country, and the parties of a noun's "between" phrase.
 */
class NonPoliticalActsTest {
    static final LocalDate STORY = LocalDate.of(2024, 6, 3);

    static final ActorDictionary ACTORS = ActorDictionary.of(List.of(
            new ActorEntry("Gondor", false, Kind.COUNTRY, "GON", List.of()),
            new ActorEntry("Rohan", false, Kind.COUNTRY, "ROH", List.of()),
            new ActorEntry("Edoras", false, Kind.COUNTRY, "ROH", List.of()),
            new ActorEntry("Aldburg", false, Kind.COUNTRY, "ROH", List.of()),
            new ActorEntry("Minas Herald", false, Kind.ORGANISATION, "GONMED", List.of()),
            new ActorEntry("Aragorn", false, Kind.PERSON, "GONGOV", List.of(
                    new Tenure("GON", "GOV", LocalDate.of(2000, 1, 1), null, "King"))),
            new ActorEntry("Theoden", false, Kind.PERSON, "ROHGOV", List.of(
                    new Tenure("ROH", "GOV", LocalDate.of(2000, 1, 1), null, "King")))));

    static final VerbDictionary VERBS = VerbDictionary.read("test-verbs", new ByteArrayInputStream(String.join("\n",
            "speak\tV\t\t040",
            "criticize\tV\t\t111",
            "kill\tV\t\t190",
            "travel\tV\tobl:to=*\t042\t036",
            "clash\tN\t\t190",
            "announce\tV\tobj=sanction\t163").getBytes(StandardCharsets.UTF_8)));

    static final EventCoder CODER = new EventCoder(VERBS, CameoCatalog.builtIn(), PloverMapping.builtIn(), Gazetteer.builtIn());
    static final ActorCoder ACTOR_CODER = new ActorCoder(ACTORS);

    static List<String> code(String conll) {
        AnnotatedSentence s = HandParse.parse(conll);
        return CODER.code("doc", STORY, s, ACTOR_CODER.mentions(s.tokens(), STORY)).stream()
                .map(e -> e.source().code() + ">" + (e.target() == null ? "-" : e.target().code()) + " "
                        + e.cameo().code()).toList();
    }

    @Test
    void anOutletSpeakingWithAPartyIsAnInterview() {
        assertEquals(List.of(), code("""
                1 The     the     DT  3 det
                2 Minas   Minas   NNP 3 compound
                3 Herald  Herald  NNP 4 nsubj
                4 spoke   speak   VBD 0 root
                5 with    with    IN  6 case
                6 Rohan   Rohan   NNP 4 obl:with
                """));
        // Talking is joint: each side speaks with the other.
        assertEquals(List.of("GON>ROH 040", "ROH>GON 040"), code("""
                1 Gondor  Gondor  NNP 2 nsubj
                2 spoke   speak   VBD 0 root
                3 with    with    IN  4 case
                4 Rohan   Rohan   NNP 2 obl:with
                """));
    }

    @Test
    void whatAPartyDescribesNamesAThing() {
        // "Gondor seized what Rohan criticized": the relative names the thing seized; no criticism is reported.
        assertEquals(List.of(), code("""
                1 Gondor     Gondor     NNP 2 nsubj
                2 seized     seize      VBD 0 root
                3 what       what       WP  5 obj
                4 Rohan      Rohan      NNP 5 nsubj
                5 criticized criticize  VBD 2 ccomp
                """));
        assertEquals(List.of("ROH>GON 111"), code("""
                1 Rohan      Rohan      NNP 2 nsubj
                2 criticized criticize  VBD 0 root
                3 Gondor     Gondor     NNP 2 obj
                """));
    }

    @Test
    void aHarmVerbWithoutObjectOrAuxiliaryHasItsVictimAsSubject() {
        // Headline style: "Gondorian soldiers killed in Rohan" reports who died, not whom they killed.
        assertEquals(List.of(), code("""
                1 Gondor    Gondor    NNP 2 compound
                2 soldiers  soldier   NNS 3 nsubj
                3 killed    kill      VBD 0 root
                4 in        in        IN  5 case
                5 Rohan     Rohan     NNP 3 obl:in
                """));
        assertEquals(List.of("GON>ROH 190"), code("""
                1 Gondor    Gondor    NNP 2 nsubj
                2 killed    kill      VBD 0 root
                3 Rohan     Rohan     NNP 2 obj
                """));
    }

    @Test
    void aJourneyBetweenTwoPlacesOfOneCountryIsNoVisit() {
        assertEquals(List.of(), code("""
                1 Aragorn   Aragorn   NNP 2 nsubj
                2 traveled  travel    VBD 0 root
                3 from      from      IN  4 case
                4 Aldburg   Aldburg   NNP 2 obl:from
                5 to        to        IN  6 case
                6 Edoras    Edoras    NNP 2 obl:to
                """));
        assertEquals(List.of("GONGOV>ROH 042"), code("""
                1 Aragorn   Aragorn   NNP 2 nsubj
                2 traveled  travel    VBD 0 root
                3 to        to        IN  4 case
                4 Edoras    Edoras    NNP 2 obl:to
                """));
    }

    @Test
    void theClashBetweenTwoLeadersIsTheirsAndVerbal() {
        // "Gondor left after the clash between Aragorn and Theoden": the clash is the two leaders' dispute, not an
        // assault by the clause's subject.
        assertEquals(List.of("GONGOV>ROHGOV 111", "ROHGOV>GONGOV 111"), code("""
                1 Gondor   Gondor   NNP 2 nsubj
                2 left     leave    VBD 0 root
                3 after    after    IN  5 case
                4 the      the      DT  5 det
                5 clash    clash    NN  2 obl:after
                6 between  between  IN  7 case
                7 Aragorn  Aragorn  NNP 5 nmod:between
                8 and      and      CC  9 cc
                9 Theoden  Theoden  NNP 7 conj:and 5:nmod:between
                """));
        assertEquals(List.of("GON>ROH 190", "ROH>GON 190"), code("""
                1 Aragorn  Aragorn  NNP 2 nsubj
                2 left     leave    VBD 0 root
                3 after    after    IN  5 case
                4 the      the      DT  5 det
                5 clash    clash    NN  2 obl:after
                6 between  between  IN  7 case
                7 Gondor   Gondor   NNP 5 nmod:between
                8 and      and      CC  9 cc
                9 Rohan    Rohan    NNP 7 conj:and 5:nmod:between
                """));
    }

    @Test
    void aGerundInAPrepositionalPhraseIsDoneByTheClauseSubject() {
        // "In announcing the sanctions on Rohan, Aragorn said ...": who announces is who says (the source is
        // checked; the target comes from the pattern's phrases, not this rule).
        List<String> events = code("""
                1 In          in          IN  2 case
                2 announcing  announce    VBG 8 obl:in
                3 the         the         DT  4 det
                4 sanctions   sanction    NNS 2 obj
                5 on          on          IN  6 case
                6 Rohan       Rohan       NNP 4 nmod:on
                7 Aragorn     Aragorn     NNP 8 nsubj
                8 said        say         VBD 0 root
                """);
        assertEquals(1, events.size());
        assertEquals("GONGOV", events.get(0).substring(0, events.get(0).indexOf('>')));
    }
}
