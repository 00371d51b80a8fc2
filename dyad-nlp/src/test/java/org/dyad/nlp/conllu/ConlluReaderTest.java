package org.dyad.nlp.conllu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.core.model.AnnotatedSentence;
import org.dyad.core.model.Dependency;
import org.dyad.core.model.Token;
import org.junit.jupiter.api.Test;

class ConlluReaderTest {

    // Hand-written in the shape Stanza and CoreNLP print: enhanced arcs in DEPS, PTB tags in XPOS.
    private static final String THREAT = String.join("\n",
            "# sent_id = 1",
            "# text = Russia threatened to attack Ukraine.",
            "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t2:nsubj|4:nsubj:xsubj\tNER=LOCATION",
            "2\tthreatened\tthreaten\tVERB\tVBD\t_\t0\troot\t0:root\t_",
            "3\tto\tto\tPART\tTO\t_\t4\tmark\t4:mark\t_",
            "4\tattack\tattack\tVERB\tVB\t_\t2\txcomp\t2:xcomp\t_",
            "5\tUkraine\tUkraine\tPROPN\tNNP\t_\t4\tobj\t4:obj\tSpaceAfter=No",
            "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t2:punct\t_",
            "");

    // No "# text" line, no XPOS, no DEPS: the text is rebuilt from FORM and SpaceAfter=No.
    private static final String TALKS = String.join("\n",
            "# newpar",
            "1\tTalks\ttalk\tNOUN\t_\t_\t2\tnsubj\t_\t_",
            "2\tresumed\tresume\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No",
            "3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_",
            "");

    private static boolean has(AnnotatedSentence s, String relation, int governor, int dependent) {
        return s.dependencies().contains(new Dependency(governor, relation, dependent));
    }

    @Test
    void readsTokensLemmasTagsAndEnhancedArcs() {
        List<AnnotatedSentence> sentences = new ConlluReader().read(THREAT);
        assertEquals(1, sentences.size());
        AnnotatedSentence s = sentences.get(0);
        assertEquals("Russia threatened to attack Ukraine.", s.text());
        assertEquals(6, s.tokens().size());
        Token threatened = s.token(1);
        assertEquals("threatened", threatened.word());
        assertEquals("threaten", threatened.lemma());
        assertEquals("VBD", threatened.pos());
        assertEquals("LOCATION", s.token(0).ner());
        assertEquals("O", s.token(1).ner());

        assertEquals(1, s.root());
        assertTrue(has(s, "root", -1, 1));
        assertTrue(has(s, "xcomp", 1, 3));
        assertTrue(has(s, "obj", 3, 4));
        // From DEPS: Russia is also the (controlled) subject of "attack".
        assertTrue(has(s, "nsubj:xsubj", 3, 0));
        assertEquals(2, s.parents(0).size());
    }

    @Test
    void basicOnlyReaderIgnoresDeps() {
        AnnotatedSentence s = new ConlluReader(false).read(THREAT).get(0);
        assertFalse(has(s, "nsubj:xsubj", 3, 0));
        assertTrue(has(s, "nsubj", 1, 0));
        assertEquals(6, s.dependencies().size()); // one head per word in a basic tree
    }

    @Test
    void laysSentencesOutWithOffsetsIntoTheText() {
        ConlluDocument doc = new ConlluReader().readDocument(THREAT + "\n" + TALKS);
        assertEquals("Russia threatened to attack Ukraine.\n\nTalks resumed.", doc.text());
        assertEquals(2, doc.sentences().size());
        AnnotatedSentence talks = doc.sentences().get(1);
        assertEquals(1, talks.index());
        assertEquals("Talks resumed.", talks.text());
        assertEquals("NOUN", talks.token(0).pos()); // UPOS when XPOS is "_"
        for (AnnotatedSentence s : doc.sentences()) {
            assertEquals(s.text(), doc.text().substring(s.begin(), s.end()));
            for (Token t : s.tokens()) assertEquals(t.word(), doc.text().substring(t.begin(), t.end()));
        }
        assertEquals(doc.text().indexOf("resumed"), talks.token(1).begin());
    }

    @Test
    void multiwordTokensShareTheirSurfaceSpanAndEmptyNodesAreSkipped() {
        String conllu = String.join("\n",
                "# text = They won't attack.",
                "1\tThey\tthey\tPRON\tPRP\t_\t4\tnsubj\t4:nsubj\t_",
                "2-3\twon't\t_\t_\t_\t_\t_\t_\t_\t_",
                "2\two\twill\tAUX\tMD\t_\t4\taux\t4:aux\t_",
                "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_",
                "4\tattack\tattack\tVERB\tVB\t_\t0\troot\t0:root|4.1:conj\tSpaceAfter=No",
                "4.1\tattack\tattack\tVERB\tVB\t_\t_\t_\t4:conj\t_",
                "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_",
                "");
        AnnotatedSentence s = new ConlluReader().read(conllu).get(0);
        assertEquals(5, s.tokens().size());
        assertEquals("won't", s.text().substring(s.token(1).begin(), s.token(1).end()));
        assertEquals(s.token(1).begin(), s.token(2).begin());
        assertTrue(has(s, "advmod", 3, 2));
        assertTrue(s.dependencies().stream().noneMatch(d -> d.relation().equals("conj")));
    }

    @Test
    void sentenceWithoutHeadsIsUnparsed() {
        String conllu = "1\tSanctions\tsanction\tNOUN\tNNS\t_\t_\t_\t_\t_\n";
        AnnotatedSentence s = new ConlluReader().read(conllu).get(0);
        assertFalse(s.isParsed());
        assertEquals("sanction", s.token(0).lemma());
    }

    @Test
    void malformedLinesAreReportedWithTheirLineNumber() {
        String tooFewColumns = "# text = Russia attacked.\n1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\n";
        ConlluFormatException e = assertThrows(ConlluFormatException.class,
                () -> new ConlluReader().read(tooFewColumns));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("line 2:"), e.getMessage());

        String badHead = THREAT.replace("4\tobj\t4:obj", "x\tobj\t4:obj");
        assertEquals(7, assertThrows(ConlluFormatException.class, () -> new ConlluReader().read(badHead)).line());

        String headOutside = THREAT.replace("2\tpunct\t2:punct", "9\tpunct\t9:punct");
        assertEquals(8, assertThrows(ConlluFormatException.class,
                () -> new ConlluReader().read(headOutside)).line());

        String skippedId = THREAT.replace("3\tto\t", "7\tto\t");
        assertEquals(5, assertThrows(ConlluFormatException.class, () -> new ConlluReader().read(skippedId)).line());
    }
}
