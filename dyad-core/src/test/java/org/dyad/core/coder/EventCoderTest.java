package org.dyad.core.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.dyad.core.dictionary.petrarch.LoadReport;
import org.dyad.core.dictionary.petrarch.PetrarchVerbReader;
import org.dyad.core.model.AnnotatedSentence;
import org.dyad.core.model.DateBasis;
import org.dyad.core.model.Event;
import org.dyad.core.model.Modality;
import org.dyad.core.model.Timex;
import org.dyad.core.ontology.CameoCatalog;
import org.dyad.core.ontology.PloverMapping;
import org.junit.jupiter.api.Test;

/**
 * The coder on sentences parsed by hand, so these examples hold whatever parser feeds it.
 * A small dictionary of its own keeps each example self-explanatory.
 */
class EventCoderTest {
    static final LocalDate STORY = LocalDate.of(2021, 12, 28);

    static final ActorDictionary ACTORS = ActorDictionary.of(List.of(
            new ActorEntry("Russia", false, Kind.COUNTRY, "RUS", List.of()),
            new ActorEntry("Russian", false, Kind.COUNTRY, "RUS", List.of()),
            new ActorEntry("Ukraine", false, Kind.COUNTRY, "UKR", List.of()),
            new ActorEntry("Ukrainian", false, Kind.COUNTRY, "UKR", List.of()),
            new ActorEntry("U.S.", false, Kind.COUNTRY, "USA", List.of()),
            new ActorEntry("NATO", false, Kind.ORGANISATION, "IGOWSTNAT", List.of()),
            new ActorEntry("official", false, Kind.AGENT, "GOV", List.of()),
            new ActorEntry("armed force", false, Kind.AGENT, "MIL", List.of()),
            new ActorEntry("separatist", false, Kind.AGENT, "REB", List.of()),
            new ActorEntry("Joe Biden", false, Kind.PERSON, "USAGOV", List.of(
                    new Tenure("USA", "GOV", LocalDate.of(2021, 1, 20), LocalDate.of(2025, 1, 20), "President"),
                    new Tenure("USA", "GOV", LocalDate.of(2009, 1, 20), LocalDate.of(2017, 1, 20), "Vice President")))));

    static final VerbDictionary VERBS = VerbDictionary.read("test-verbs", new ByteArrayInputStream(String.join("\n",
            "threaten\tV\txcomp=impose>obj=sanction\t1312",
            "threaten\tV\t\t130",
            "impose\tV\tobj=sanction\t163",
            "hold\tV\tobj=talk\t043\t036",
            "talk\tN\t\t043\t036",
            "assault\tN\t\t190",
            "attack\tV\t\t190",
            "meet\tV\t\t043\t036",
            "criticize\tV\t\t111",
            "refuse\tV\t\t120",
            "deploy\tV\tobj=troop\t154",
            "speak\tV\t\t040",
            "sanction\tV\t\t163").getBytes(StandardCharsets.UTF_8)));

    static final EventCoder CODER = new EventCoder(VERBS, CameoCatalog.builtIn(), PloverMapping.builtIn(), Gazetteer.builtIn());
    static final ActorCoder ACTOR_CODER = new ActorCoder(ACTORS);

    static List<Event> code(AnnotatedSentence s, LocalDate date) {
        return CODER.code("doc", date, s, ACTOR_CODER.mentions(s.tokens(), date));
    }

    static List<Event> code(AnnotatedSentence s) {
        return code(s, STORY);
    }

    static String dyad(Event e) {
        return e.source().code() + ">" + (e.target() == null ? "-" : e.target().code()) + " " + e.cameo().code()
                + " " + e.modality().label();
    }

    @Test
    void threatToImposeSanctionsIsOneThreatNotASanction() {
        // The U.S. has threatened to impose sanctions if Russia attacks Ukraine .
        AnnotatedSentence s = HandParse.parse("""
                1 The the DT 2 det
                2 U.S. U.S. NNP 4 nsubj 6:nsubj:xsubj
                3 has have VBZ 4 aux
                4 threatened threaten VBN 0 root
                5 to to TO 6 mark
                6 impose impose VB 4 xcomp
                7 sanctions sanction NNS 6 obj
                8 if if IN 10 mark
                9 Russia Russia NNP 10 nsubj
                10 attacks attack VBZ 6 advcl:if
                11 Ukraine Ukraine NNP 10 obj
                12 . . . 4 punct
                """);
        List<Event> events = code(s);
        assertEquals(List.of("USA>RUS 1312 asserted", "RUS>UKR 190 hypothetical"), events.stream().map(EventCoderTest::dyad).toList());
        assertEquals("THREATEN", events.get(0).plover().type());
        assertEquals(3, events.get(0).cameo().quadClass());
    }

    @Test
    void refusingEffortsToAttackIsTheRefusalAimedAtTheTarget() {
        // Russia refused efforts to attack Ukraine .
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 refused refuse VBD 0 root
                3 efforts effort NNS 2 obj
                4 to to TO 5 mark
                5 attack attack VB 2 xcomp
                6 Ukraine Ukraine NNP 5 obj
                7 . . . 2 punct
                """);
        assertEquals(List.of("RUS>UKR 120 asserted"), code(s).stream().map(EventCoderTest::dyad).toList());
    }

    @Test
    void aPurposeClauseNamesWhomTheActIsFor() {
        // Russia criticized the plan on Monday to arm Ukraine .
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 criticized criticize VBD 0 root
                3 the the DT 4 det
                4 plan plan NN 2 obj
                5 on on IN 6 case
                6 Monday Monday NNP 2 obl:on
                7 to to TO 8 mark
                8 arm arm VB 2 advcl:to
                9 Ukraine Ukraine NNP 8 obj
                10 . . . 2 punct
                """);
        assertEquals(List.of("RUS>UKR 111"), code(s).stream().map(e -> dyad(e).replaceAll(" [a-z]+$", "")).toList());
    }

    @Test
    void refusingToAttackIsANegatedAttack() {
        // Russia refused to attack Ukraine .
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 refused refuse VBD 0 root
                3 to to TO 4 mark
                4 attack attack VB 2 xcomp
                5 Ukraine Ukraine NNP 4 obj
                6 . . . 2 punct
                """);
        assertEquals(List.of("RUS>- 120 asserted", "RUS>UKR 190 negated"),
                code(s).stream().map(EventCoderTest::dyad).toList());
    }

    @Test
    void deniedPlansForAnAssaultAreNoAssault() {
        // Russia has denied plans for an assault on Ukraine .
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 3 nsubj
                2 has have VBZ 3 aux
                3 denied deny VBN 0 root
                4 plans plan NNS 3 obj
                5 for for IN 7 case
                6 an a DT 7 det
                7 assault assault NN 4 nmod:for
                8 on on IN 9 case
                9 Ukraine Ukraine NNP 7 nmod:on
                10 . . . 3 punct
                """);
        assertEquals(List.of("RUS>UKR 190 negated"), code(s).stream().map(EventCoderTest::dyad).toList());
    }

    @Test
    void whoCriticisesAnAttackDidNotAttack() {
        // NATO criticized the assault .
        AnnotatedSentence s = HandParse.parse("""
                1 NATO NATO NNP 2 nsubj
                2 criticized criticize VBD 0 root
                3 the the DT 4 det
                4 assault assault NN 2 obj
                5 . . . 2 punct
                """);
        // The criticism is NATO's; the assault is what it criticised (an uncoded target), not an act of NATO's.
        // An act is no party: the criticism has no target of its own.
        assertEquals(List.of("IGOWSTNAT>- 111 asserted"), code(s).stream().map(EventCoderTest::dyad).toList());
    }

    @Test
    void aCriticisedAttackKeepsTheAttackerItNames() {
        // NATO criticized the Russian assault .
        AnnotatedSentence s = HandParse.parse("""
                1 NATO NATO NNP 2 nsubj
                2 criticized criticize VBD 0 root
                3 the the DT 5 det
                4 Russian Russian JJ 5 amod
                5 assault assault NN 2 obj
                6 . . . 2 punct
                """);
        List<String> events = code(s).stream().map(EventCoderTest::dyad).toList();
        assertTrue(events.contains("RUS>- 190 asserted"), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.startsWith("IGOWSTNAT>") && e.contains(" 190 ")), events.toString());
    }

    @Test
    void anAttackCriticisedInThePassiveIsNotTheCriticsEither() {
        // The assault was criticized by NATO .
        AnnotatedSentence s = HandParse.parse("""
                1 The the DT 2 det
                2 assault assault NN 4 nsubj:pass
                3 was be VBD 4 aux:pass
                4 criticized criticize VBN 0 root
                5 by by IN 6 case
                6 NATO NATO NNP 4 obl:agent
                7 . . . 4 punct
                """);
        List<String> events = code(s).stream().map(EventCoderTest::dyad).toList();
        assertTrue(events.stream().noneMatch(e -> e.contains(" 190 ")), events.toString());
    }

    @Test
    void plannedTalksTakeTheNextJan10AndTheIntentCode() {
        // Russian and U.S. officials will hold talks on Jan. 10 .
        AnnotatedSentence s = HandParse.parse("""
                1 Russian Russian JJ 4 amod
                2 and and CC 3 cc
                3 U.S. U.S. NNP 1 conj:and
                4 officials official NNS 6 nsubj
                5 will will MD 6 aux
                6 hold hold VB 0 root
                7 talks talk NNS 6 obj
                8 on on IN 9 case
                9 Jan. Jan. NNP 6 obl:on
                10 10 10 CD 9 nummod
                11 . . . 6 punct
                """, new Timex(8, 10, "Jan. 10", "DATE", "2022-01-10"));
        List<Event> events = code(s);
        // The two countries share the role word, and talks held together are held with each other.
        assertEquals(List.of("RUSGOV>USAGOV 036 planned", "USAGOV>RUSGOV 036 planned"), events.stream().map(EventCoderTest::dyad).toList());
        assertEquals(LocalDate.of(2022, 1, 10), events.get(0).date());
        assertEquals(DateBasis.TEXT, events.get(0).dateBasis());
    }

    @Test
    void compoundTargetsGiveOneEventPerPair() {
        // NATO criticized Russia and Ukraine .
        AnnotatedSentence s = HandParse.parse("""
                1 NATO NATO NNP 2 nsubj
                2 criticized criticize VBD 0 root
                3 Russia Russia NNP 2 obj
                4 and and CC 5 cc
                5 Ukraine Ukraine NNP 3 conj:and 2:obj
                6 . . . 2 punct
                """);
        assertEquals(List.of("IGOWSTNAT>RUS 111 asserted", "IGOWSTNAT>UKR 111 asserted"),
                code(s).stream().map(EventCoderTest::dyad).toList());
    }

    @Test
    void passiveVoiceTakesTheAgentAsSource() {
        // Ukraine was attacked by Russia in 2014 .
        AnnotatedSentence s = HandParse.parse("""
                1 Ukraine Ukraine NNP 3 nsubj:pass
                2 was be VBD 3 aux:pass
                3 attacked attack VBN 0 root
                4 by by IN 5 case
                5 Russia Russia NNP 3 obl:agent
                6 in in IN 7 case
                7 2014 2014 CD 3 obl:in
                8 . . . 3 punct
                """, new Timex(6, 7, "2014", "DATE", "2014"));
        Event e = code(s).get(0);
        assertEquals("RUS>UKR 190 asserted", dyad(e));
        assertEquals(LocalDate.of(2014, 1, 1), e.date());
        assertEquals("year", e.datePrecision());
    }

    @Test
    void possessiveAgentsComposeCountryAndRole() {
        // Ukraine 's armed forces attacked separatists in eastern Ukraine .
        AnnotatedSentence s = HandParse.parse("""
                1 Ukraine Ukraine NNP 4 nmod:poss
                2 's 's POS 1 case
                3 armed armed JJ 4 amod
                4 forces force NNS 5 nsubj
                5 attacked attack VBD 0 root
                6 separatists separatist NNS 5 obj
                7 in in IN 9 case
                8 eastern eastern JJ 9 amod
                9 Ukraine Ukraine NNP 6 nmod:in
                10 . . . 5 punct
                """);
        // Same country, different sectors: a real dyad (government forces against rebels).
        assertEquals(List.of("UKRMIL>UKRREB 190 asserted"), code(s).stream().map(EventCoderTest::dyad).toList());
    }

    @Test
    void aPersonCodesAsGovernmentOnlyWhileInOffice() {
        // Joe Biden criticized Russia .
        AnnotatedSentence s = HandParse.parse("""
                1 Joe Joe NNP 2 compound
                2 Biden Biden NNP 3 nsubj
                3 criticized criticize VBD 0 root
                4 Russia Russia NNP 3 obj
                5 . . . 3 punct
                """);
        assertEquals("USAGOV", code(s, LocalDate.of(2022, 3, 1)).get(0).source().code());
        assertEquals("USAELI", code(s, LocalDate.of(2019, 3, 1)).get(0).source().code(), "between his terms: former official");
        assertEquals("USA", code(s, LocalDate.of(2005, 3, 1)).get(0).source().code(), "before any office");
        assertEquals("USAGOV", code(s, LocalDate.of(2015, 3, 1)).get(0).source().code(), "as vice president");
    }

    @Test
    void didNotAttackIsNegatedAndTheDocumentDateIsTheFallback() {
        // Russia did not attack Ukraine .
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 4 nsubj
                2 did do VBD 4 aux
                3 not not RB 4 advmod
                4 attack attack VB 0 root
                5 Ukraine Ukraine NNP 4 obj
                6 . . . 4 punct
                """);
        Event e = code(s).get(0);
        assertEquals(Modality.NEGATED, e.modality());
        assertEquals(STORY, e.date());
        assertEquals(DateBasis.DOCUMENT, e.dateBasis());
    }

    @Test
    void attributionCodesWhatWasSaidNotTheSaying() {
        // Ukraine said Russia attacked its forces .
        AnnotatedSentence s = HandParse.parse("""
                1 Ukraine Ukraine NNP 2 nsubj
                2 said say VBD 0 root
                3 Russia Russia NNP 4 nsubj
                4 attacked attack VBD 2 ccomp
                5 Ukrainian Ukrainian JJ 6 amod
                6 officials official NNS 4 obj
                7 . . . 2 punct
                """);
        assertEquals(List.of("RUS>UKRGOV 190 asserted"), code(s).stream().map(EventCoderTest::dyad).toList());
    }

    @Test
    void aSentenceWithoutACodedSourceYieldsNothing() {
        // Talks were held .
        AnnotatedSentence s = HandParse.parse("""
                1 Talks talk NNS 3 nsubj:pass
                2 were be VBD 3 aux:pass
                3 held hold VBN 0 root
                4 . . . 3 punct
                """);
        assertTrue(code(s).isEmpty());
    }

    @Test
    void conditionalMilitaryActionIsHypothetical() {
        // Russia could attack Ukraine if NATO expands .
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 3 nsubj
                2 could could MD 3 aux
                3 attack attack VB 0 root
                4 Ukraine Ukraine NNP 3 obj
                5 if if IN 7 mark
                6 NATO NATO NNP 7 nsubj
                7 expands expand VBZ 3 advcl:if
                8 . . . 3 punct
                """);
        Event e = code(s).get(0);
        assertEquals("RUS>UKR 190 hypothetical", dyad(e));
        assertNull(e.location());
    }
    @Test
    void thePlaceInsideTheObjectIsTheTargetWhenNoOtherPartyIsNamed() {
        // Russia criticized the closure of schools in Ukraine .
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 criticized criticize VBD 0 root
                3 the the DT 4 det
                4 closure closure NN 2 obj
                5 of of IN 6 case
                6 schools school NNS 4 nmod:of
                7 in in IN 8 case
                8 Ukraine Ukraine NNP 4 nmod:in
                9 . . . 2 punct
                """);
        assertEquals(List.of("RUS>UKR 111 asserted"), code(s).stream().map(EventCoderTest::dyad).toList());
    }

    @Test
    void theVerbsOwnPlaceStaysALocationNotATarget() {
        // Russia criticized the closure in Ukraine .
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 criticized criticize VBD 0 root
                3 the the DT 4 det
                4 closure closure NN 2 obj
                5 in in IN 6 case
                6 Ukraine Ukraine NNP 2 obl:in
                7 . . . 2 punct
                """);
        // The closure is what is criticized: no dictionary codes it, so it stands as an uncoded target (Ukraine
        // stays the place).
        List<Event> events = code(s);
        // The closure is an act, not a party: no target.
        assertEquals(List.of("RUS>- 111 asserted"), events.stream().map(EventCoderTest::dyad).toList());
    }

    @Test
    void theSameActWithItsTargetNamedLeavesOutItsTargetlessTwin() {
        // Russia attacked overnight ; Russia attacked Ukraine .   One act; the reading without a target goes.
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 attacked attack VBD 0 root
                3 overnight overnight RB 2 advmod
                4 ; ; : 2 punct
                5 Russia Russia NNP 6 nsubj
                6 attacked attack VBD 2 parataxis
                7 Ukraine Ukraine NNP 6 obj
                8 . . . 2 punct
                """);
        assertEquals(List.of("RUS>UKR 190 asserted"), code(s).stream().map(EventCoderTest::dyad).toList());
        // Russia attacked overnight ; Russia criticized Ukraine .   Another act: the targetless attack stays.
        AnnotatedSentence other = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 attacked attack VBD 0 root
                3 overnight overnight RB 2 advmod
                4 ; ; : 2 punct
                5 Russia Russia NNP 6 nsubj
                6 criticized criticize VBD 2 parataxis
                7 Ukraine Ukraine NNP 6 obj
                8 . . . 2 punct
                """);
        assertEquals(List.of("RUS>- 190 asserted", "RUS>UKR 111 asserted"),
                code(other).stream().map(EventCoderTest::dyad).toList());
    }

    @Test
    void aPartyNoDictionaryCodesIsAnUncodedTargetWithItsWords() {
        // Russia attacked a police unit near the border .   A body of people no dictionary codes is a party.
        AnnotatedSentence station = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 attacked attack VBD 0 root
                3 a a DT 5 det
                4 police police NN 5 compound
                5 unit unit NN 2 obj
                6 near near IN 8 case
                7 the the DT 8 det
                8 border border NN 5 nmod:near
                9 . . . 2 punct
                """);
        List<Event> events = code(station);
        assertEquals(List.of("RUS>--- 190 asserted"), events.stream().map(EventCoderTest::dyad).toList());
        assertEquals("a police unit near the border", events.get(0).target().text());
        // Russia criticized Navalny and his allies on Monday .   A person not in the dictionary is still a party.
        AnnotatedSentence named = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 criticized criticize VBD 0 root
                3 Navalny Navalny NNP 2 obj
                4 and and CC 6 cc
                5 his he PRP$ 6 nmod:poss
                6 allies ally NNS 3 conj:and 2:obj
                7 on on IN 8 case
                8 Monday Monday NNP 2 obl:on
                9 . . . 2 punct
                """, new Timex(7, 8, "Monday", "DATE", "2021-12-27"));
        assertEquals(List.of("Navalny", "his allies"), code(named).stream().map(e -> e.target().text()).toList());
        // Ukraine attacked Russia with drones .   A coded party wins over any uncoded phrase.
        AnnotatedSentence coded = HandParse.parse("""
                1 Ukraine Ukraine NNP 2 nsubj
                2 attacked attack VBD 0 root
                3 Russia Russia NNP 2 obj
                4 with with IN 5 case
                5 drones drone NNS 2 obl:with
                6 . . . 2 punct
                """);
        assertEquals(List.of("UKR>RUS 190 asserted"), code(coded).stream().map(EventCoderTest::dyad).toList());
    }

    @Test
    void aPairedCodeAddsTheReverseEvent() {
        // PETRARCH's "--- ARRIVE [032:033]": the visitor visits (032), the host hosts (033).
        VerbDictionary verbs = VerbDictionary.of(List.of(new org.dyad.core.dictionary.VerbPattern("arrive", false,
                List.of(), "032", null, "test", "033")));
        EventCoder coder = new EventCoder(verbs, CameoCatalog.builtIn(), PloverMapping.builtIn(), Gazetteer.builtIn());
        // Russia arrived to Ukraine .  (hand parse: obl:to is a target relation)
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 arrived arrive VBD 0 root
                3 to to IN 4 case
                4 Ukraine Ukraine NNP 2 obl:to
                5 . . . 2 punct
                """);
        List<Event> events = coder.code("doc", STORY, s, ACTOR_CODER.mentions(s.tokens(), STORY));
        assertEquals(List.of("RUS>UKR 032 asserted", "UKR>RUS 033 asserted"),
                events.stream().map(EventCoderTest::dyad).toList());
    }
    @Test
    void withRespectToNamesTheTarget() {
        // Russia has criticized harshly with respect to Ukraine .  ("with respect to" is one preposition)
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 3 nsubj
                2 has have VBZ 3 aux
                3 criticized criticize VBN 0 root
                4 harshly harshly RB 3 advmod
                5 with with IN 8 case
                6 respect respect NN 5 fixed
                7 to to IN 5 fixed
                8 Ukraine Ukraine NNP 3 obl:with_respect_to
                9 . . . 3 punct
                """);
        assertEquals(List.of("RUS>UKR 111 asserted"), code(s).stream().map(EventCoderTest::dyad).toList());
    }

    @Test
    void aParticipleOnTheObjectLeadsToTheTarget() {
        // Ukrainian armed forces have attacked the roads leading into Russia .
        AnnotatedSentence s = HandParse.parse("""
                1 Ukrainian Ukrainian JJ 3 amod
                2 armed armed JJ 3 amod
                3 forces force NNS 5 nsubj
                4 have have VBP 5 aux
                5 attacked attack VBN 0 root
                6 the the DT 7 det
                7 roads road NNS 5 obj
                8 leading lead VBG 7 acl
                9 into into IN 10 case
                10 Russia Russia NNP 8 obl:into
                11 . . . 5 punct
                """);
        assertEquals(List.of("UKRMIL>RUS 190 asserted"), code(s).stream().map(EventCoderTest::dyad).toList());
    }
    @Test
    void aRoleWordBeforeSeveralCountriesActsForEachOfThem() {
        // Officials of Russia and Ukraine criticized NATO .
        AnnotatedSentence s = HandParse.parse("""
                1 Officials official NNS 6 nsubj
                2 of of IN 3 case
                3 Russia Russia NNP 1 nmod:of
                4 and and CC 5 cc
                5 Ukraine Ukraine NNP 3 conj:and
                6 criticized criticize VBD 0 root
                7 NATO NATO NNP 6 obj
                8 . . . 6 punct
                """);
        assertEquals(List.of("RUSGOV>IGOWSTNAT 111 asserted", "UKRGOV>IGOWSTNAT 111 asserted"),
                code(s).stream().map(EventCoderTest::dyad).toList());
    }

    @Test
    void anOfficialOfNoNamedCountryIsNoDictionaryActorUnlessPetrarchsConventionIsAsked() {
        AnnotatedSentence s = HandParse.parse("""
                1 A          a          DT  2 det
                2 senior     senior     JJ  3 amod
                3 official   official   NN  4 nsubj
                4 criticized criticize  VBD 0 root
                5 Ukraine    Ukraine    NNP 4 obj
                """);
        // Dyad's own convention reads the parties as the codebooks do: an official of no named country is a party of
        // unknown country, found as the subject of the act (Participants.uncodedSources; the test's coder has no role words).
        assertEquals(List.of("--->UKR 111 asserted"), code(s).stream().map(EventCoderTest::dyad).toList());
        ActorCoder petrarch = new ActorCoder(ACTORS, true);
        List<Event> events = CODER.code("doc", STORY, s, petrarch.mentions(s.tokens(), STORY));
        assertEquals(List.of("---GOV>UKR 111 asserted"), events.stream().map(EventCoderTest::dyad).toList());
    }

    /** PETRARCH's verb blocks name words as written: "LEFT" is a block of its own beside "LEAVE". */
    static final String LEAVE_AND_LEFT = String.join("\n",
            "--- LEAVE  [012] ---",
            "LEAVE",
            "",
            "--- LEFT  [032:033]  ---",
            "LEFT",
            "",
            "--- SAID  [023]  ---",
            "SAID",
            "- * THANKS  [051]",
            "");

    /** A coder of PETRARCH verb patterns in PETRARCH's reading of parties: dictionary actors only, no mutual acts. */
    static EventCoder petrarchCoder(String verbs) {
        return new EventCoder(VerbDictionary.of(PetrarchVerbReader.read("test.verbs.txt", verbs,
                new LoadReport.Builder())), CameoCatalog.builtIn(), PloverMapping.builtIn(), Gazetteer.builtIn(),
                false, false);
    }

    static List<String> codeWith(EventCoder coder, AnnotatedSentence s) {
        return coder.code("doc", STORY, s, ACTOR_CODER.mentions(s.tokens(), STORY)).stream()
                .map(EventCoderTest::dyad).toList();
    }

    @Test
    void anInflectedVerbLineNamesThatWordAndWinsOverItsLemma() {
        EventCoder coder = petrarchCoder(LEAVE_AND_LEFT);
        // Russia left for Ukraine .   The parser's lemma of "left" is "leave", but the line LEFT names the word.
        AnnotatedSentence left = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 left leave VBD 0 root
                3 for for IN 4 case
                4 Ukraine Ukraine NNP 2 obl:for
                5 . . . 2 punct
                """);
        assertEquals(List.of("RUS>UKR 032 asserted", "UKR>RUS 033 asserted"), codeWith(coder, left));
        // Russia leaves Ukraine .   Any other form of "leave" is LEAVE's.
        AnnotatedSentence leaves = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 leaves leave VBZ 0 root
                3 Ukraine Ukraine NNP 2 obj
                4 . . . 2 punct
                """);
        assertEquals(List.of("RUS>UKR 012 asserted"), codeWith(coder, leaves));
    }

    @Test
    void aVerbOfSayingThatReportsAClauseIsAttributionEvenWhenTheDictionaryCodesTheWord() {
        EventCoder coder = petrarchCoder(LEAVE_AND_LEFT);
        // Russia left for Ukraine , a U.S. official said .   "SAID [023]" alone does not make the aside a statement.
        AnnotatedSentence aside = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 left leave VBD 0 root
                3 for for IN 4 case
                4 Ukraine Ukraine NNP 2 obl:for
                5 , , , 2 punct
                6 a a DT 8 det
                7 U.S. U.S. NNP 8 compound
                8 official official NN 9 nsubj
                9 said say VBD 2 parataxis
                10 . . . 2 punct
                """);
        assertEquals(List.of("RUS>UKR 032 asserted", "UKR>RUS 033 asserted"), codeWith(coder, aside));
        // Russia said thanks .  A pattern that asks for more than the verb still codes it.
        AnnotatedSentence thanks = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 said say VBD 0 root
                3 thanks thanks NNS 2 obj
                4 . . . 2 punct
                """);
        assertEquals(List.of("RUS>- 051 asserted"), codeWith(coder, thanks));
    }

    @Test
    void wordsJoinedInAPatternMustStandSideBySideInTheSentence() {
        EventCoder coder = petrarchCoder(String.join("\n",
                "&TIETYPES", "+ECONOMIC", "",
                "--- ABANDON  [161] ---", "ABANDON", "- * NEW_&TIETYPES_RELATIONS [162]", ""));
        // Russia will abandon new economic relations with Ukraine .
        AnnotatedSentence joined = HandParse.parse("""
                1 Russia Russia NNP 3 nsubj
                2 will will MD 3 aux
                3 abandon abandon VB 0 root
                4 new new JJ 6 amod
                5 economic economic JJ 6 amod
                6 relations relation NNS 3 obj
                7 with with IN 8 case
                8 Ukraine Ukraine NNP 6 nmod:with
                9 . . . 3 punct
                """);
        assertEquals(List.of("RUS>UKR 162 planned"), codeWith(coder, joined));
        // Russia will abandon new global economic relations with Ukraine .   "global" breaks NEW_ECONOMIC.
        AnnotatedSentence apart = HandParse.parse("""
                1 Russia Russia NNP 3 nsubj
                2 will will MD 3 aux
                3 abandon abandon VB 0 root
                4 new new JJ 7 amod
                5 global global JJ 7 amod
                6 economic economic JJ 7 amod
                7 relations relation NNS 3 obj
                8 with with IN 9 case
                9 Ukraine Ukraine NNP 7 nmod:with
                10 . . . 3 punct
                """);
        assertEquals(List.of("RUS>UKR 161 planned"), codeWith(coder, apart));
    }

    @Test
    void aPetrarchPatternsNounIsMatchedAsWrittenWhileASynsetTakesPlurals() {
        EventCoder coder = petrarchCoder(String.join("\n",
                "&CURRENCY", "+DOLLAR", "",
                "--- LIFT  [080] ---", "LIFT", "- * BAN [081]", "- * &CURRENCY [071]", ""));
        // Russia lifted the ban .
        AnnotatedSentence ban = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 lifted lift VBD 0 root
                3 the the DT 4 det
                4 ban ban NN 2 obj
                5 . . . 2 punct
                """);
        assertEquals(List.of("RUS>- 081 asserted"), codeWith(coder, ban));
        // Russia lifted bans .   PETRARCH's BAN is that word: "bans" is only LIFT's 080.
        AnnotatedSentence bans = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 lifted lift VBD 0 root
                3 bans ban NNS 2 obj
                4 . . . 2 punct
                """);
        assertEquals(List.of("RUS>- 080 asserted"), codeWith(coder, bans));
        // Russia lifted dollars .   A synset's members take their plurals (PETRARCH makes them).
        AnnotatedSentence dollars = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 lifted lift VBD 0 root
                3 dollars dollar NNS 2 obj
                4 . . . 2 punct
                """);
        assertEquals(List.of("RUS>- 071 asserted"), codeWith(coder, dollars));
    }

    @Test
    void aNameBegunInsideTheSubjectIsNoSecondSubject() {
        EventCoder coder = petrarchCoder(LEAVE_AND_LEFT);
        // Russia envoy to Joe Biden left for NATO .   The parser hung "Biden" on "left" as a second subject; the
        // name "Joe Biden" begins inside the subject "Russia envoy to Joe", and the envoy left.
        AnnotatedSentence split = HandParse.parse("""
                1 Russia Russia NNP 2 compound
                2 envoy envoy NN 6 nsubj
                3 to to IN 4 case
                4 Joe Joe NNP 2 nmod:to
                5 Biden Biden NNP 6 nsubj
                6 left leave VBD 0 root
                7 for for IN 8 case
                8 NATO NATO NNP 6 obl:for
                9 . . . 6 punct
                """);
        assertEquals(List.of("RUS>IGOWSTNAT 032 asserted", "IGOWSTNAT>RUS 033 asserted"), codeWith(coder, split));
    }

    @Test
    void aVerbOfSayingWithNothingSaidInItsOwnPhraseIsAttributionWhereverTheParserHangsIt() {
        EventCoder coder = petrarchCoder(LEAVE_AND_LEFT);
        // Russia left for Ukraine , a U.S. official said on Saturday .   The parser made "said" a relative clause on
        // "Ukraine"; with no object or complement of its own it still reports the sentence around it.
        AnnotatedSentence relcl = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 left leave VBD 0 root
                3 for for IN 4 case
                4 Ukraine Ukraine NNP 2 obl:for
                5 , , , 9 punct
                6 a a DT 8 det
                7 U.S. U.S. NNP 8 compound
                8 official official NN 9 nsubj
                9 said say VBD 4 acl:relcl
                10 on on IN 11 case
                11 Saturday Saturday NNP 9 obl:on
                12 . . . 2 punct
                """);
        assertEquals(List.of("RUS>UKR 032 asserted", "UKR>RUS 033 asserted"), codeWith(coder, relcl));
    }

    @Test
    void inPetrarchsConventionASayingFollowedByAPhraseIsAStatementOfItsOwn() {
        EventCoder petrarch = new EventCoder(VerbDictionary.of(PetrarchVerbReader.read("test.verbs.txt",
                LEAVE_AND_LEFT, new LoadReport.Builder())), CameoCatalog.builtIn(), PloverMapping.builtIn(),
                Gazetteer.builtIn(), true);
        // Russia left for Ukraine , the U.S. said on Saturday .   "on Saturday" follows the saying: the U.S. → nobody.
        AnnotatedSentence onSaturday = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 left leave VBD 0 root
                3 for for IN 4 case
                4 Ukraine Ukraine NNP 2 obl:for
                5 , , , 8 punct
                6 the the DT 7 det
                7 U.S. U.S. NNP 8 nsubj
                8 said say VBD 2 parataxis
                9 on on IN 10 case
                10 Saturday Saturday NNP 8 obl:on
                11 . . . 2 punct
                """);
        assertEquals(List.of("RUS>UKR 032 asserted", "UKR>RUS 033 asserted", "USA>- 023 asserted"),
                codeWith(petrarch, onSaturday));
        // Dyad's own convention keeps the saying as attribution.
        assertEquals(List.of("RUS>UKR 032 asserted", "UKR>RUS 033 asserted"),
                codeWith(petrarchCoder(LEAVE_AND_LEFT), onSaturday));
        // Russia left for Ukraine , the U.S. said today .   A bare time word is no phrase: no statement.
        AnnotatedSentence today = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 left leave VBD 0 root
                3 for for IN 4 case
                4 Ukraine Ukraine NNP 2 obl:for
                5 , , , 8 punct
                6 the the DT 7 det
                7 U.S. U.S. NNP 8 nsubj
                8 said say VBD 2 parataxis
                9 today today NN 8 obl:tmod
                10 . . . 2 punct
                """);
        assertEquals(List.of("RUS>UKR 032 asserted", "UKR>RUS 033 asserted"), codeWith(petrarch, today));
    }

    static final String TOLL_AND_HOPES = String.join("\n",
            "--- RISEN  [---] ---",
            "RISEN",
            "- DEATH TOLL * [190]",
            "",
            "--- EXPRESS  [020] ---",
            "EXPRESS",
            "- * HOPES  [024]",
            "");

    @Test
    void theOtherSideOfTheConflictAnActHappensInIsItsTarget() {
        EventCoder coder = petrarchCoder(TOLL_AND_HOPES);
        // Russia 's death toll has risen in the dispute with Ukraine .
        AnnotatedSentence dispute = HandParse.parse("""
                1 Russia Russia NNP 4 nmod:poss
                2 's 's POS 1 case
                3 death death NN 4 compound
                4 toll toll NN 6 nsubj
                5 has have VBZ 6 aux
                6 risen rise VBN 0 root
                7 in in IN 9 case
                8 the the DT 9 det
                9 dispute dispute NN 6 obl:in
                10 with with IN 11 case
                11 Ukraine Ukraine NNP 9 nmod:with
                12 . . . 6 punct
                """);
        assertEquals(List.of("RUS>UKR 190 asserted"), codeWith(coder, dispute));
        // Russia 's death toll has risen in Ukraine .   A place named by "in" is where, not whom.
        AnnotatedSentence place = HandParse.parse("""
                1 Russia Russia NNP 4 nmod:poss
                2 's 's POS 1 case
                3 death death NN 4 compound
                4 toll toll NN 6 nsubj
                5 has have VBZ 6 aux
                6 risen rise VBN 0 root
                7 in in IN 8 case
                8 Ukraine Ukraine NNP 6 obl:in
                9 . . . 6 punct
                """);
        assertEquals(List.of("RUS>- 190 asserted"), codeWith(coder, place));
    }

    @Test
    void aHopeIsAboutTheSubjectOfItsContentClause() {
        EventCoder coder = petrarchCoder(TOLL_AND_HOPES);
        // Russia expressed hopes that Ukraine could be drawn into talks .
        AnnotatedSentence hopes = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 expressed express VBD 0 root
                3 hopes hope NNS 2 obj
                4 that that IN 8 mark
                5 Ukraine Ukraine NNP 8 nsubj:pass
                6 could could MD 8 aux
                7 be be VB 8 aux:pass
                8 drawn draw VBN 3 ccomp
                9 into into IN 10 case
                10 talks talk NNS 8 obl:into
                11 . . . 2 punct
                """);
        assertEquals(List.of("RUS>UKR 024 asserted"), codeWith(coder, hopes));
    }

    @Test
    void aMentionOfSeveralActorsCodesAnEventForEach() {
        // The Shire criticized Russia . ("THE SHIRE" names three actors at once, as in PETRARCH's suite)
        AnnotatedSentence s = HandParse.parse("""
                1 The the DT 2 det
                2 Shire Shire NNP 3 nsubj
                3 criticized criticize VBD 0 root
                4 Russia Russia NNP 3 obj
                5 . . . 3 punct
                """);
        ActorCoder shire = new ActorCoder(ActorDictionary.of(List.of(
                new ActorEntry("THE SHIRE", false, Kind.COUNTRY, "FRO/BIL/SAM", List.of()),
                new ActorEntry("Russia", false, Kind.COUNTRY, "RUS", List.of()))));
        List<Event> events = CODER.code("doc", STORY, s, shire.mentions(s.tokens(), STORY));
        assertEquals(List.of("FRO>RUS 111 asserted", "BIL>RUS 111 asserted", "SAM>RUS 111 asserted"),
                events.stream().map(EventCoderTest::dyad).toList());
    }

    /** "Russia allowed that Ukraine isn't a <modifiers> place to visit .", the modifiers as CoNLL lines. */
    private static AnnotatedSentence allowedThatUkraineIsNot(String... modifiers) {
        int place = 7 + modifiers.length;
        StringBuilder conll = new StringBuilder("""
                1 Russia Russia NNP 2 nsubj
                2 allowed allow VBD 0 root
                3 that that IN PLACE mark
                4 Ukraine Ukraine NNP PLACE nsubj
                5 is be VBZ PLACE cop
                6 n't not RB PLACE advmod
                """.replace("PLACE", String.valueOf(place)));
        int i = 7;
        for (String m : modifiers) conll.append(i++).append(' ').append(m.replace("HEAD", String.valueOf(place)))
                .append('\n');
        conll.append(place).append(" place place NN 2 ccomp\n");
        conll.append(place + 1).append(" to to TO ").append(place + 2).append(" mark\n");
        conll.append(place + 2).append(" visit visit VB ").append(place).append(" acl:to\n");
        conll.append(place + 3).append(" . . . 2 punct\n");
        return HandParse.parse(conll.toString());
    }

    @Test
    void aClauseThatIsTheObjectGivesItsSubjectAsTargetAndItsPredicateAsObject() {
        EventCoder coder = petrarchCoder(String.join("\n",
                "--- ALLOW  [080] ---", "ALLOW", "- * REALLY_PLEASANT  [024]", "- * THE_NEATEST_PLACE  [027]", ""));
        // The clause's subject is the party the concession is about.
        assertEquals(List.of("RUS>UKR 080 asserted"),
                codeWith(coder, allowedThatUkraineIsNot("a a DT HEAD det", "pleasant pleasant JJ HEAD amod")));
        // Its predicate noun stands where the pattern looks for the object, named by its modifier too.
        assertEquals(List.of("RUS>UKR 024 asserted"), codeWith(coder, allowedThatUkraineIsNot(
                "a a DT HEAD det", "really really RB 9 advmod", "pleasant pleasant JJ HEAD amod")));
        assertEquals(List.of("RUS>UKR 027 asserted"), codeWith(coder, allowedThatUkraineIsNot(
                "the the DT HEAD det", "neatest neat JJS HEAD amod")));
        // "the neat place" is not "the neatest place": the bare verb.
        assertEquals(List.of("RUS>UKR 080 asserted"), codeWith(coder, allowedThatUkraineIsNot(
                "the the DT HEAD det", "neat neat JJ HEAD amod")));
    }

    @Test
    void aVisitNamesItsHostByWhereTheVisitorArrives() {
        EventCoder coder = petrarchCoder("""
                --- ARRIVE  [032:033]  ---
                ARRIVE
                
                --- MEET  [031:031]  ---
                MEET
                """);
        // Russia arrived in Ukraine .   One visits, the other hosts: the place is the host.
        AnnotatedSentence arrived = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 arrived arrive VBD 0 root
                3 in in IN 4 case
                4 Ukraine Ukraine NNP 2 obl:in
                5 . . . 2 punct
                """);
        assertEquals(List.of("RUS>UKR 032 asserted", "UKR>RUS 033 asserted"), codeWith(coder, arrived));
        // Russia met in Ukraine .   Meeting is the same act both ways: the place is only where it happened.
        AnnotatedSentence met = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 met meet VBD 0 root
                3 in in IN 4 case
                4 Ukraine Ukraine NNP 2 obl:in
                5 . . . 2 punct
                """);
        assertEquals(List.of("RUS>- 031 asserted"), codeWith(coder, met));
    }

    @Test
    void thePhraseThePatternAsksForNamesTheTargetOverTheObject() {
        EventCoder coder = petrarchCoder("""
                --- WARN  [160] ---
                WARN
                - * THEIR ^ ABOUT +  [162]
                """);
        // Russia warned their Ukrainian allies about NATO .
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 warned warn VBD 0 root
                3 their they PRP$ 5 nmod:poss
                4 Ukrainian Ukrainian JJ 5 amod
                5 allies ally NNS 2 obj
                6 about about IN 7 case
                7 NATO NATO NNP 2 obl:about
                8 . . . 2 punct
                """);
        assertEquals(List.of("RUS>IGOWSTNAT 162 asserted"), codeWith(coder, s));
    }

    @Test
    void neitherNorWithTheObjectOfAParticipleInTheObject() {
        EventCoder coder = petrarchCoder("""
                --- BOYCOTT  [191] ---
                BOYCOTT
                - NEITHER * [081]
                """);
        // Neither Russia nor Ukraine boycotted the parade supporting NATO .
        AnnotatedSentence s = HandParse.parse("""
                1 Neither neither DT 2 cc:preconj
                2 Russia Russia NNP 5 nsubj
                3 nor nor CC 4 cc
                4 Ukraine Ukraine NNP 2 conj:nor 5:nsubj
                5 boycotted boycott VBD 0 root
                6 the the DT 7 det
                7 parade parade NN 5 obj
                8 supporting support VBG 7 acl
                9 NATO NATO NNP 8 obj
                10 . . . 5 punct
                """);
        assertEquals(List.of("RUS>IGOWSTNAT 081 negated", "UKR>IGOWSTNAT 081 negated"), codeWith(coder, s));
    }

    @Test
    void theWordsOfAMultiWordVerbBeforeItsVerbAreFoundByWordOrder() {
        EventCoder coder = petrarchCoder("""
                --- CONFISCATE  [1711] ---
                CONFISCATE
                WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }
                - WILL NOT * [081]
                """);
        // Russia wire tapped Ukraine .   The parser hangs "wire" off the subject; it stands just before the verb.
        AnnotatedSentence tapped = HandParse.parse("""
                1 Russia Russia NNP 3 nsubj
                2 wire wire NN 1 dep
                3 tapped tap VBD 0 root
                4 Ukraine Ukraine NNP 3 obj
                5 . . . 3 punct
                """);
        assertEquals(List.of("RUS>UKR 1711 asserted"), codeWith(coder, tapped));
        // Russia tapped Ukraine .   "tap" alone is no verb of the dictionary.
        AnnotatedSentence alone = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 tapped tap VBD 0 root
                3 Ukraine Ukraine NNP 2 obj
                4 . . . 2 punct
                """);
        assertEquals(List.of(), codeWith(coder, alone));
        // Russia will not wire tap Ukraine .   Here the parser makes "wire" the verb and "tap" its object.
        AnnotatedSentence willNot = HandParse.parse("""
                1 Russia Russia NNP 4 nsubj
                2 will will MD 4 aux
                3 not not RB 4 advmod
                4 wire wire VB 0 root
                5 tap tap NN 4 obj
                6 Ukraine Ukraine NNP 5 obj
                7 . . . 4 punct
                """);
        assertEquals(List.of("RUS>UKR 081 negated"), codeWith(coder, willNot)); // PETRARCH's reading (a PETRARCH coder)
    }

    @Test
    void subjectNounsJoinedByUnderscoreMustStandSideBySide() {
        EventCoder coder = petrarchCoder("""
                --- RISEN  [---] ---
                RISEN
                - DEATH_TOTAL * [190]
                """);
        // Russia 's death total has risen in the dispute with Ukraine .
        AnnotatedSentence joined = HandParse.parse("""
                1 Russia Russia NNP 4 nmod:poss
                2 's 's POS 1 case
                3 death death NN 4 compound
                4 total total NN 6 nsubj
                5 has have VBZ 6 aux
                6 risen rise VBN 0 root
                7 in in IN 9 case
                8 the the DT 9 det
                9 dispute dispute NN 6 obl:in
                10 with with IN 11 case
                11 Ukraine Ukraine NNP 9 nmod:with
                12 . . . 6 punct
                """);
        assertEquals(List.of("RUS>UKR 190 asserted"), codeWith(coder, joined));
        // Russia 's death and injury total has risen in the dispute with Ukraine .   "injury total" is no death total.
        AnnotatedSentence apart = HandParse.parse("""
                1 Russia Russia NNP 6 nmod:poss
                2 's 's POS 1 case
                3 death death NN 6 compound
                4 and and CC 5 cc
                5 injury injury NN 3 conj:and
                6 total total NN 8 nsubj
                7 has have VBZ 8 aux
                8 risen rise VBN 0 root
                9 in in IN 11 case
                10 the the DT 11 det
                11 dispute dispute NN 8 obl:in
                12 with with IN 13 case
                13 Ukraine Ukraine NNP 11 nmod:with
                14 . . . 8 punct
                """);
        assertEquals(List.of(), codeWith(coder, apart));
    }

    @Test
    void failingAnyOtherPartyWhatTheActCameNearNamesIt() {
        // Russia attacked near a vessel from Ukraine .
        AnnotatedSentence near = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 attacked attack VBD 0 root
                3 near near IN 5 case
                4 a a DT 5 det
                5 vessel vessel NN 2 obl:near
                6 from from IN 7 case
                7 Ukraine Ukraine NNP 5 nmod:from
                8 . . . 2 punct
                """);
        assertEquals(List.of("RUS>UKR 190 asserted"), code(near).stream().map(EventCoderTest::dyad).toList());
        // Russia attacked in a village of Ukraine .   "in" says where: no target.
        AnnotatedSentence in = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 attacked attack VBD 0 root
                3 in in IN 5 case
                4 a a DT 5 det
                5 village village NN 2 obl:in
                6 of of IN 7 case
                7 Ukraine Ukraine NNP 5 nmod:of
                8 . . . 2 punct
                """);
        assertEquals(List.of("RUS>- 190 asserted"), code(in).stream().map(EventCoderTest::dyad).toList());
    }

    /** "SUBJECT VERB it deplored Ukraine .", a pronoun subject in the clause of a verb of saying. */
    private static AnnotatedSentence itDeplored(String subject, String verb, String lemma) {
        return HandParse.parse("""
                1 SUBJECT SUBJECT NNP 2 nsubj
                2 VERB LEMMA VBD 0 root
                3 it it PRP 4 nsubj
                4 deplored deplore VBD 2 ccomp
                5 Ukraine Ukraine NNP 4 obj
                6 . . . 2 punct
                """.replace("SUBJECT", subject).replace("VERB", verb).replace("LEMMA", lemma));
    }

    @Test
    void aPronounSubjectOfAClauseIsTheSubjectOfTheVerbAboveIt() {
        EventCoder coder = petrarchCoder(String.join("\n",
                "--- DEPLORE [122] ---", "DEPLORE", "- INDICATED *  [123]", ""));
        // "Russia said it deplored Ukraine": Russia speaks of itself.
        assertEquals(List.of("RUS>UKR 122 asserted"), codeWith(coder, itDeplored("Russia", "said", "say")));
        // A governing verb the pattern names: "indicated it deplored" is INDICATED *.
        assertEquals(List.of("RUS>UKR 123 asserted"), codeWith(coder, itDeplored("Russia", "indicated", "indicate")));
        // The clause before the verb of saying: "it" is not the speaker.
        AnnotatedSentence before = HandParse.parse("""
                1 It it PRP 2 nsubj
                2 deplored deplore VBD 6 ccomp
                3 Ukraine Ukraine NNP 2 obj
                4 , , , 6 punct
                5 Russia Russia NNP 6 nsubj
                6 said say VBD 0 root
                7 . . . 6 punct
                """);
        assertEquals(List.of(), codeWith(coder, before));
        // "Russia told Ukraine it deplored ...": "it" may as well be Ukraine, so no one.
        AnnotatedSentence told = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 told tell VBD 0 root
                3 Ukraine Ukraine NNP 2 obj
                4 it it PRP 5 nsubj
                5 deplored deplore VBD 2 ccomp
                6 Belarus Belarus NNP 5 obj
                7 . . . 2 punct
                """);
        assertEquals(List.of(), codeWith(coder, told));
    }

    @Test
    void aPhraseAfterTheNamedObjectMayHangFromTheObjectOrItsParticiple() {
        EventCoder coder = petrarchCoder(String.join("\n", "--- WELCOME [041] ---", "WELCOME",
                "- * ASSURANCES ON SECURITY FROM [057]", "- * ASSURANCES [051]", ""));
        // Russia welcomed assurances on security from Ukraine .   Both phrases the object's.
        AnnotatedSentence onObject = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 welcomed welcome VBD 0 root
                3 assurances assurance NNS 2 obj
                4 on on IN 5 case
                5 security security NN 3 nmod:on
                6 from from IN 7 case
                7 Ukraine Ukraine NNP 3 nmod:from
                8 . . . 2 punct
                """);
        assertEquals(List.of("RUS>UKR 057 asserted"), codeWith(coder, onObject));
        // Russia welcomed assurances on security sent from Ukraine .
        AnnotatedSentence sent = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 welcomed welcome VBD 0 root
                3 assurances assurance NNS 2 obj
                4 on on IN 5 case
                5 security security NN 3 nmod:on
                6 sent send VBN 3 acl
                7 from from IN 8 case
                8 Ukraine Ukraine NNP 6 obl:from
                9 . . . 2 punct
                """);
        assertEquals(List.of("RUS>UKR 057 asserted"), codeWith(coder, sent));
    }

    @Test
    void aParticipleParsedAsAClauseAfterTheObjectIsMendedToModifyIt() {
        EventCoder coder = petrarchCoder(String.join("\n", "--- WELCOME [041] ---", "WELCOME",
                "- * MEMOS [052]", ""));
        // Russia welcomed memos sent by Ukraine .   The parser made "memos" the subject of a bare "sent".
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 welcomed welcome VBD 0 root
                3 memos memo NNS 4 nsubj
                4 sent send VBN 2 dep
                5 by by IN 6 case
                6 Ukraine Ukraine NNP 4 obl:by
                7 . . . 2 punct
                """);
        assertEquals(List.of("RUS>UKR 052 asserted"), codeWith(coder, s));
    }

    @Test
    void theNegationAndAdverbsOfTheGoverningVerbCountForItsToComplement() {
        EventCoder coder = petrarchCoder(String.join("\n", "--- CLASH [223] ---", "CLASH",
                "- UNEXPECTEDLY WILL NOT * OVER EFFORTS [111]", "- * OVER EFFORTS [121]", ""));
        // Russia unexpectedly now will not try to clash over efforts of Ukraine .
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 6 nsubj 8:nsubj:xsubj
                2 unexpectedly unexpectedly RB 3 advmod
                3 now now RB 6 advmod
                4 will will MD 6 aux
                5 not not RB 6 advmod
                6 try try VB 0 root
                7 to to TO 8 mark
                8 clash clash VB 6 xcomp
                9 over over IN 10 case
                10 efforts effort NNS 8 obl:over
                11 of of IN 12 case
                12 Ukraine Ukraine NNP 10 nmod:of
                13 . . . 6 punct
                """);
        assertEquals(List.of("RUS>UKR 111"), codeWith(coder, s).stream().map(e -> e.substring(0, e.lastIndexOf(' ')))
                .toList());
    }

    @Test
    void anActTheVerbAndItsNounBothNameIsOneEvent() {
        EventCoder coder = new EventCoder(VerbDictionary.read("test-verbs", new ByteArrayInputStream(String.join("\n",
                "consult\tV\t\t040", "meeting\tN\t\t040").getBytes(StandardCharsets.UTF_8))),
                CameoCatalog.builtIn(), PloverMapping.builtIn(), Gazetteer.builtIn());
        AnnotatedSentence s = HandParse.parse("""
                1 U.S. U.S. NNP 2 compound
                2 officials official NNS 3 nsubj
                3 said say VBD 0 root
                4 they they PRP 6 nsubj
                5 would would MD 6 aux
                6 consult consult VB 3 ccomp
                7 before before IN 9 case
                8 the the DT 9 det
                9 meetings meeting NNS 6 obl:before
                10 . . . 3 punct
                """);
        // "said they would consult": the sayers' own reported intent
        assertEquals(List.of("USAGOV>- 040 planned"), codeWith(coder, s));
    }

    @Test
    void aPatternThatPutsTheSourceAfterTheVerbMakesTheSubjectTheTarget() {
        EventCoder coder = petrarchCoder("""
                --- FREE  [066] ---
                FREE
                - + * FROM $  [0841]
                """);
        // Ukrainian separatists were freed from Russia .   Russia releases them (PETRARCH's "+ * FROM $").
        AnnotatedSentence s = HandParse.parse("""
                1 Ukrainian Ukrainian JJ 2 amod
                2 separatists separatist NNS 4 nsubj:pass
                3 were be VBD 4 aux:pass
                4 freed free VBN 0 root
                5 from from IN 6 case
                6 Russia Russia NNP 4 obl:from
                7 . . . 4 punct
                """);
        assertEquals(List.of("RUS>UKRREB 0841 asserted"), codeWith(coder, s));
    }

    @Test
    void aPlaceRightAfterTheObjectAPatternNamesIsTheTarget() {
        EventCoder coder = petrarchCoder("""
                --- BARGAIN  [031]  ---
                BARGAIN
                - * FOR ASYLUM  [0233]
                """);
        // Joe Biden will bargain for asylum in Ukraine .   The parser hangs "in Ukraine" from the verb, but the
        // asylum is Ukraine's to give.
        AnnotatedSentence s = HandParse.parse("""
                1 Joe Joe NNP 4 nsubj
                2 Biden Biden NNP 1 flat
                3 will will MD 4 aux
                4 bargain bargain VB 0 root
                5 for for IN 6 case
                6 asylum asylum NN 4 obl:for
                7 in in IN 8 case
                8 Ukraine Ukraine NNP 4 obl:in
                9 . . . 4 punct
                """);
        assertEquals(List.of("USAGOV>UKR 0233 planned"), codeWith(coder, s));
        // Joe Biden will bargain in Ukraine for asylum .   Where the bargaining happens is only its place.
        AnnotatedSentence where = HandParse.parse("""
                1 Joe Joe NNP 4 nsubj
                2 Biden Biden NNP 1 flat
                3 will will MD 4 aux
                4 bargain bargain VB 0 root
                5 in in IN 6 case
                6 Ukraine Ukraine NNP 4 obl:in
                7 for for IN 8 case
                8 asylum asylum NN 4 obl:for
                9 . . . 4 punct
                """);
        assertEquals(List.of("USAGOV>- 0233 planned"), codeWith(coder, where));
    }

    @Test
    void theOneWhoNotesActsOnTheSubjectOfWhatIsNoted() {
        EventCoder coder = petrarchCoder(String.join("\n", "--- REGRET [111] ---", "REGRET",
                "- NOTED + *  [115]", ""));
        // Russia noted that Ukraine regretted NATO 's refusal .   PETRARCH's "NOTED + *": Russia on Ukraine.
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 noted note VBD 0 root
                3 that that IN 5 mark
                4 Ukraine Ukraine NNP 5 nsubj
                5 regretted regret VBD 2 ccomp
                6 NATO NATO NNP 8 nmod:poss
                7 's 's POS 6 case
                8 refusal refusal NN 5 obj
                9 . . . 2 punct
                """);
        assertEquals(List.of("RUS>UKR 115 asserted"), codeWith(coder, s));
    }

    @Test
    void aReportingVerbParsedAsAClausalSubjectGovernsTheClause() {
        EventCoder coder = petrarchCoder(String.join("\n", "--- ACT [100] ---", "ACT",
                "- INDICATED WOULD * NOW  [101]", ""));
        // Russia indicated it would act now with Ukraine .   Parsed as "[Russia indicated it] would act".
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 indicated indicate VBD 5 csubj
                3 it it PRP 2 obj
                4 would would MD 5 aux
                5 act act VB 0 root
                6 now now RB 5 advmod
                7 with with IN 8 case
                8 Ukraine Ukraine NNP 5 obl:with
                9 . . . 5 punct
                """);
        assertEquals(List.of("RUS>UKR 101 hypothetical"), codeWith(coder, s));
    }

    @Test
    void anIrregularPastFormBeforeTheVerbGovernsIt() {
        EventCoder coder = petrarchCoder(String.join("\n", "--- QUESTION [---] ---", "QUESTION",
                "- BEGUN *  [036]", ""));
        // Russia has begun to question its future with Ukraine .
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 3 nsubj 5:nsubj:xsubj
                2 has have VBZ 3 aux
                3 begun begin VBN 0 root
                4 to to TO 5 mark
                5 question question VB 3 xcomp
                6 its its PRP$ 7 nmod:poss
                7 future future NN 5 obj
                8 with with IN 9 case
                9 Ukraine Ukraine NNP 7 nmod:with
                10 . . . 3 punct
                """);
        assertEquals(List.of("RUS>UKR 036 asserted"), codeWith(coder, s));
    }

    @Test
    void aNounPhraseBrokenAfterItsPossessorIsMended() {
        EventCoder coder = petrarchCoder(TOLL_AND_HOPES);
        // Russia 's death and injury toll has risen in the dispute with Ukraine .   The parser made "Russia" the
        // subject and hung "death" and "toll" from it as bare deps.
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 8 nsubj
                2 's 's POS 1 case
                3 death death NN 1 dep
                4 and and CC 6 cc
                5 injury injury NN 6 compound
                6 toll toll NN 1 dep 3:conj:and
                7 has have VBZ 8 aux
                8 risen rise VBN 0 root
                9 in in IN 11 case
                10 the the DT 11 det
                11 dispute dispute NN 8 obl:in
                12 with with IN 13 case
                13 Ukraine Ukraine NNP 11 nmod:with
                14 . . . 8 punct
                """);
        assertEquals(List.of("RUS>UKR 190 asserted"), codeWith(coder, s));
    }

    @Test
    void aClauseAboutTheActorItselfNamesThePartyItConcerns() {
        EventCoder coder = petrarchCoder(String.join("\n", "--- QUESTION [111] ---", "QUESTION", ""));
        // Russia questioned whether it has a future with Ukraine .   Its ties with Ukraine are in question.
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 questioned question VBD 0 root
                3 whether whether IN 5 mark
                4 it it PRP 5 nsubj
                5 has have VBZ 2 ccomp
                6 a a DT 7 det
                7 future future NN 5 obj
                8 with with IN 9 case
                9 Ukraine Ukraine NNP 7 nmod:with
                10 . . . 2 punct
                """);
        assertEquals(List.of("RUS>UKR 111 asserted"), codeWith(coder, s));
    }

    @Test
    void aTimeParsedAsTheSubjectOfAnInfinitiveIsTheVerbsOwn() {
        EventCoder coder = petrarchCoder(String.join("\n", "--- VOW [170] ---", "VOW", "- * WAR [173]", ""));
        // Russia vowed on Thursday to wage war on Ukraine .   Parsed as "on [Thursday to wage war]": a time cannot
        // act, so "wage" is the complement of "vowed", whose pattern finds "war" there as PETRARCH reads it.
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 vowed vow VBD 0 root
                3 on on IN 6 mark
                4 Thursday Thursday NNP 6 nsubj
                5 to to TO 6 mark
                6 wage wage VB 2 advcl:to
                7 war war NN 6 obj
                8 on on IN 9 case
                9 Ukraine Ukraine NNP 6 obl:on
                10 . . . 2 punct
                """, new Timex(3, 4, "Thursday", "DATE", "2021-12-23"));
        assertEquals(List.of("RUS>UKR 173 asserted"), codeWith(coder, s));
    }

    @Test
    void aComplementAfterAnObjectIsTheObjectsAct() {
        EventCoder coder = petrarchCoder(String.join("\n", "--- PRESSURE [170] ---", "PRESSURE",
                "- * SANCTIONS [163]", ""));
        // Russia pressured Ukraine to lift sanctions .   Not a sanction: lifting them is what Ukraine is to do.
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 pressured pressure VBD 0 root
                3 Ukraine Ukraine NNP 2 obj 5:nsubj:xsubj
                4 to to TO 5 mark
                5 lift lift VB 2 xcomp
                6 sanctions sanction NNS 5 obj
                7 . . . 2 punct
                """);
        assertEquals(List.of("RUS>UKR 170 asserted"), codeWith(coder, s));
    }

    @Test
    void aToInfinitiveAfterIsAboutIsWhatTheSubjectWillDo() {
        EventCoder coder = petrarchCoder(String.join("\n", "--- RESTORE [064] ---", "RESTORE", "- * TIES [064]", ""));
        // Russia is about to restore ties with Ukraine almost crowds trashed its embassy .   "restore" was hung from
        // "trashed"; "be about to" says what Russia will do.
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 is be VBZ 0 root
                3 about about RB 5 advmod
                4 to to TO 5 mark
                5 restore restore VB 11 dep
                6 ties tie NNS 5 obj
                7 with with IN 8 case
                8 Ukraine Ukraine NNP 6 nmod:with
                9 almost almost RB 10 advmod
                10 crowds crowd NNS 11 nsubj
                11 trashed trash VBD 2 ccomp
                12 its its PRP$ 13 nmod:poss
                13 embassy embassy NN 11 obj
                14 . . . 2 punct
                """);
        assertEquals(1, codeWith(coder, s).size());
        assertTrue(codeWith(coder, s).get(0).startsWith("RUS>UKR 064"), codeWith(coder, s).toString());
    }

    @Test
    void aNounAfterPassiveAgentsIsTheAgentsHeadNotTheObject() {
        // He was criticized by Russian and Ukrainian representatives . (the parser's slip: the noun as object)
        AnnotatedSentence s = HandParse.parse("""
                1 He he PRP 3 nsubj:pass
                2 was be VBD 3 aux:pass
                3 criticized criticize VBN 0 root
                4 by by IN 5 case
                5 Russian Russian NNP 3 obl:agent
                6 and and CC 7 cc
                7 Ukrainian Ukrainian NNP 5 conj:and 3:obl:agent
                8 representatives representative NNS 3 obj
                9 . . . 3 punct
                """);
        // the critics are no target of their own criticism; the one criticised is a pronoun, so none is named
        assertEquals(List.of("RUS>- 111 asserted", "UKR>- 111 asserted"),
                code(s).stream().map(EventCoderTest::dyad).toList());
    }

    @Test
    void thoseASitesWhereClausePutsInItAreWhomAnAttackOnItHits() {
        // Russia attacked a hotel where elders and teachers were meeting .
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 attacked attack VBD 0 root
                3 a a DT 4 det
                4 hotel hotel NN 2 obj
                5 where where WRB 10 advmod
                6 elders elder NNS 10 nsubj
                7 and and CC 8 cc
                8 teachers teacher NNS 6 conj:and 10:nsubj
                9 were be VBD 10 aux
                10 meeting meet VBG 4 acl:relcl
                11 . . . 2 punct
                """);
        List<Event> events = code(s).stream().filter(e -> e.cameo().code().equals("190")).toList();
        assertEquals(List.of("elders", "teachers"), events.stream().map(e -> e.target().text()).toList());
    }

    @Test
    void forceSentIntoACountryToFightAPartyIsAimedAtThatParty() {
        // Russia deployed troops into Ukraine to fight Ukrainian separatists .
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 deployed deploy VBD 0 root
                3 troops troop NNS 2 obj
                4 into into IN 5 case
                5 Ukraine Ukraine NNP 2 obl:into
                6 to to TO 7 mark
                7 fight fight VB 2 advcl:to
                8 Ukrainian Ukrainian JJ 9 amod
                9 separatists separatist NNS 7 obj
                10 . . . 2 punct
                """);
        assertEquals(List.of("RUS>UKRREB 154 asserted"), code(s).stream().map(EventCoderTest::dyad).toList());
        // with no foe named, the country the force goes into stays the target
        AnnotatedSentence place = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 deployed deploy VBD 0 root
                3 troops troop NNS 2 obj
                4 into into IN 5 case
                5 Ukraine Ukraine NNP 2 obl:into
                6 . . . 2 punct
                """);
        assertEquals(List.of("RUS>UKR 154 asserted"), code(place).stream().map(EventCoderTest::dyad).toList());
    }

    @Test
    void whatPartiesSpeakAboutIsTheirTopicNotASide() {
        // NATO spoke with reporters about its aid to Ukraine .
        AnnotatedSentence s = HandParse.parse("""
                1 NATO NATO NNP 2 nsubj
                2 spoke speak VBD 0 root
                3 with with IN 4 case
                4 reporters reporter NNS 2 obl:with
                5 about about IN 7 case
                6 its its PRP$ 7 nmod:poss
                7 aid aid NN 2 obl:about
                8 to to IN 9 case
                9 Ukraine Ukraine NNP 7 nmod:to
                10 . . . 2 punct
                """);
        List<Event> events = code(s);
        assertEquals(List.of("IGOWSTNAT>--- 040 asserted"), events.stream().map(EventCoderTest::dyad).toList());
        assertEquals("reporters", events.get(0).target().text());
    }

    @Test
    void thePeopleAnAttackLeftDeadBeatThePlaceItWasIn() {
        // Russia attacked a market in Ukraine , leaving five people dead .
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 attacked attack VBD 0 root
                3 a a DT 4 det
                4 market market NN 2 obj
                5 in in IN 6 case
                6 Ukraine Ukraine NNP 2 obl:in
                7 , , , 2 punct
                8 leaving leave VBG 2 dep
                9 five five CD 10 nummod
                10 people person NNS 11 nsubj
                11 dead dead JJ 8 xcomp
                12 . . . 2 punct
                """);
        List<Event> events = code(s);
        assertEquals(List.of("RUS>--- 190 asserted"), events.stream().map(EventCoderTest::dyad).toList());
        assertEquals("five people", events.get(0).target().text());
    }

    @Test
    void aDocumentsNameIsNoParty() {
        // Russia refused the Astana Declaration .
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 refused refuse VBD 0 root
                3 the the DT 5 det
                4 Astana Astana NNP 5 compound
                5 Declaration Declaration NNP 2 obj
                6 . . . 2 punct
                """);
        assertEquals(List.of("RUS>- 120 asserted"), code(s).stream().map(EventCoderTest::dyad).toList());
    }

    @Test
    void namedVesselsAreThingsAndTheirOperatorIsTheParty() {
        // The Arwen and the Elanor are sanctioned by Ukraine as vessels operated by Russia .
        AnnotatedSentence s = HandParse.parse("""
                1 The the DT 2 det
                2 Arwen Arwen NNP 7 nsubj:pass
                3 and and CC 5 cc
                4 the the DT 5 det
                5 Elanor Elanor NNP 2 conj:and 7:nsubj:pass
                6 are be VBP 7 aux:pass
                7 sanctioned sanction VBN 0 root
                8 by by IN 9 case
                9 Ukraine Ukraine NNP 7 obl:agent
                10 as as IN 12 mark
                11 vessels vessel NNS 12 nsubj
                12 operated operate VBN 7 advcl:as
                13 by by IN 14 case
                14 Russia Russia NNP 12 obl:by
                15 . . . 7 punct
                """);
        assertEquals(List.of("UKR>RUS 163 asserted"), code(s).stream().map(EventCoderTest::dyad).toList());
    }

    @Test
    void aHarmInflictedOnAPartyInTheEffectClauseIsDoneToIt() {
        // Russia attacked the town , inflicting heavy losses on Ukrainian troops .
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 attacked attack VBD 0 root
                3 the the DT 4 det
                4 town town NN 2 obj
                5 , , , 2 punct
                6 inflicting inflict VBG 2 advcl
                7 heavy heavy JJ 8 amod
                8 losses loss NNS 6 obj
                9 on on IN 11 case
                10 Ukrainian Ukrainian JJ 11 amod
                11 troops troops NNS 8 nmod:on
                12 . . . 2 punct
                """);
        assertEquals(List.of("RUS>UKR 190 asserted"), code(s).stream().map(EventCoderTest::dyad).toList());
    }

    @Test
    void aRefusalIsAimedAtWhomTheRefusedActWouldBeDoneTo() {
        // Russia refused to free the journalist .   ("free" is no act of this dictionary: the refusal is the event)
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj 4:nsubj:xsubj
                2 refused refuse VBD 0 root
                3 to to TO 4 mark
                4 free free VB 2 xcomp
                5 the the DT 6 det
                6 journalist journalist NN 4 obj
                7 . . . 2 punct
                """);
        List<Event> events = code(s);
        assertEquals(List.of("RUS>--- 120 asserted"), events.stream().map(EventCoderTest::dyad).toList());
        assertEquals("the journalist", events.get(0).target().text());
        // Officials refused to free the journalist .   The refusers, subject of the refused act too, are not refused.
        AnnotatedSentence uncoded = HandParse.parse("""
                1 Officials official NNS 2 nsubj 4:nsubj:xsubj
                2 refused refuse VBD 0 root
                3 to to TO 4 mark
                4 free free VB 2 xcomp
                5 the the DT 6 det
                6 journalist journalist NN 4 obj
                7 . . . 2 punct
                """);
        List<Event> refused = code(uncoded);
        assertEquals(List.of("the journalist"), refused.stream().map(e -> e.target() == null ? "-" : e.target().text()).toList());
    }

    @Test
    void aWordOfAnswerIsAimedAtWhomItAnswers() {
        // Ukraine criticized the plan while responding to a statement by Russian officials .
        AnnotatedSentence s = HandParse.parse("""
                1 Ukraine Ukraine NNP 2 nsubj
                2 criticized criticize VBD 0 root
                3 the the DT 4 det
                4 plan plan NN 2 obj
                5 while while IN 6 mark
                6 responding respond VBG 2 advcl:while
                7 to to IN 9 case
                8 a a DT 9 det
                9 statement statement NN 6 obl:to
                10 by by IN 13 case
                11 Russian Russian JJ 12 amod
                12 officials official NNS 6 obl:by
                13 . . . 2 punct
                """);
        assertEquals(List.of("UKR>RUSGOV 111 asserted"), code(s).stream().map(EventCoderTest::dyad).toList());
    }

    @Test
    void aReplyInAContrastingConjunctIsItsOwnSubjectsAnsweringTheFirst() {
        // Russia met NATO , but Ukraine refused .
        AnnotatedSentence coded = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 met meet VBD 0 root
                3 NATO NATO NNP 2 obj
                4 , , , 7 punct
                5 but but CC 7 cc
                6 Ukraine Ukraine NNP 7 nsubj
                7 refused refuse VBD 2 conj:but
                8 . . . 2 punct
                """);
        assertTrue(code(coded).stream().map(EventCoderTest::dyad).toList().contains("UKR>RUS 120 asserted"),
                code(coded).stream().map(EventCoderTest::dyad).toList().toString());
        // Russia met NATO , but the committee refused .   A subject no dictionary codes is still not Russia.
        AnnotatedSentence uncoded = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 met meet VBD 0 root
                3 NATO NATO NNP 2 obj
                4 , , , 8 punct
                5 but but CC 8 cc
                6 the the DT 7 det
                7 committee committee NN 8 nsubj
                8 refused refuse VBD 2 conj:but
                9 . . . 2 punct
                """);
        List<String> dyads = code(uncoded).stream().map(EventCoderTest::dyad).toList();
        assertTrue(dyads.contains("--->RUS 120 asserted"), dyads.toString());
        assertTrue(dyads.stream().noneMatch(d -> d.startsWith("RUS>") && d.contains(" 120 ")), dyads.toString());
    }

    @Test
    void forcingALeaderFromOfficeIsCoercionOfTheLeader() {
        // Russia seized power and forced the president from office .   (the built-in verbs.tsv)
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj 5:nsubj
                2 seized seize VBD 0 root
                3 power power NN 2 obj
                4 and and CC 5 cc
                5 forced force VBD 2 conj:and
                6 the the DT 7 det
                7 president president NN 5 obj
                8 from from IN 9 case
                9 office office NN 5 obl:from
                10 . . . 2 punct
                """);
        EventCoder coder = new EventCoder(VerbDictionary.builtIn(), CameoCatalog.builtIn(), PloverMapping.builtIn(),
                Gazetteer.builtIn());
        List<Event> events = coder.code("doc", STORY, s, ACTOR_CODER.mentions(s.tokens(), STORY));
        Event forced = events.stream().filter(e -> e.cameo().code().equals("170")).findFirst().orElseThrow();
        assertEquals("RUS>--- 170 asserted", dyad(forced));
        assertEquals("the president", forced.target().text());
    }

    @Test
    void interactingWithEnvoysIsConsultingThem() {
        // Ukraine interacted with envoys from Russia .   (the built-in verbs.tsv)
        AnnotatedSentence s = HandParse.parse("""
                1 Ukraine Ukraine NNP 2 nsubj
                2 interacted interact VBD 0 root
                3 with with IN 4 case
                4 envoys envoy NNS 2 obl:with
                5 from from IN 6 case
                6 Russia Russia NNP 4 nmod:from
                7 . . . 2 punct
                """);
        EventCoder coder = new EventCoder(VerbDictionary.builtIn(), CameoCatalog.builtIn(), PloverMapping.builtIn(),
                Gazetteer.builtIn());
        List<String> dyads = coder.code("doc", STORY, s, ACTOR_CODER.mentions(s.tokens(), STORY)).stream()
                .map(EventCoderTest::dyad).toList();
        assertTrue(dyads.contains("UKR>RUS 040 asserted"), dyads.toString());
    }
}
