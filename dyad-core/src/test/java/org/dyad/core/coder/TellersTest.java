package org.dyad.core.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.dictionary.Gazetteer;
import org.dyad.core.dictionary.VerbDictionary;
import org.dyad.core.model.AnnotatedSentence;
import org.dyad.core.model.Event;
import org.dyad.core.ontology.CameoCatalog;
import org.dyad.core.ontology.PloverMapping;
import org.junit.jupiter.api.Test;

/** The one who tells of an act is not its doer: sentences parsed by hand, as the parser reads them. */
class TellersTest {
    static final VerbDictionary VERBS = VerbDictionary.read("test-verbs", new ByteArrayInputStream(String.join("\n",
            "kill\tV\t\t190",
            "attack\tV\t\t190").getBytes(StandardCharsets.UTF_8)));
    static final EventCoder CODER = new EventCoder(VERBS, CameoCatalog.builtIn(), PloverMapping.builtIn(), Gazetteer.builtIn());

    static List<String> dyads(AnnotatedSentence s) {
        List<String> out = new ArrayList<>();
        for (Event e : CODER.code("doc", EventCoderTest.STORY, s,
                ParticipantsTest.ACTOR_CODER.mentions(s.tokens(), EventCoderTest.STORY))) {
            out.add(e.source().code() + ">" + (e.target() == null ? "-" : e.target().code()) + " " + e.cameo().code());
        }
        return out;
    }

    @Test
    void whoToldOfTheKillingsDidNotKill() {
        // Russian officials told reporters five civilians had been killed .  (the parser chains "killed" to "told",
        // its passive subject being the object of "told")
        AnnotatedSentence s = HandParse.parse("""
                1 Russian Russian JJ 2 amod
                2 officials official NNS 3 nsubj
                3 told tell VBD 0 root
                4 reporters reporter NNS 3 obj
                5 five five CD 6 nummod
                6 civilians civilian NNS 9 nsubj:pass
                7 had have VBD 9 aux
                8 been be VBN 9 aux:pass
                9 killed kill VBN 3 xcomp
                10 . . . 3 punct
                """);
        AnnotatedSentence controlled = HandParse.parse("""
                1 Russian Russian JJ 2 amod
                2 officials official NNS 3 nsubj
                3 told tell VBD 0 root
                4 civilians civilian NNS 3 obj 7:nsubj:pass:xsubj
                5 had have VBD 7 aux
                6 been be VBN 7 aux:pass
                7 killed kill VBN 3 xcomp
                8 . . . 3 punct
                """);
        assertTrue(dyads(controlled).stream().noneMatch(d -> d.startsWith("RUSGOV")), dyads(controlled).toString());
        assertTrue(dyads(s).stream().noneMatch(d -> d.startsWith("RUSGOV")), dyads(s).toString());
    }

    @Test
    void aChainedVerbWithoutItsOwnSubjectStillSharesItsHeads() {
        // Russian officials tried to attack Kyiv .
        AnnotatedSentence s = HandParse.parse("""
                1 Russian Russian JJ 2 amod
                2 officials official NNS 3 nsubj
                3 tried try VBD 0 root
                4 to to TO 5 mark
                5 attack attack VB 3 xcomp
                6 Kyiv Kyiv NNP 5 obj
                7 . . . 3 punct
                """);
        assertEquals(List.of("RUSGOV>UKRGOV 190"), dyads(s));
    }
}
