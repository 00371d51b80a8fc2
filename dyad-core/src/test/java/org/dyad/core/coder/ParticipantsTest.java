package org.dyad.core.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.dictionary.ActorDictionary;
import org.dyad.core.dictionary.ActorEntry;
import org.dyad.core.dictionary.ActorEntry.Kind;
import org.dyad.core.dictionary.Gazetteer;
import org.dyad.core.dictionary.VerbDictionary;
import org.dyad.core.model.AnnotatedSentence;
import org.dyad.core.model.Event;
import org.dyad.core.ontology.CameoCatalog;
import org.dyad.core.ontology.PloverMapping;
import org.junit.jupiter.api.Test;

/** Who acts on whom: the sources and targets {@link Participants} finds, on sentences parsed by hand. */
class ParticipantsTest {
    static final ActorDictionary ACTORS = ActorDictionary.of(List.of(
            new ActorEntry("Russia", false, Kind.COUNTRY, "RUS", List.of()),
            new ActorEntry("Russian", false, Kind.COUNTRY, "RUS", List.of()),
            new ActorEntry("Ukraine", false, Kind.COUNTRY, "UKR", List.of()),
            new ActorEntry("Ukrainian", false, Kind.COUNTRY, "UKR", List.of()),
            new ActorEntry("Kyiv", false, Kind.METONYM, "UKRGOV", List.of()),
            new ActorEntry("NATO", false, Kind.ORGANISATION, "IGOWSTNAT", List.of()),
            new ActorEntry("official", false, Kind.AGENT, "GOV", List.of())));

    static final VerbDictionary VERBS = VerbDictionary.read("test-verbs", new ByteArrayInputStream(String.join("\n",
            "attack\tV\t\t190",
            "criticize\tV\t\t111",
            "condemn\tV\t\t111",
            "negotiate\tV\t\t046",
            "back\tV\t\t051",
            "visit\tV\t\t042",
            "arrest\tN\t\t173",
            "airstrike\tN\t\t195").getBytes(StandardCharsets.UTF_8)));

    static final EventCoder CODER = new EventCoder(VERBS, CameoCatalog.builtIn(), PloverMapping.builtIn(), Gazetteer.builtIn());
    static final ActorCoder ACTOR_CODER = new ActorCoder(ACTORS);

    static List<Event> code(AnnotatedSentence s) {
        return CODER.code("doc", EventCoderTest.STORY, s, ACTOR_CODER.mentions(s.tokens(), EventCoderTest.STORY));
    }

    /** "RUS>UKR 046", with the target's words for an uncoded one: "RUS>---(a hospital) 195". */
    static List<String> dyads(AnnotatedSentence s) {
        List<String> out = new ArrayList<>();
        for (Event e : code(s)) {
            String target = e.target() == null ? "-" : e.target().code().equals(ActorCoder.UNKNOWN_COUNTRY)
                    ? "---(" + e.target().text() + ")" : e.target().code();
            out.add(e.source().code() + ">" + target + " " + e.cameo().code());
        }
        return out;
    }

    @Test
    void aMutualActIsEachSidesActTowardTheOther() {
        // Russia negotiated with Ukraine .
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 negotiated negotiate VBD 0 root
                3 with with IN 4 case
                4 Ukraine Ukraine NNP 2 obl:with
                5 . . . 2 punct
                """);
        assertEquals(List.of("RUS>UKR 046", "UKR>RUS 046"), dyads(s));
        // Russia visited Ukraine .   A visit is the visitor's act only (the host's is another code).
        AnnotatedSentence visit = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 visited visit VBD 0 root
                3 Ukraine Ukraine NNP 2 obj
                4 . . . 2 punct
                """);
        assertEquals(List.of("RUS>UKR 042"), dyads(visit));
    }

    @Test
    void aParticiplesNounIsWhatItsAgentActsOn() {
        // Rebels backed by Russia attacked a village .   Russia backs the rebels, not the other way round.
        AnnotatedSentence s = HandParse.parse("""
                1 Rebels rebel NNS 5 nsubj
                2 backed back VBN 1 acl
                3 by by IN 4 case
                4 Russia Russia NNP 2 obl:agent
                5 attacked attack VBD 0 root
                6 a a DT 7 det
                7 village village NN 5 obj
                8 . . . 5 punct
                """);
        // ... and the rebels, a party no dictionary codes, attacked the village.
        assertEquals(List.of("--->---(a village) 190", "RUS>---(Rebels) 051"), dyads(s));
    }

    @Test
    void anEventNounsHeadCarriesItsTarget() {
        // Russia issued arrest warrants for two Ukrainian officials .
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 issued issue VBD 0 root
                3 arrest arrest NN 4 compound
                4 warrants warrant NNS 2 obj
                5 for for IN 8 case
                6 two two CD 8 nummod
                7 Ukrainian Ukrainian JJ 8 amod
                8 officials official NNS 4 nmod:for
                9 . . . 2 punct
                """);
        assertEquals(List.of("RUS>UKRGOV 173"), dyads(s));
    }

    @Test
    void anEventNounAsSubjectStrikesTheVerbsObject() {
        // Russian airstrikes hit a village .
        AnnotatedSentence s = HandParse.parse("""
                1 Russian Russian JJ 2 amod
                2 airstrikes airstrike NNS 3 nsubj
                3 hit hit VBD 0 root
                4 a a DT 5 det
                5 village village NN 3 obj
                6 . . . 3 punct
                """);
        assertEquals(List.of("RUS>---(a village) 195"), dyads(s));
    }

    @Test
    void aDatelineIsNoParty() {
        // KYIV - Russian officials criticized NATO .
        AnnotatedSentence s = HandParse.parse("""
                1 Kyiv Kyiv NNP 4 compound
                2 - - HYPH 4 punct
                3 Russian Russian JJ 4 amod
                4 officials official NNS 5 nsubj
                5 criticized criticize VBD 0 root
                6 NATO NATO NNP 5 obj
                7 . . . 5 punct
                """);
        assertEquals(List.of("RUSGOV>IGOWSTNAT 111"), dyads(s));
        // Kyiv criticized NATO .   The same capital as the subject is the government.
        AnnotatedSentence subject = HandParse.parse("""
                1 Kyiv Kyiv NNP 2 nsubj
                2 criticized criticize VBD 0 root
                3 NATO NATO NNP 2 obj
                4 . . . 2 punct
                """);
        assertEquals(List.of("UKRGOV>IGOWSTNAT 111"), dyads(subject));
    }

    @Test
    void aNameInTheTargetsPlaceWinsOverAPartyDeeperInThePhrase() {
        // Ukraine criticized Ivanov over the sale of arms , Russian officials said .
        AnnotatedSentence s = HandParse.parse("""
                1 Ukraine Ukraine NNP 2 nsubj
                2 criticized criticize VBD 0 root
                3 Ivanov Ivanov NNP 2 obj
                4 over over IN 6 case
                5 the the DT 6 det
                6 sale sale NN 2 obl:over
                7 of of IN 8 case
                8 arms arm NNS 6 nmod:of
                9 , , , 6 punct
                10 Russian Russian JJ 11 amod
                11 officials official NNS 6 appos
                12 said say VBD 2 dep
                13 . . . 2 punct
                """);
        assertEquals(List.of("UKR>---(Ivanov) 111"), dyads(s));
    }

    @Test
    void aParticipleParsedAsAClauseAfterAWholeNounPhraseIsMendedToModifyIt() {
        // NATO criticized the officials of Ukraine sent to Geneva .   The parser made "officials" the subject of a
        // bare "sent"; the phrase "officials of Ukraine" runs up to it.
        AnnotatedSentence s = HandParse.parse("""
                1 NATO NATO NNP 2 nsubj
                2 criticized criticize VBD 0 root
                3 the the DT 4 det
                4 officials official NNS 7 nsubj
                5 of of IN 6 case
                6 Ukraine Ukraine NNP 4 nmod:of
                7 sent send VBN 2 dep
                8 to to IN 9 case
                9 Geneva Geneva NNP 7 obl:to
                10 . . . 2 punct
                """);
        assertEquals(List.of("IGOWSTNAT>UKRGOV 111"), dyads(s));
    }

    /** Bare role words as the document coder reads them for uncoded parties: "a court" is ---JUD. */
    static final ActorCoder ROLE_CODER = new ActorCoder(ActorDictionary.of(List.of(
            new ActorEntry("Russia", false, Kind.COUNTRY, "RUS", List.of()),
            new ActorEntry("court", false, Kind.AGENT, "JUD", List.of()))), true);

    /** As {@link #dyads}, with the source's words for an uncoded one: "---(The Civic League)>RUS 111". */
    static List<String> dyadsWithRoles(EventCoder coder, AnnotatedSentence s) {
        List<ActorMention> roles = new ArrayList<>();
        for (ActorMention m : ROLE_CODER.mentions(s.tokens(), EventCoderTest.STORY)) {
            if (m.code().startsWith(ActorCoder.UNKNOWN_COUNTRY)) roles.add(m);
        }
        List<String> out = new ArrayList<>();
        for (Event e : coder.code("doc", EventCoderTest.STORY, s, ACTOR_CODER.mentions(s.tokens(), EventCoderTest.STORY), roles)) {
            out.add(party(e.source()) + ">" + (e.target() == null ? "-" : party(e.target())) + " " + e.cameo().code());
        }
        return out;
    }

    private static String party(org.dyad.core.model.Actor a) {
        return a.code().startsWith(ActorCoder.UNKNOWN_COUNTRY) ? a.code() + "(" + a.text() + ")" : a.code();
    }

    @Test
    void aNamedPartyNoDictionaryCodesIsTheSource() {
        // The Civic Liberties League criticized Russia .
        AnnotatedSentence s = HandParse.parse("""
                1 The the DT 4 det
                2 Civic Civic NNP 4 compound
                3 Liberties Liberties NNPS 4 compound
                4 League League NNP 5 nsubj
                5 criticized criticize VBD 0 root
                6 Russia Russia NNP 5 obj
                7 . . . 5 punct
                """);
        assertEquals(List.of("---(The Civic Liberties League)>RUS 111"), dyadsWithRoles(CODER, s));
        // PETRARCH's conventions code dictionary actors only.
        EventCoder petrarch = new EventCoder(VERBS, CameoCatalog.builtIn(), PloverMapping.builtIn(), Gazetteer.builtIn(),
                false, false);
        assertEquals(List.of(), dyadsWithRoles(petrarch, s));
    }

    @Test
    void aRoleWordGivesTheUncodedSourceItsRole() {
        // A regional court criticized Russia .
        AnnotatedSentence s = HandParse.parse("""
                1 A a DT 3 det
                2 regional regional JJ 3 amod
                3 court court NN 4 nsubj
                4 criticized criticize VBD 0 root
                5 Russia Russia NNP 4 obj
                6 . . . 4 punct
                """);
        assertEquals(List.of("---JUD(A regional court)>RUS 111"), dyadsWithRoles(CODER, s));
        // A regional court criticized the ruling .   Facing an uncoded source, a thing is no target.
        AnnotatedSentence thing = HandParse.parse("""
                1 A a DT 3 det
                2 regional regional JJ 3 amod
                3 court court NN 4 nsubj
                4 criticized criticize VBD 0 root
                5 the the DT 6 det
                6 ruling ruling NN 4 obj
                7 . . . 4 punct
                """);
        assertEquals(List.of("---JUD(A regional court)>- 111"), dyadsWithRoles(CODER, thing));
        // A regional court criticized Gorbag .   A name is.
        AnnotatedSentence name = HandParse.parse("""
                1 A a DT 3 det
                2 regional regional JJ 3 amod
                3 court court NN 4 nsubj
                4 criticized criticize VBD 0 root
                5 Gorbag Gorbag NNP 4 obj
                6 . . . 4 punct
                """);
        assertEquals(List.of("---JUD(A regional court)>---(Gorbag) 111"), dyadsWithRoles(CODER, name));
    }

    @Test
    void wordsOfAnalysisAndThingsSaidAreNoSource() {
        // The report criticized Russia .   Analysts criticized Russia .   It criticized Russia .
        for (String[] subject : new String[][] {{"report", "report", "NN"}, {"Analysts", "analyst", "NNS"},
                {"It", "it", "PRP"}, {"decision", "decision", "NN"}}) {
            AnnotatedSentence s = HandParse.parse("""
                    1 The the DT 2 det
                    2 %s %s %s 3 nsubj
                    3 criticized criticize VBD 0 root
                    4 Russia Russia NNP 3 obj
                    5 . . . 3 punct
                    """.formatted(subject[0], subject[1], subject[2]));
            assertEquals(List.of(), dyadsWithRoles(CODER, s), subject[0]);
        }
        // Security analyst Gorbag criticized Russia .   One who comments on events is no party to them.
        AnnotatedSentence analyst = HandParse.parse("""
                1 Security security NN 3 compound
                2 analyst analyst NN 3 compound
                3 Gorbag Gorbag NNP 4 nsubj
                4 criticized criticize VBD 0 root
                5 Russia Russia NNP 4 obj
                6 . . . 4 punct
                """);
        assertEquals(List.of(), dyadsWithRoles(CODER, analyst));
    }

    @Test
    void anUncodedPartyInAJointSubjectActsTowardTheOther() {
        // Russia and the Shire Trading Company negotiated .
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 7 nsubj
                2 and and CC 6 cc
                3 the the DT 6 det
                4 Shire Shire NNP 6 compound
                5 Trading Trading NNP 6 compound
                6 Company Company NNP 1 conj:and 7:nsubj
                7 negotiated negotiate VBD 0 root
                8 . . . 7 punct
                """);
        assertEquals(List.of("RUS>---(the Shire Trading Company) 046", "---(the Shire Trading Company)>RUS 046"),
                dyadsWithRoles(CODER, s));
        // Russia and the Shire Trading Company criticized Ukraine .   Not a joint act: the coded subject acts alone.
        AnnotatedSentence notJoint = HandParse.parse("""
                1 Russia Russia NNP 7 nsubj
                2 and and CC 6 cc
                3 the the DT 6 det
                4 Shire Shire NNP 6 compound
                5 Trading Trading NNP 6 compound
                6 Company Company NNP 1 conj:and 7:nsubj
                7 criticized criticize VBD 0 root
                8 Ukraine Ukraine NNP 7 obj
                9 . . . 7 punct
                """);
        assertEquals(List.of("RUS>UKR 111"), dyadsWithRoles(CODER, notJoint));
    }

    @Test
    void theMeansOfAnActIsDoneByTheSubjectOfTheVerbAbove() {
        // Russia responded by attacking Ukraine .
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 responded respond VBD 0 root
                3 by by IN 4 mark
                4 attacking attack VBG 2 advcl:by
                5 Ukraine Ukraine NNP 4 obj
                6 . . . 2 punct
                """);
        assertEquals(List.of("RUS>UKR 190"), dyadsWithRoles(CODER, s));
    }

    @Test
    void aDefiniteEventNounNamedAgainTakesItsAntecedentsTarget() {
        // Russia began airstrikes on Ukraine and later halted the airstrikes .
        AnnotatedSentence s = HandParse.parse("""
                1 Russia Russia NNP 2 nsubj
                2 began begin VBD 0 root
                3 airstrikes airstrike NNS 2 obj
                4 on on IN 5 case
                5 Ukraine Ukraine NNP 3 nmod:on
                6 and and CC 8 cc
                7 later later RB 8 advmod
                8 halted halt VBD 2 conj:and
                9 the the DT 10 det
                10 airstrikes airstrike NNS 8 obj
                11 . . . 2 punct
                """);
        SentenceGraph g = new SentenceGraph(s);
        ActorMention[] mentionAt = new ActorMention[g.size()];
        for (ActorMention m : ACTOR_CODER.mentions(s.tokens(), EventCoderTest.STORY)) {
            for (int i = m.begin(); i < m.end(); i++) mentionAt[i] = m;
        }
        assertEquals(List.of("UKR"), Participants.targetsOfAntecedent(g, 9, mentionAt, java.util.Set.of()).stream()
                .map(ActorMention::code).toList());
        // The first airstrikes name no earlier ones: nothing to take.
        assertEquals(List.of(), Participants.targetsOfAntecedent(g, 2, mentionAt, java.util.Set.of()));
    }
}
