package org.dyad.core.dictionary.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dyad.core.dictionary.VerbDictionary;
import org.dyad.core.dictionary.VerbPattern;
import org.junit.jupiter.api.Test;

class PetrarchVerbReaderTest {
    private static final String ASK = """
            &CURRENCY
            # some are plural already
            +MONEY
            +DOLLAR
            +CASH_

            ---  ASK   [---]  ---
            +ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]
            ASK     [020]
            QUERY {QUERYING QUERIES QUERIED }
            - * EXTRADITION                                       [0213]        # REQUEST
            - * (FOR {FINANCIAL AID})                             [0231]        # ASK
            - * &CURRENCY                                         [0231]        # REQUEST
            - * (AGAINST)                                         [113]         # REQUEST
            - * MEETING                                           [036:036]     # ASK
            - PROSECUTOR * DETENTION                              [173]         # REQUEST
            - * (TO {BANNED PARTIES}) $                           [1722]
            - SAID * HELP                                         [020]
            - * CARD                                              [---]

            ---  THREATEN   [130]  ---
            THREATEN
            - * TO IMPOSE SANCTIONS                               [1312]

            ~ a (a b ATTACK) SAY = a b 015
            """;

    /**
     * The conditions of each pattern of a lemma with the given code, as text, e.g. "obj=extradition"; the readings
     * of the object inside a "to" complement ({@link #complementReadings}) left aside.
     */
    private static Set<String> conditions(List<VerbPattern> patterns, String lemma, String code) {
        Set<String> out = allConditions(patterns, lemma, code);
        out.removeIf(c -> c.contains("xcomp=*>"));
        return out;
    }

    private static Set<String> allConditions(List<VerbPattern> patterns, String lemma, String code) {
        return patterns.stream().filter(p -> p.lemma().equals(lemma) && p.code().equals(code))
                .map(p -> p.conditions().stream().map(c -> sorted(c.toString())).sorted()
                        .collect(Collectors.joining(" ")))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void complementReadings() {
        List<VerbPattern> patterns = PetrarchVerbReader.read("test.verbs.txt", String.join("\n",
                "--- VOW [170] ---", "VOW", "- * WAR [173]", "- * TO RECONSIDER [102]", "- * (AGAINST) WAR [174]",
                ""), new LoadReport.Builder());
        // "vowed to wage war": PETRARCH reads the words in order, so the object may be the "to" complement's.
        assertEquals(Set.of("obj=war", "xcomp=*>mark=to xcomp=*>obj=war"), allConditions(patterns, "vow", "173"));
        // A complement the pattern names, or an object that does not open the words after the verb, has none.
        assertEquals(Set.of("xcomp=reconsider"), allConditions(patterns, "vow", "102"));
        assertEquals(Set.of("obj=war obl:against=*"), allConditions(patterns, "vow", "174"));
    }

    /** Step lemma sets come from sets; sort them so that the text is stable. */
    private static String sorted(String path) {
        StringBuilder b = new StringBuilder();
        for (String step : path.split(">")) {
            int eq = step.indexOf('=');
            String lemmas = new TreeSet<>(List.of(step.substring(eq + 1).split("\\|"))).stream()
                    .collect(Collectors.joining("|"));
            if (b.length() > 0) b.append('>');
            b.append(step, 0, eq + 1).append(lemmas);
        }
        return b.toString();
    }

    @Test
    void blockVerbsShareTheBlocksPatterns() {
        LoadReport.Builder report = new LoadReport.Builder();
        List<VerbPattern> patterns = PetrarchVerbReader.read("test.verbs.txt", ASK, report);
        assertTrue(conditions(patterns, "ask", "020").contains(""), "ASK [020] alone");
        assertEquals(Set.of("obj=extradition", "obl:for=extradition"), conditions(patterns, "ask", "0213"),
                "ASK and ASK_FOR");
        assertEquals(Set.of("obj=extradition"), conditions(patterns, "query", "0213"),
                "a pattern applies to every verb of its block");
        assertEquals(Set.of("governor=said obj=help"), conditions(patterns, "query", "020"),
                "QUERY has no code of its own in a [---] block, only the pattern SAID * HELP");
    }

    @Test
    void prepositionalPhrasesNounPhrasesAndSynsets() {
        List<VerbPattern> patterns = PetrarchVerbReader.read("test.verbs.txt", ASK, new LoadReport.Builder());
        assertEquals(Set.of("obl:for=aid>amod=financial", "obl:for=aid>compound=financial"),
                conditions(patterns, "query", "0231").stream().filter(s -> s.contains("aid"))
                        .collect(Collectors.toCollection(TreeSet::new)),
                "a modifier may be amod or compound");
        assertTrue(conditions(patterns, "ask", "0231").contains("obj=cash|dollar|money"), "&CURRENCY expands");
        assertEquals(Set.of("obl:against=*"), conditions(patterns, "query", "113"));
        assertEquals(Set.of("nsubj=prosecutor obj=detention"), conditions(patterns, "query", "173"));
        assertEquals(Set.of("xcomp=impose>obj=sanctions"),
                conditions(patterns, "threaten", "1312"));
        assertEquals(Set.of(""), conditions(patterns, "threaten", "130"));
    }

    @Test
    void aPrepositionalVerbTakesThePatternsObjectUnderItsPreposition() {
        List<VerbPattern> patterns = PetrarchVerbReader.read("test.verbs.txt", ASK, new LoadReport.Builder());
        assertEquals(Set.of("obl:for=*"), conditions(patterns, "ask", "020").stream()
                .filter(s -> !s.isEmpty() && !s.contains("governor="))
                .collect(Collectors.toSet()), "+ASK_FOR [020]");
        assertTrue(conditions(patterns, "ask", "0213").contains("obl:for=extradition"), "asked for extradition");
    }

    @Test
    void aTargetBeforeTheVerbAndASourceInAPhraseAfterItSwapTheParties() {
        List<VerbPattern> patterns = PetrarchVerbReader.read("test.verbs.txt", """
                --- FREE  [066] ---
                FREE
                - + * FROM $  [066]
                - + * AMNESTY  [066]
                --- BREAK [1717] ---
                BREAK
                - + * IN $  [075]
                """, new LoadReport.Builder());
        assertEquals(Set.of("", "obl:from=* (source)"), conditions(patterns, "free", "066"),
                "X was freed from Y: Y is the source; a + with no $ after the verb stays unmapped");
        assertEquals(Set.of("obl:in=* (source)"), conditions(patterns, "break", "075"),
                "IN before the source's $ is its preposition, not a particle");
    }

    @Test
    void aPairedCodeGivesTheReverseEventsCode() {
        List<VerbPattern> patterns = PetrarchVerbReader.read("test.verbs.txt", ASK, new LoadReport.Builder());
        assertTrue(patterns.stream().anyMatch(p -> p.code().equals("036") && "036".equals(p.reverseCode())),
                "- * MEETING [036:036]: asked for a meeting, and the other side is asked back");
        assertTrue(patterns.stream().filter(p -> p.code().equals("020")).allMatch(p -> p.reverseCode() == null));
    }

    @Test
    void aNegatedAuxiliarySynsetBeforeTheVerbIsOneConditionSetPerMember() {
        String verbs = """
                &NEGAUX
                +DID N'T
                +WILL NOT
                
                --- CLASH  [223] ---
                CLASH
                - &NEGAUX * OVER EFFORTS  [904]
                - MOST_CERTAINLY_&NEGAUX_EVER * OVER EFFORTS  [907]
                """;
        List<VerbPattern> patterns = PetrarchVerbReader.read("neg.verbs.txt", verbs, new LoadReport.Builder());
        // A member's words stand together ("did n't"), so each also asks for its next word.
        assertEquals(Set.of("advmod=n't|not aux=do>next=n't obl:over=efforts",
                        "advmod=n't|not aux=will>next=not obl:over=efforts"),
                conditions(patterns, "clash", "904"));
        // The _ joints also ask that the words stand side by side: "most certainly will not ever clash".
        assertTrue(conditions(patterns, "clash", "907").contains(
                "advmod=certainly>advmod=most>next=certainly>next=will>next=not>next=ever advmod=ever"
                        + " advmod=n't|not aux=will obl:over=efforts"));
    }

    @Test
    void wordsJoinedByUnderscoreMustStandSideBySide() {
        String verbs = """
                &TIETYPES
                +ECONOMIC
                +CULTURAL

                --- ABANDON  [345] ---
                ABANDON
                - * NEW_&TIETYPES_RELATIONS [903]
                - * IMPROVED &TIETYPES RELATIONS [904]

                --- CALL  [010] ---
                CALL
                - *_ON [095]
                - RECENTLY_* [025]
                """;
        List<VerbPattern> patterns = PetrarchVerbReader.read("joint.verbs.txt", verbs, new LoadReport.Builder());
        // Joined modifiers are found by word order, not dependency: "new global economic relations" fails.
        assertEquals(Set.of("obj=relations>previous=cultural|economic>previous=new"),
                conditions(patterns, "abandon", "903"));
        assertTrue(conditions(patterns, "abandon", "904").contains(
                "obj=relations>amod=cultural|economic obj=relations>amod=improved"),
                "words apart (a space) stay dependency modifiers");
        // "*_ON": the word after the verb, whether the parser makes it a particle or a preposition.
        assertEquals(Set.of("next=on"), conditions(patterns, "call", "095"));
        assertEquals(Set.of("advmod=recently previous=recently"), conditions(patterns, "call", "025"));
    }

    @Test
    void aMultiWordSynsetMemberIsAPhraseOfItsOwn() {
        String verbs = """
                &CURRENCY
                +DOLLARS
                +GOLDEN_GOBLIN_GALLEONS
                +AUSTRIAN FLORIN

                --- CONTRIBUTE [070]  ---
                CONTRIBUTE
                - * &CURRENCY [903]
                """;
        List<VerbPattern> patterns = PetrarchVerbReader.read("member.verbs.txt", verbs, new LoadReport.Builder());
        assertEquals(Set.of("obj=dollar|dollars",
                        "obj=galleon|galleons>previous=goblin>previous=golden",
                        "obj=florin>previous=austrian"),
                conditions(patterns, "contribute", "903"),
                "one-word members together, each longer member as its words; \"goblin galleons\" is no member");
    }

    @Test
    void aCompoundActorIsASubjectOrPhraseWithAConjunct() {
        String verbs = """
                --- AGREE  [081] ---
                AGREE
                - * WITH % [031]
                - % * [030:030]
                
                --- WARN  [160] ---
                WARN
                - * THEIR ^ ABOUT +  [162]
                
                --- EXCLUDE  [1721] ---
                EXCLUDE
                +CORDON_OFF
                """;
        List<VerbPattern> patterns = PetrarchVerbReader.read("pct.verbs.txt", verbs, new LoadReport.Builder());
        assertEquals(Set.of("nsubj=*>conj=*"), conditions(patterns, "agree", "030"), "France and Italy agree");
        assertEquals(Set.of("obl:with=*>conj=*"), conditions(patterns, "agree", "031"), "agrees with France and Italy");
        assertEquals(Set.of("obj=*>nmod:poss=their obl:about=*", "obj=*>nmod:about=* obj=*>nmod:poss=their"),
                conditions(patterns, "warn", "162"), "warned their populations about the Prince");
        assertEquals(Set.of("compound:prt=off", "obl:off=*"), conditions(patterns, "cordon", "1721"),
                "cordoned off the roads: off as particle or as preposition, as the parser reads it");
    }

    @Test
    void whatCannotBeMappedIsReportedWithItsLine() {
        LoadReport.Builder report = new LoadReport.Builder();
        PetrarchVerbReader.read("test.verbs.txt", ASK, report);
        LoadReport r = report.build();
        Set<Integer> lines = r.unmapped().stream().map(LoadReport.Unmapped::line).collect(Collectors.toSet());
        // Line 18, "SAID * HELP", is a governing verb and maps (see aVerbFormOpeningThePatternGovernsTheVerb).
        assertEquals(Set.of(17, 19, 25), lines, r.unmapped()::toString);
        assertTrue(r.unmapped().stream().allMatch(u -> u.file().equals("test.verbs.txt")));
        assertEquals(0, r.approximated().stream().filter(u -> u.line() == 15).count(), "[036:036] keeps its reverse");
        assertEquals(6, r.count("verbs.irregular forms"), "three for ASK_FOR, three for QUERY");
    }

    @Test
    void cameoVerbDictionaryMapsMostPatterns() {
        LoadReport.Builder report = new LoadReport.Builder();
        List<VerbPattern> patterns = PetrarchVerbReader.read(SharedPetrarch.file("CAMEO.2.0.txt"), report);
        LoadReport r = report.build();
        assertTrue(r.count("verbs.pattern lines") > 4_000);
        assertTrue(r.count("verbs.pattern lines mapped") > 0.9 * r.count("verbs.pattern lines"), r.summary());
        VerbDictionary verbs = VerbDictionary.of(patterns);

        // --- ARRANGE: - * OFF &WEAPON [183] # SET — "set off a bomb"
        assertTrue(verbs.verbPatterns("set").stream().anyMatch(p -> p.code().equals("183")
                && p.conditions().stream().anyMatch(c -> c.toString().equals("compound:prt=off"))
                && p.conditions().stream().anyMatch(c -> c.steps().get(0).relation().equals("obj")
                && c.steps().get(0).lemmas().contains("gun"))), "SET OFF &WEAPON → 183");
        // --- ASK: - * (FOR {FINANCIAL AID}) [0231]
        assertTrue(conditions(patterns, "request", "0231").contains("obl:for=aid>amod=financial"));
        // The transformations at the end of the file are reported one by one.
        assertTrue(r.unmapped().stream().anyMatch(u -> u.file().equals("CAMEO.2.0.txt") && u.line() == 9178
                && u.reason().startsWith("transformation")), r.unmapped().toString());
        assertEquals(8, r.count("verbs.transformations"));
    }

    @Test
    void subjectNounsJoinedByUnderscoreStandSideBySide() {
        List<VerbPattern> patterns = PetrarchVerbReader.read("test.verbs.txt", """
                --- RISEN  [---] ---
                RISEN
                - DEATH_TOTAL * [224]
                - DEATH TOLL * [223]
                """, new LoadReport.Builder());
        // "DEATH_TOTAL": "death total", not "death and injury total" (the word before "total" is "injury").
        assertEquals(Set.of("nsubj=total>previous=death"), conditions(patterns, "risen", "224"));
        assertEquals(Set.of("nsubj=toll>amod=death", "nsubj=toll>compound=death"), conditions(patterns, "risen", "223"),
                "DEATH TOLL: words apart, a modifier");
    }

    @Test
    void neitherBeforeTheVerbOpensTheSubject() {
        List<VerbPattern> patterns = PetrarchVerbReader.read("test.verbs.txt", """
                --- BOYCOTT  [191] ---
                BOYCOTT
                - NEITHER * [081]
                """, new LoadReport.Builder());
        assertEquals(Set.of("nsubj=*>cc:preconj=neither"), conditions(patterns, "boycott", "081"),
                "Neither Galadriel nor Gollum boycotted");
    }

    @Test
    void wordsOfAMultiWordVerbBeforeItsVerbStandJustBeforeIt() {
        LoadReport.Builder report = new LoadReport.Builder();
        List<VerbPattern> patterns = PetrarchVerbReader.read("test.verbs.txt", """
                --- CONFISCATE  [1711] ---
                CONFISCATE
                WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }
                - WILL NOT * [081]
                """, report);
        // "soldiers wire tapped the links": the parser makes "wire" a noun, so the word before the verb, not a dependent.
        assertEquals(Set.of("previous=wire"), conditions(patterns, "tap", "1711"));
        assertEquals(Set.of("advmod=n't|not aux=will previous=wire"), conditions(patterns, "tap", "081"));
        // "will not wire tap the links": the parser makes "wire" the verb and "tap" its object; the same words.
        assertEquals(Set.of("next=tap"), conditions(patterns, "wire", "1711"));
        assertEquals(Set.of("advmod=n't|not aux=will next=tap"), conditions(patterns, "wire", "081"));
        assertTrue(report.build().unmapped().isEmpty(), report.build().unmapped()::toString);
    }

    @Test
    void aSynsetBetweenTheGoverningVerbAndTheVerbModifiesTheVerb() {
        LoadReport.Builder report = new LoadReport.Builder();
        List<VerbPattern> patterns = PetrarchVerbReader.read("test.verbs.txt", """
                &ACCORDSYN
                +CLOSER
                +NEARER

                --- ACCORD [---] ---
                ACCORD
                - INCHING &ACCORDSYN *  [083]
                """, report);
        // "inching nearer to accord with Gondor": "nearer" modifies "accord", it is not its subject.
        assertFalse(conditions(patterns, "accord", "083").isEmpty(), report.build().unmapped()::toString);
        assertTrue(conditions(patterns, "accord", "083").stream().allMatch(c -> c.contains("governor=inching")
                && c.contains("closer") && !c.contains("nsubj")), conditions(patterns, "accord", "083")::toString);
    }

    @Test
    void aVerbFormOpeningThePatternGovernsTheVerb() {
        LoadReport.Builder report = new LoadReport.Builder();
        List<VerbPattern> patterns = PetrarchVerbReader.read("test.verbs.txt", """
                --- DEPLORE [122] ---
                DEPLORE
                - INDICATED *  [123]
                - SAID WOULD NOT *  [112]
                - SAID $ *  [113]
                """, report);
        // "indicated it deplored": the verb whose clause the predicate heads, with the auxiliaries on the predicate.
        assertEquals(Set.of("governor=indicated"), conditions(patterns, "deplore", "123"));
        assertEquals(Set.of("advmod=n't|not aux=would governor=said"), conditions(patterns, "deplore", "112"));
        // A marker between them is no governing verb Dyad can read.
        assertTrue(conditions(patterns, "deplore", "113").isEmpty());
        assertTrue(report.build().unmapped().stream().anyMatch(u -> u.line() == 5), report.build().unmapped()::toString);
    }
}
