package org.dyad.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.DocumentCoder;
import org.dyad.core.annotate.Annotator;
import org.dyad.core.annotate.SentenceSelector;
import org.dyad.core.coder.ActorMention;
import org.dyad.core.dictionary.Gazetteer;
import org.dyad.core.model.AnnotatedSentence;
import org.dyad.core.model.Document;
import org.dyad.core.model.Token;
import org.dyad.store.EventStore;

/**
 * Finds the named things no dictionary codes, for {@code dyad actors}' list of dictionary candidates, at no extra
 * annotation cost: it wraps the annotator and reads the sentences the coder gets anyway.
 *
 * <p>Dyad's default pipeline runs no NER (it would double the parse cost, see docs/BENCHMARKS.md), so a candidate
 * is a run of proper nouns (POS NNP/NNPS, which every sentence gets) that no actor dictionary entry covers and
 * that is not a gazetteer place, a month or a weekday. That catches people and organisations ("Hayat Tahrir
 * al-Sham", "Pete Hegseth") at the price of some other capitalised names, which the ranking by documents pushes
 * down.
 */
final class NameFinder implements Annotator {
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "sep.", "oct.",
            "nov.", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private final java.util.function.Supplier<Annotator> load;
    private volatile Annotator inner;
    private final Gazetteer places;
    private DocumentCoder coder;
    private final Map<Document, List<EventStore.Name>> found = Collections.synchronizedMap(new IdentityHashMap<>());

    /**
     * @param load makes the real annotator; called on the first document, so a resumed ingest with nothing left
     *             to code never loads CoreNLP's models
     */
    NameFinder(java.util.function.Supplier<Annotator> load, Gazetteer places) {
        this.load = load;
        this.places = places;
    }

    /** The coder whose actor dictionaries decide what is already coded; set once, before the first document. */
    void useCoder(DocumentCoder coder) {
        this.coder = coder;
    }

    @Override
    public List<AnnotatedSentence> annotate(Document document, SentenceSelector selector) {
        List<AnnotatedSentence> sentences = annotator().annotate(document, selector);
        List<EventStore.Name> names = new ArrayList<>();
        for (AnnotatedSentence s : sentences) names.addAll(names(s, document));
        found.put(document, names);
        return sentences;
    }

    private Annotator annotator() {
        Annotator a = inner;
        if (a == null) {
            synchronized (this) {
                if (inner == null) inner = load.get();
                a = inner;
            }
        }
        return a;
    }

    /** The names found in a document when it was coded, handed over once. */
    List<EventStore.Name> take(Document document) {
        List<EventStore.Name> names = found.remove(document);
        return names == null ? List.of() : names;
    }

    private List<EventStore.Name> names(AnnotatedSentence s, Document document) {
        List<Token> tokens = s.tokens();
        List<ActorMention> mentions = coder.mentions(tokens, document.date());
        List<EventStore.Name> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).isProperNoun()) {
                i++;
                continue;
            }
            int end = i;
            while (end < tokens.size() && tokens.get(end).isProperNoun()) end++;
            if (keep(tokens, i, end, mentions)) {
                StringBuilder name = new StringBuilder();
                for (int t = i; t < end; t++) {
                    if (t > i && tokens.get(t).begin() > tokens.get(t - 1).end()) name.append(' ');
                    name.append(tokens.get(t).word());
                }
                out.add(new EventStore.Name(s.index(), name.toString()));
            }
            i = end;
        }
        return out;
    }

    private boolean keep(List<Token> tokens, int begin, int end, List<ActorMention> mentions) {
        for (ActorMention m : mentions) {
            if (m.begin() < end && begin < m.end()) return false;
        }
        boolean meaningful = false;
        for (int t = begin; t < end; t++) {
            String w = tokens.get(t).word();
            if (w.length() > 1 && Character.isLetter(w.charAt(0))
                    && !CALENDAR.contains(w.toLowerCase(Locale.ROOT))) meaningful = true;
        }
        if (!meaningful) return false;
        return places.at(tokens, begin).isEmpty();
    }
}
