package org.dyad.core.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.core.dictionary.Gazetteer;
import org.dyad.core.dictionary.VerbDictionary;
import org.dyad.core.model.AnnotatedSentence;
import org.dyad.core.ontology.CameoCatalog;
import org.dyad.core.ontology.PloverMapping;
import org.junit.jupiter.api.Test;

/**
 * A hostile act a speaker alleges or characterises is the speaker's accusation of its doer (112), not the act
 * (docs/CODER.md, section 4); plain reportage keeps the act. Sentences parsed by hand, on the built-in verbs.
 */
class AccusationTest {
    static final EventCoder CODER = new EventCoder(VerbDictionary.builtIn(), CameoCatalog.builtIn(),
            PloverMapping.builtIn(), Gazetteer.builtIn());

    static List<String> code(String conll) {
        AnnotatedSentence s = HandParse.parse(conll);
        return CODER.code("doc", EventCoderTest.STORY, s, EventCoderTest.ACTOR_CODER.mentions(s.tokens(),
                EventCoderTest.STORY)).stream().map(EventCoderTest::dyad).toList();
    }

    @Test
    void anActTheSpeakerSaysIsRepeatedIsTheSpeakersAccusation() {
        // Ukraine said Russia has repeatedly attacked Ukrainian officials .
        assertEquals(List.of("UKR>RUS 112 asserted"), code("""
                1 Ukraine Ukraine NNP 2 nsubj
                2 said say VBD 0 root
                3 Russia Russia NNP 6 nsubj
                4 has have VBZ 6 aux
                5 repeatedly repeatedly RB 6 advmod
                6 attacked attack VBN 2 ccomp
                7 Ukrainian Ukrainian JJ 8 amod
                8 officials official NNS 6 obj
                9 . . . 2 punct
                """));
    }

    @Test
    void plainReportageKeepsTheAct() {
        // Ukraine said Russia has attacked Ukrainian officials .
        assertEquals(List.of("RUS>UKRGOV 190 asserted"), code("""
                1 Ukraine Ukraine NNP 2 nsubj
                2 said say VBD 0 root
                3 Russia Russia NNP 5 nsubj
                4 has have VBZ 5 aux
                5 attacked attack VBN 2 ccomp
                6 Ukrainian Ukrainian JJ 7 amod
                7 officials official NNS 5 obj
                8 . . . 2 punct
                """));
    }

    @Test
    void theSimplePresentInAQuoteCharacterisesAParty() {
        // " Russia attacks Ukrainian officials , " Ukraine said .
        assertEquals(List.of("UKR>RUS 112 asserted"), code("""
                1 " " `` 3 punct
                2 Russia Russia NNP 3 nsubj
                3 attacks attack VBZ 9 ccomp
                4 Ukrainian Ukrainian JJ 5 amod
                5 officials official NNS 3 obj
                6 , , , 9 punct
                7 " " '' 9 punct
                8 Ukraine Ukraine NNP 9 nsubj
                9 said say VBD 0 root
                10 . . . 9 punct
                """));
    }

    @Test
    void anAsideThatAllegesMakesTheQuoteAnAccusation() {
        // " Russia attacked Ukrainian officials , " Ukraine alleged .   (the aside hung on the quote's verb)
        assertEquals(List.of("UKR>RUS 112 asserted"), code("""
                1 " " `` 3 punct
                2 Russia Russia NNP 3 nsubj
                3 attacked attack VBD 0 root
                4 Ukrainian Ukrainian JJ 5 amod
                5 officials official NNS 3 obj
                6 , , , 3 punct
                7 " " '' 3 punct
                8 Ukraine Ukraine NNP 9 nsubj
                9 alleged allege VBD 3 parataxis
                10 . . . 3 punct
                """));
    }

    @Test
    void theDoerTheParserMadeTheObjectOfSayingIsTheAccused() {
        // The U.S. said Russia is flagrantly defying NATO .   ("Russia" the object of "said", "defying" a bare dep)
        assertEquals(List.of("USA>RUS 112 asserted"), code("""
                1 The the DT 2 det
                2 U.S. U.S. NNP 3 nsubj
                3 said say VBD 0 root
                4 Russia Russia NNP 3 obj
                5 is be VBZ 7 aux
                6 flagrantly flagrantly RB 7 advmod
                7 defying defy VBG 3 dep
                8 NATO NATO NNP 7 obj
                9 . . . 3 punct
                """));
    }

    @Test
    void aPassiveVictimIsNeverTheAccused() {
        // Ukraine alleged NATO officials were attacked by Russia .   The accused is the agent, not the officials.
        assertEquals(List.of("UKR>RUS 112 asserted"), code("""
                1 Ukraine Ukraine NNP 2 nsubj
                2 alleged allege VBD 0 root
                3 NATO NATO NNP 4 compound
                4 officials official NNS 6 nsubj:pass
                5 were be VBD 6 aux:pass
                6 attacked attack VBN 2 ccomp
                7 by by IN 8 case
                8 Russia Russia NNP 6 obl:agent
                9 . . . 2 punct
                """));
        // Ukraine alleged NATO officials were attacked .   No doer named: no one is accused, and no act is coded.
        assertEquals(List.of(), code("""
                1 Ukraine Ukraine NNP 2 nsubj
                2 alleged allege VBD 0 root
                3 NATO NATO NNP 4 compound
                4 officials official NNS 6 nsubj:pass
                5 were be VBD 6 aux:pass
                6 attacked attack VBN 2 ccomp
                7 . . . 2 punct
                """));
    }

    @Test
    void aSpeakerOfItsOwnActsOrOfWhatMayHappenAccusesNoOne() {
        // Russia said it repeatedly attacked separatists .   A pronoun doer is the speaker's own side.
        assertEquals(List.of(), code("""
                1 Russia Russia NNP 2 nsubj
                2 said say VBD 0 root
                3 it it PRP 5 nsubj
                4 repeatedly repeatedly RB 5 advmod
                5 attacked attack VBD 2 ccomp
                6 separatists separatist NNS 5 obj
                7 . . . 2 punct
                """).stream().filter(e -> e.contains(" 112 ")).toList());
        // Russia claimed its Gondor Brigade attacked separatists .   The speaker's own men: a claim of its own act.
        assertEquals(List.of(), code("""
                1 Russia Russia NNP 2 nsubj
                2 claimed claim VBD 0 root
                3 its its PRP$ 5 nmod:poss
                4 Gondor Gondor NNP 5 compound
                5 Brigade Brigade NNP 6 nsubj
                6 attacked attack VBD 2 ccomp
                7 separatists separatist NNS 6 obj
                8 . . . 2 punct
                """).stream().filter(e -> e.contains(" 112 ")).toList());
        // Ukrainian officials said Ukraine repeatedly attacked separatists .   The speaker's own country.
        assertEquals(List.of(), code("""
                1 Ukrainian Ukrainian JJ 2 amod
                2 officials official NNS 3 nsubj
                3 said say VBD 0 root
                4 Ukraine Ukraine NNP 6 nsubj
                5 repeatedly repeatedly RB 6 advmod
                6 attacked attack VBD 3 ccomp
                7 separatists separatist NNS 6 obj
                8 . . . 3 punct
                """).stream().filter(e -> e.contains(" 112 ")).toList());
        // Ukraine said Russia could repeatedly attack NATO .   A prediction, not conduct.
        assertEquals(List.of(), code("""
                1 Ukraine Ukraine NNP 2 nsubj
                2 said say VBD 0 root
                3 Russia Russia NNP 6 nsubj
                4 could could MD 6 aux
                5 repeatedly repeatedly RB 6 advmod
                6 attack attack VB 2 ccomp
                7 NATO NATO NNP 6 obj
                8 . . . 2 punct
                """).stream().filter(e -> e.contains(" 112 ")).toList());
    }

    @Test
    void callingAPartysAssertionsBaselessIsADenial() {
        // Ukraine called Russia 's assertions " baseless " .
        assertEquals(List.of("UKR>RUS 016 asserted"), code("""
                1 Ukraine Ukraine NNP 2 nsubj
                2 called call VBD 0 root
                3 Russia Russia NNP 5 nmod:poss
                4 's 's POS 3 case
                5 assertions assertion NNS 7 nsubj
                6 " " `` 7 punct
                7 baseless baseless JJ 2 xcomp
                8 " " '' 7 punct
                9 . . . 2 punct
                """));
    }

    @Test
    void aChargeAPartyRejectsInARelativeClauseIsDeniedToTheClaimant() {
        // Ukraine reiterated the claim , a charge Russia rejected .   (no relative word: "charge" is what was rejected)
        assertEquals(List.of("RUS>UKR 016 asserted"), code("""
                1 Ukraine Ukraine NNP 2 nsubj
                2 reiterated reiterate VBD 0 root
                3 the the DT 4 det
                4 claim claim NN 2 obj
                5 , , , 2 punct
                6 a a DT 7 det
                7 charge charge NN 2 obl:npmod
                8 Russia Russia NNP 9 nsubj
                9 rejected reject VBD 7 acl:relcl
                10 . . . 2 punct
                """));
    }
}
