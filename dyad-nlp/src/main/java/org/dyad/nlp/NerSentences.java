package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dyad.core.model.AnnotatedSentence;
import org.dyad.core.model.Token;

/**
 * Sentences with tokens, POS, lemmas and CoreNLP's CRF NER on every sentence, without a parse: what
 * {@code dyad geoparse} reads. Token offsets index the text exactly as given. Thread-safe; the models load once
 * per process on first use.
 */
public final class NerSentences {
    private NerSentences() {}

    public static List<AnnotatedSentence> annotate(String text) {
        Annotation doc = new Annotation(text);
        Pipeline.INSTANCE.annotate(doc);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<AnnotatedSentence> out = new ArrayList<>();
        if (sentences == null) return out;
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap s = sentences.get(i);
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            List<Token> tokens = new ArrayList<>(labels.size());
            for (int k = 0; k < labels.size(); k++) {
                CoreLabel l = labels.get(k);
                tokens.add(new Token(k, l.word(), l.lemma(), l.tag(), l.ner() == null ? "O" : l.ner(),
                        l.beginPosition(), l.endPosition()));
            }
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            out.add(new AnnotatedSentence(i, text.substring(begin, end), begin, end, tokens, List.of(), List.of()));
        }
        return out;
    }

    private static final class Pipeline {
        static final StanfordCoreNLP INSTANCE;

        static {
            Properties p = new Properties();
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
            p.setProperty("tokenize.language", "en");
            p.setProperty("ssplit.newlineIsSentenceBreak", "two");
            // CRF models only, as in CoreNlpAnnotator: the fine-grained rules and SUTime add cost, not places.
            p.setProperty("ner.applyFineGrained", "false");
            p.setProperty("ner.useSUTime", "false");
            p.setProperty("ner.applyNumericClassifiers", "false");
            p.setProperty("ner.buildEntityMentions", "false");
            INSTANCE = new StanfordCoreNLP(p);
        }
    }
}
