package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.WordsToSentencesAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dyad.core.Cancellation;
import org.dyad.core.annotate.Annotator;
import org.dyad.core.annotate.SentenceSelector;
import org.dyad.core.model.AnnotatedSentence;
import org.dyad.core.model.Dependency;
import org.dyad.core.model.Document;
import org.dyad.core.model.Timex;
import org.dyad.core.model.Token;

/**
 * Stanford CoreNLP behind Dyad's {@link Annotator}, in two tiers.
 *
 * <p>Tier 1 runs on every sentence: tokenize, sentence split (a blank line is a sentence break, so a headline
 * is not glued to the first sentence, and a title such as "Sec." or "H.E." is no break, see {@link Abbreviations}),
 * POS and lemma, at over a thousand sentences a second. Tier 2 runs only on
 * sentences the {@link SentenceSelector} accepts: the enhanced++ UD dependency parse and SUTime temporal
 * expressions anchored at the document date, and optionally CRF-only NER. Tier 2 costs far more per sentence,
 * so a sentence that cannot yield an event never pays for it. Within tier 2, SUTime is skipped for sentences with
 * no digit and no time word at all ({@link TemporalCues}), which halves its calls on news text.
 *
 * <p>Models are loaded once per process, in holder classes the JVM initialises lazily and thread-safely; every
 * instance shares them, so constructing a second annotator is cheap. CoreNLP's {@code annotate} is safe to call
 * from many threads on shared annotators, and each call here works on its own {@link Annotation}, which is
 * dropped as soon as it has been converted to Dyad's records.
 */
public final class CoreNlpAnnotator implements Annotator {

    /**
     * @param ner run CoreNLP's CRF NER (3-, 7- and 4-class models; no fine-grained rules, no SUTime, no numeric
     *            classifiers) on the selected sentences. Off by default: it roughly doubles tier-2 cost per
     *            sentence, and Dyad's actor dictionaries, not NER, decide who an actor is. Tokens of sentences
     *            that were not selected, or of any sentence when this is off, carry NER "O".
     */
    public record Options(boolean ner) {
        public static final Options DEFAULT = new Options(false);
    }

    private final Options options;

    /** An annotator without NER. Loads the models on first construction in the process (about 5 s). */
    public CoreNlpAnnotator() {
        this(Options.DEFAULT);
    }

    public CoreNlpAnnotator(Options options) {
        this.options = options;
        // Touch the holders now, so model loading happens here and not inside the first document's timing.
        Tier1.TOKENIZER.getClass();
        Tagger.PIPELINE.getClass();
        Parser.PIPELINE.getClass();
        Sutime.ANNOTATOR.getClass();
        if (options.ner()) Ner.PIPELINE.getClass();
    }

    public Options options() {
        return options;
    }

    @Override
    public List<AnnotatedSentence> annotate(Document document, SentenceSelector selector) {
        String text = document.text();
        Annotation whole = new Annotation(text);
        Tier1.TOKENIZER.annotate(whole);
        if (Abbreviations.mend(whole)) {
            whole.remove(CoreAnnotations.SentencesAnnotation.class); // the splitter keeps sentences it finds
            Tier1.SPLITTER.annotate(whole);
        }
        List<CoreMap> sentences = whole.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.isEmpty()) return List.of();
        inBatches(text, sentences, Tagger.PIPELINE, null);

        // Ask the selector with tier-1 tokens only (NER "O"), as the interface promises.
        boolean[] selected = new boolean[sentences.size()];
        List<CoreMap> toParse = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap sentence = sentences.get(i);
            if (selector.needsParse(tokens(sentence, false))) {
                selected[i] = true;
                toParse.add(sentence);
            }
        }

        String docDate = document.date().toString();
        if (!toParse.isEmpty()) {
            // Sub-documents holding only the selected sentences: the sentence annotators (NER, depparse)
            // iterate over SentencesAnnotation, so unselected sentences are never touched.
            if (options.ner()) inBatches(text, toParse, Ner.PIPELINE, docDate);
            inBatches(text, toParse, Parser.PIPELINE, docDate);
        }

        List<AnnotatedSentence> out = new ArrayList<>(sentences.size());
        // One SUTime index per document, as CoreNLP's own TimeAnnotator keeps (it numbers the timexes).
        SUTime.TimeIndex timeIndex = new SUTime.TimeIndex();
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap sentence = sentences.get(i);
            int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            List<Token> tokens = tokens(sentence, selected[i] && options.ner());
            List<Dependency> dependencies = List.of();
            List<Timex> timexes = List.of();
            if (selected[i]) {
                Cancellation.check();
                dependencies = dependencies(sentence);
                timexes = timexes(sentence, tokens, docDate, timeIndex);
            }
            out.add(new AnnotatedSentence(i, text.substring(begin, end), begin, end, tokens, dependencies, timexes));
        }
        return out;
    }

    /** Sentences per sub-document: small enough that an interrupt is seen within a fraction of a second. */
    private static final int BATCH = 8;

    /**
     * Runs sentence annotators over the sentences a few at a time, checking for cancellation between batches
     * ({@link Cancellation}); each sentence is annotated on its own either way, so the result is the same as one
     * call over all of them.
     */
    private static void inBatches(String text, List<CoreMap> sentences, StanfordCoreNLP pipeline, String docDate) {
        for (int from = 0; from < sentences.size(); from += BATCH) {
            Cancellation.check();
            List<CoreMap> batch = sentences.subList(from, Math.min(sentences.size(), from + BATCH));
            Annotation part = new Annotation(text);
            part.set(CoreAnnotations.SentencesAnnotation.class, batch);
            // NER aligns its own re-tokenisation against the document-level token list; here that is the
            // batch's tokens, in order.
            List<CoreLabel> tokens = new ArrayList<>();
            for (CoreMap sentence : batch) tokens.addAll(sentence.get(CoreAnnotations.TokensAnnotation.class));
            part.set(CoreAnnotations.TokensAnnotation.class, tokens);
            if (docDate != null) part.set(CoreAnnotations.DocDateAnnotation.class, docDate);
            pipeline.annotate(part);
        }
    }

    private static List<Token> tokens(CoreMap sentence, boolean withNer) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String ner = withNer && l.ner() != null ? l.ner() : "O";
            tokens.add(new Token(i, l.word(), l.lemma(), l.tag(), ner, l.beginPosition(), l.endPosition()));
        }
        return tokens;
    }

    /** The enhanced++ graph of a parsed sentence as Dyad arcs. */
    private static List<Dependency> dependencies(CoreMap sentence) {
        return SemanticGraphs.arcs(sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
    }

    private static List<Timex> timexes(CoreMap sentence, List<Token> tokens, String docDate,
                                       SUTime.TimeIndex timeIndex) {
        if (!TemporalCues.mayHoldTimex(tokens)) return List.of();
        List<CoreMap> found = Sutime.ANNOTATOR.annotateSingleSentence(sentence, docDate, timeIndex);
        if (found == null || found.isEmpty()) return List.of();
        List<Timex> out = new ArrayList<>(found.size());
        for (CoreMap expression : found) {
            edu.stanford.nlp.time.Timex timex = expression.get(TimeAnnotations.TimexAnnotation.class);
            if (timex == null) continue;
            String value = timex.value() != null ? timex.value() : timex.altVal();
            if (value == null) continue;
            // SUTime's token offsets count from the start of the document; its character offsets are exact,
            // so map those onto this sentence's tokens.
            int charBegin = expression.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int charEnd = expression.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            int first = -1;
            int last = -1;
            for (Token t : tokens) {
                if (t.end() > charBegin && t.begin() < charEnd) {
                    if (first < 0) first = t.index();
                    last = t.index();
                }
            }
            if (first < 0) continue;
            out.add(new Timex(first, last + 1, timex.text(), timex.timexType(), value));
        }
        return out;
    }

    // ---- Models, one copy per process. Each holder is initialised on first use by the JVM, which makes the
    // ---- loading both lazy and thread-safe without locks of our own.

    private static Properties quiet(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        p.setProperty("tokenize.language", "en");
        return p;
    }

    /**
     * Tokenizer and sentence splitter (CoreNLP 4.5 splits inside "tokenize"), the splitter again on a document whose
     * abbreviations {@link Abbreviations#mend} put back; tagging is {@link Tagger}'s, in batches.
     */
    private static final class Tier1 {
        static final StanfordCoreNLP TOKENIZER;
        static final WordsToSentencesAnnotator SPLITTER;

        static {
            Properties t = quiet("tokenize,ssplit");
            // Through the Java API the default is "never": a headline would be glued onto the first sentence.
            t.setProperty("ssplit.newlineIsSentenceBreak", "two");
            TOKENIZER = new StanfordCoreNLP(t);
            SPLITTER = new WordsToSentencesAnnotator(t);
        }
    }

    /** Tier 1's tagging, run in batches of sentences so that a long document can be cancelled part way. */
    private static final class Tagger {
        static final StanfordCoreNLP PIPELINE;

        static {
            Properties p = quiet("pos,lemma");
            p.setProperty("enforceRequirements", "false");
            PIPELINE = new StanfordCoreNLP(p);
        }
    }

    private static final class Parser {
        static final StanfordCoreNLP PIPELINE;

        static {
            Properties p = quiet("depparse");
            // Runs on a sub-document that is already tokenized, split, tagged and lemmatised.
            p.setProperty("enforceRequirements", "false");
            PIPELINE = new StanfordCoreNLP(p);
        }
    }

    private static final class Ner {
        static final StanfordCoreNLP PIPELINE;

        static {
            Properties p = quiet("ner");
            p.setProperty("enforceRequirements", "false");
            // CRF models only: the fine-grained regex rules, SUTime and the numeric classifiers cost 4x the CRFs
            // and label things like "assault" as CRIMINAL_CHARGE; SUTime runs separately, below.
            p.setProperty("ner.applyFineGrained", "false");
            p.setProperty("ner.useSUTime", "false");
            p.setProperty("ner.applyNumericClassifiers", "false");
            p.setProperty("ner.buildEntityMentions", "false");
            PIPELINE = new StanfordCoreNLP(p);
        }
    }

    private static final class Sutime {
        static final TimeAnnotator ANNOTATOR = new TimeAnnotator("sutime", new Properties());
    }
}
