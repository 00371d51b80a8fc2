package org.dyad.core.dictionary.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.dictionary.VerbPattern;
import org.dyad.core.dictionary.VerbPattern.Path;
import org.dyad.core.dictionary.VerbPattern.Step;
import org.dyad.core.dictionary.petrarch.PatternSyntax.Item;
import org.dyad.core.dictionary.petrarch.PatternSyntax.Word;
import org.dyad.core.dictionary.petrarch.PatternSyntax.Syn;
import org.dyad.core.dictionary.petrarch.PatternSyntax.Marker;
import org.dyad.core.dictionary.petrarch.PatternSyntax.Phrase;
import org.dyad.core.dictionary.petrarch.PatternSyntax.Group;
import static org.dyad.core.dictionary.petrarch.PatternWords.PARTICLES;
import static org.dyad.core.dictionary.petrarch.PatternWords.AMBIGUOUS;
import static org.dyad.core.dictionary.petrarch.PatternWords.PREPOSITIONS;
import static org.dyad.core.dictionary.petrarch.PatternWords.TWO_WORD_PREPOSITIONS;
import static org.dyad.core.dictionary.petrarch.PatternWords.DETERMINERS;
import static org.dyad.core.dictionary.petrarch.PatternWords.AUXILIARIES;
import static org.dyad.core.dictionary.petrarch.PatternWords.ADVERBS;
import static org.dyad.core.dictionary.petrarch.PatternWords.POSSESSIVES;
import static org.dyad.core.dictionary.petrarch.PatternWords.IRREGULAR_PAST;
import static org.dyad.core.dictionary.petrarch.PatternWords.UNPLACEABLE;

/**
 * Maps one PETRARCH pattern's items onto the dependency steps of Dyad's {@link VerbPattern}s, for one verb of its
 * block: where each word, synset, marker and phrase hangs from the verb, and what word order ({@code _}) adds. The
 * rules, with the dictionary lines that need them, are in PetrarchVerbReader's documentation.
 */
final class PatternMapper {
    private final Synsets synsets;
    private final Verb verb;
    private final List<Spec> specs = new ArrayList<>();
    /** How this mapper reads the pattern where the dictionary line allows more than one reading. */
    private final Reading reading;
    /** The step each word or synset of the pattern became, for the word-order steps of {@code _}. */
    private final Map<Item, Spec> specOf = new java.util.IdentityHashMap<>();
    /** {@code *_ON}: the verb is joined to the word after it. */
    private boolean verbGlued;
    /** {@code + * FROM $}: the target stands before the verb, so the subject is the target. */
    private boolean targetIsSubject;
    /** Where the {@code $} after the verb went, when the target is the subject. */
    private Spec sourceSpec;
    /** Set when {@link Reading#OBJECT_IN_COMPLEMENT} placed the object there. */
    private boolean placedInComplement;

    /**
     * The readings of a pattern that the dictionary line leaves open. PETRARCH matches words in order, so where a
     * word hangs in the parse is sometimes a guess; each guess is a mapper of its own, and the reader keeps every
     * mapping that succeeds.
     */
    enum Reading {
        /** Prepositions after a noun hang from the verb, except "of", which hangs from the noun. */
        AS_WRITTEN,
        /** Every preposition after a noun hangs from that noun (nmod), not only "of". */
        PREPOSITIONS_ON_NOUN,
        /** The object that opens the words after the verb is the object of the verb's complement (xcomp). */
        OBJECT_IN_COMPLEMENT
    }

    PatternMapper(Synsets synsets, Verb verb, Reading reading) {
        this.synsets = synsets;
        this.verb = verb;
        this.reading = reading;
    }

    /** Whether {@link #map} placed the pattern's object in the verb's complement (only in that reading). */
    boolean placedInComplement() {
        return placedInComplement;
    }

    List<Spec> map(List<Item> items) {
        int star = 0;
        while (!(items.get(star) instanceof Marker m && m.c() == '*')) star++;
        verbGlued = ((Marker) items.get(star)).glued();
        mapPre(items.subList(0, star));
        List<Spec> out = mapPost(items.subList(star + 1, items.size()));
        if (targetIsSubject != (sourceSpec != null)) {
            throw new Unmappable("target (+) before the verb without the source ($) in a phrase after it");
        }
        joints(items);
        return out;
    }

    /**
     * PETRARCH's {@code _}: words joined by it stand side by side in the sentence. Each run of joined items
     * becomes a chain of word-order steps (previous, next) from the verb when the run holds it ("RECENTLY_*",
     * "*_ON"), else from the first item of the run that has a step of its own (NEW_&amp;TIETYPES_RELATIONS:
     * relations, then the word before it, then the one before that; MEMOS_ON_&amp;TIETYPES: memos, then "on",
     * then a member, which may modify the preposition's noun: "memos on economic issues"). Runs stay inside
     * their group or phrase.
     */
    private void joints(List<Item> items) {
        int start = 0;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it instanceof Group g) joints(g.items());
            if (it instanceof Phrase p) joints(p.words());
            if (glued(it) && i + 1 < items.size() && joinable(items.get(i + 1))) continue;
            if (i > start) chain(items.subList(start, i + 1));
            start = i + 1;
        }
    }

    private static boolean glued(Item it) {
        return it instanceof Word w && w.glued() || it instanceof Syn s && s.glued()
                || it instanceof Marker m && m.c() == '*' && m.glued();
    }

    private static boolean joinable(Item it) {
        return it instanceof Word || it instanceof Syn || it instanceof Marker m && m.c() == '*';
    }

    private void chain(List<Item> run) {
        int anchor = -1;
        for (int k = 0; k < run.size(); k++) if (run.get(k) instanceof Marker) anchor = k;
        for (int k = 0; anchor < 0 && k < run.size(); k++) if (specOf.containsKey(run.get(k))) anchor = k;
        if (anchor < 0) return; // nothing of the run is placed: the words stay unconstrained
        Spec from = run.get(anchor) instanceof Marker ? null : specOf.get(run.get(anchor));
        Spec at = from;
        for (int k = anchor - 1; k >= 0; k--) {
            at = new Spec(List.of(Step.PREVIOUS_WORD), lemmas(run.get(k)), at, asWritten(run.get(k)));
            specs.add(at);
        }
        at = from;
        for (int k = anchor + 1; k < run.size(); k++) {
            at = new Spec(List.of(Step.NEXT_WORD), lemmas(run.get(k)), at, asWritten(run.get(k)));
            specs.add(at);
        }
    }

    /** Before the verb: source marker, subject noun phrase, auxiliaries, negation, adverbs. */
    private void mapPre(List<Item> items) {
        Spec subject = null;
        List<Item> np = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (i > 0 && it instanceof Syn sy && !sy.glued() && governorOfClause(items, 0)) {
                // "INCHING &ACCORDSYN *": after the governing verb, a synset ("nearer", "closer") modifies the
                // verb ("inching nearer to accord"), it is no subject.
                specs.add(new Spec(List.of("advmod", "amod"), lemmas(sy), null));
                continue;
            }
            if (it instanceof Word w && isNounWord(w.text()) && !AUXILIARIES.containsKey(w.text())
                    && !PatternWords.isAdverb(w.text()) && !governing(w.text()) || it instanceof Syn) {
                np.add(it);
                continue;
            }
            if (!np.isEmpty()) {
                if (subject != null) throw new Unmappable("two noun phrases before the verb");
                subject = nounPhrase(np, "nsubj", null);
                np.clear();
            }
            if (it instanceof Phrase p) {
                if (subject != null) throw new Unmappable("two noun phrases before the verb");
                subject = nounPhrase(p.words(), "nsubj", null);
            } else if (it instanceof Marker m) {
                switch (m.c()) {
                    case '$', '^' -> { }
                    case '+' -> {
                        // "NOTED + *": the subject of the clause the governing verb reports is the target (the
                        // governor step says so). "+ * FROM $": source and target swapped; the source's phrase
                        // after the verb must say so, or the pattern is unmapped.
                        if (!governorOfClause(items, 0) || i != items.size() - 1) targetIsSubject = true;
                    }
                    case '%' -> {
                        // A compound actor as subject ("Gondor and Osgiliath have delayed"): a subject with a
                        // conjunct; the coder makes its members act on each other.
                        if (subject != null || !np.isEmpty()) throw new Unmappable("compound actor (%) after a noun");
                        subject = spec("nsubj", Set.of(), null);
                        specs.add(subject);
                        specs.add(spec("conj", Set.of(), subject));
                    }
                    default -> throw new Unmappable("marker " + m.c() + " before the verb");
                }
            } else if (it instanceof Group g) {
                if (subject == null) throw new Unmappable("prepositional phrase before the verb");
                prepositional(g, subject);
            } else if (it instanceof Word w) {
                String t = w.text();
                Spec placed = null;
                if (AUXILIARIES.containsKey(t)) placed = spec("aux", Set.of(AUXILIARIES.get(t)), null);
                else if (t.equals("NOT") || t.equals("N'T")) placed = spec("advmod", Set.of("not", "n't"), null);
                else if (t.equals("NEVER")) placed = spec("advmod", Set.of("never"), null);
                else if ((t.equals("MOST") || t.equals("VERY")) && i + 1 < items.size()
                        && items.get(i + 1) instanceof Word next && PatternWords.isAdverb(next.text())) {
                    // "most certainly": the degree word modifies the adverb, not the verb.
                    Spec adverb = spec("advmod", Set.of(next.text().toLowerCase(Locale.ROOT)), null);
                    specs.add(adverb);
                    specOf.put(next, adverb);
                    placed = spec("advmod", Set.of(t.toLowerCase(Locale.ROOT)), adverb);
                    i++;
                }
                else if (PatternWords.isAdverb(t)) placed = spec("advmod", Set.of(t.toLowerCase(Locale.ROOT)), null);
                else if (t.equals("NEITHER") || t.equals("EITHER")) {
                    // "Neither X nor Y boycotted": the word opens the coordinated subject.
                    Spec coordinated = spec("nsubj", Set.of(), null);
                    specs.add(coordinated);
                    placed = spec("cc:preconj", Set.of(t.toLowerCase(Locale.ROOT)), coordinated);
                }
                else if (governorOfClause(items, i)) {
                    boolean targetBefore = items.get(items.size() - 1) instanceof Marker m && m.c() == '+';
                    placed = spec(targetBefore ? Step.GOVERNOR_SOURCE : Step.GOVERNOR,
                            Set.of(t.toLowerCase(Locale.ROOT)), null);
                }
                if (placed != null) {
                    specs.add(placed);
                    specOf.put(w, placed);
                }
                else throw new Unmappable("word before the verb that governs it or cannot be placed");
            }
        }
        if (!np.isEmpty()) {
            if (subject != null) throw new Unmappable("two noun phrases before the verb");
            nounPhrase(np, "nsubj", null);
        }
    }

    /** After the verb: particles, object, prepositional phrases, "to" + verb. */
    List<Spec> mapPost(List<Item> items) {
        Spec anchor = null; // null: the verb itself; after "TO VERB" the xcomp
        boolean objectDone = false;
        Spec lastNoun = null;
        int i = 0;
        while (i < items.size()) {
            Item it = items.get(i);
            if (it instanceof Marker m) {
                switch (m.c()) {
                    case '+', '^' -> { }
                    case '$' -> throw new Unmappable("source ($) after the verb: Dyad takes the subject as source");
                    case '%' -> throw new Unmappable("compound actor (%): source and target in one phrase");
                    default -> throw new Unmappable("marker " + m.c() + " after the verb");
                }
                i++;
                continue;
            }
            if (it instanceof Group g) {
                lastNoun = prepositionalOrParticle(g, anchor, lastNoun, objectDone);
                if (startsWithParticleOrDeterminer(g)) objectDone = true;
                i++;
                continue;
            }
            if (it instanceof Syn sy && prepositionSynset(sy)) {
                // "* &PREPOSIT1 RESOLUTION": a synset of prepositions is a preposition with alternatives.
                int end = phraseEnd(items, i + 1);
                lastNoun = attach(String.join("/", lemmas(sy)), items.subList(i + 1, end), anchor, lastNoun);
                i = end;
                continue;
            }
            if (it instanceof Word w) {
                String t = w.text();
                String next = i + 1 < items.size() && items.get(i + 1) instanceof Word nw ? nw.text() : null;
                if (next != null && TWO_WORD_PREPOSITIONS.containsKey(t + " " + next)) {
                    int end = phraseEnd(items, i + 2);
                    lastNoun = attach(TWO_WORD_PREPOSITIONS.get(t + " " + next), items.subList(i + 2, end),
                            anchor, lastNoun);
                    i = end;
                    continue;
                }
                if (i == 0 && verbGlued && AMBIGUOUS.contains(t) && onlyMarkersAfter(items, i + 1)) {
                    // "*_ON": the word right after the verb, particle (compound:prt) or preposition (obl:on)
                    // as the parser pleases; the joint's word-order step says it all.
                    i++;
                    continue;
                }
                if (PARTICLES.contains(t) || AMBIGUOUS.contains(t) && onlyMarkersAfter(items, i + 1)
                        && !objectDone && !sourceNext(items, i + 1)) {
                    specs.add(spec("compound:prt", Set.of(t.toLowerCase(Locale.ROOT)), anchor));
                    i++;
                    continue;
                }
                if (t.equals("TO") && next != null && !DETERMINERS.contains(next) && isNounWord(next)) {
                    anchor = spec("xcomp", PatternWords.forms(next), anchor);
                    specs.add(anchor);
                    objectDone = false;
                    lastNoun = null;
                    i += 2;
                    continue;
                }
                if (isPreposition(t)) {
                    int end = phraseEnd(items, i + 1);
                    lastNoun = attach(t.toLowerCase(Locale.ROOT), items.subList(i + 1, end), anchor, lastNoun);
                    i = end;
                    continue;
                }
                if (DETERMINERS.contains(t) && i + 1 < items.size() && items.get(i + 1) instanceof Marker skip
                        && skip.c() == '^') {
                    // "* THEIR ^ ABOUT +": an object whatever its words, owned by "their" if the word says so.
                    if (objectDone) throw new Unmappable("a second object after the verb");
                    Spec object = spec(anchor == null ? verb.objectRelation() : "obj", Set.of(), anchor);
                    specs.add(object);
                    if (POSSESSIVES.contains(t)) {
                        specs.add(spec("nmod:poss", Set.of(t.toLowerCase(Locale.ROOT)), object));
                    }
                    lastNoun = object;
                    objectDone = true;
                    i += 2;
                    continue;
                }
                if (ADVERBS.contains(t) && !t.equals("MOST") && !t.equals("VERY")
                        && (i + 1 == items.size() || !isNounItem(items.get(i + 1)))) {
                    // "INDICATED WOULD * NOW": a short adverb after the verb modifies it ("act now"); it is
                    // no object. The degree words "most", "very" go with the word after them.
                    specs.add(spec("advmod", Set.of(t.toLowerCase(Locale.ROOT)), anchor));
                    i++;
                    continue;
                }
                if (UNPLACEABLE.contains(t) || t.equals("NOT") || t.equals("N'T") || t.equals("NEVER")) {
                    throw new Unmappable("word after the verb that cannot be placed (that, whether, and, not, ...)");
                }
            }
            // A noun phrase: consecutive words and synsets, or {...}.
            List<Item> np = new ArrayList<>();
            boolean first = i == 0;
            if (it instanceof Phrase p) {
                np.addAll(p.words());
                i++;
            } else {
                while (i < items.size() && isNounItem(items.get(i))) np.add(items.get(i++));
            }
            if (np.isEmpty()) throw new Unmappable("cannot place " + it);
            if (objectDone) throw new Unmappable("a second object after the verb");
            if (reading == Reading.OBJECT_IN_COMPLEMENT && first && anchor == null
                    && verb.base().isEmpty() && verb.objectRelation().equals("obj") && !verbGlued) {
                anchor = spec("xcomp", Set.of(), null); // "vowed [to wage] war"
                specs.add(anchor);
                specs.add(spec("mark", Set.of("to"), anchor)); // an infinitive, not a clause the parser hung there
                placedInComplement = true;
            }
            lastNoun = nounPhrase(np, anchor == null ? verb.objectRelation() : "obj", anchor);
            objectDone = true;
        }
        return specs;
    }

    private boolean prepositionSynset(Syn sy) {
        Set<String> l = synsets == null ? null : synsets.lemmas(sy.name());
        if (l == null || l.isEmpty()) return false;
        for (String m : l) if (!PREPOSITIONS.contains(m.toUpperCase(Locale.ROOT))) return false;
        return true;
    }

    /** "TO/FOR": every alternative a preposition. */
    static boolean isPreposition(String t) {
        for (String part : t.split("/")) if (!PREPOSITIONS.contains(part)) return false;
        return !t.isEmpty();
    }

    private boolean isNounItem(Item it) {
        if (it instanceof Syn) return true;
        return it instanceof Word w && isNounWord(w.text());
    }

    private static boolean isNounWord(String t) {
        return !isPreposition(t) && !PARTICLES.contains(t) && !UNPLACEABLE.contains(t)
                && !t.equals("NOT") && !t.equals("N'T") && !t.equals("NEVER") && !t.equals("TO");
    }

    /** "INDICATED *", "FAILED TO *", "HOSTING *", "BEGUN *": a verb form before the verb governs it. */
    private static boolean governing(String t) {
        return t.length() > 4 && (t.endsWith("ED") || t.endsWith("ING")) || IRREGULAR_PAST.contains(t);
    }

    /**
     * "INDICATED *", "SAID WOULD NOT *": a verb form that opens the pattern, with only auxiliaries, negation and
     * adverbs between it and the verb, is the verb whose clause the predicate is ({@link Step#GOVERNOR}).
     */
    private static boolean governorOfClause(List<Item> items, int i) {
        if (i != 0 || !(items.get(0) instanceof Word w) || w.glued()) return false;
        String t = w.text();
        if (!governing(t) && !t.equals("SAID") && !t.equals("SAYS") && !t.equals("TOLD")) return false;
        for (int k = 1; k < items.size(); k++) {
            if (items.get(k) instanceof Syn sy && !sy.glued()) continue; // a modifier of the verb, see mapPre
            // "NOTED + *": the target, the clause's subject, right before the verb
            if (k == items.size() - 1 && items.get(k) instanceof Marker m && m.c() == '+') continue;
            if (!(items.get(k) instanceof Word x) || x.glued()) return false;
            String u = x.text();
            if (!AUXILIARIES.containsKey(u) && !PatternWords.isAdverb(u) && !u.equals("NOT") && !u.equals("N'T")
                    && !u.equals("NEVER")) return false;
        }
        return true;
    }

    /** "+ * IN $": the word before the source's marker is its preposition, not a particle ("give in"). */
    private boolean sourceNext(List<Item> items, int at) {
        return targetIsSubject && at < items.size() && items.get(at) instanceof Marker m && m.c() == '$';
    }

    private static boolean onlyMarkersAfter(List<Item> items, int from) {
        for (int k = from; k < items.size(); k++) if (!(items.get(k) instanceof Marker)) return false;
        return true;
    }

    private static boolean startsWithParticleOrDeterminer(Group g) {
        return !g.items().isEmpty() && g.items().get(0) instanceof Word w
                && (PARTICLES.contains(w.text()) && !w.text().equals("OFF") || DETERMINERS.contains(w.text())
                || w.text().equals("NO"));
    }

    /** Where a bare prepositional phrase ends: at the next preposition, particle, group or the end. */
    private int phraseEnd(List<Item> items, int from) {
        int k = from;
        while (k < items.size()) {
            Item it = items.get(k);
            if (it instanceof Group) break;
            if (it instanceof Word w && !isNounWord(w.text())) break;
            k++;
        }
        return k;
    }

    private Spec prepositionalOrParticle(Group g, Spec anchor, Spec lastNoun, boolean objectDone) {
        List<Item> items = g.items();
        if (items.isEmpty()) throw new Unmappable("empty ()");
        Item first = items.get(0);
        if (first instanceof Word w) {
            String t = w.text();
            String second = items.size() > 1 && items.get(1) instanceof Word nw ? nw.text() : null;
            if (second != null && TWO_WORD_PREPOSITIONS.containsKey(t + " " + second)) {
                return attach(TWO_WORD_PREPOSITIONS.get(t + " " + second), items.subList(2, items.size()),
                        anchor, lastNoun);
            }
            if (PARTICLES.contains(t) && !t.equals("OFF") || t.equals("OFF") && items.size() > 1
                    && !objectDone) {
                specs.add(spec("compound:prt", Set.of(t.toLowerCase(Locale.ROOT)), anchor));
                List<Item> rest = items.subList(1, items.size());
                if (rest.size() == 1 && rest.get(0) instanceof Phrase p) rest = p.words();
                if (rest.isEmpty()) return lastNoun;
                if (objectDone) throw new Unmappable("a second object after the verb");
                return nounPhrase(rest, anchor == null ? verb.objectRelation() : "obj", anchor);
            }
            if (isPreposition(t)) {
                return attach(t.toLowerCase(Locale.ROOT), items.subList(1, items.size()), anchor, lastNoun);
            }
            if (DETERMINERS.contains(t) || t.equals("NO")) {
                if (objectDone) throw new Unmappable("a second object after the verb");
                return nounPhrase(items, anchor == null ? verb.objectRelation() : "obj", anchor);
            }
        }
        throw new Unmappable("parenthesised group that does not start with a preposition");
    }

    /** A prepositional phrase before the verb hangs from the subject noun. */
    private void prepositional(Group g, Spec subject) {
        List<Item> items = g.items();
        if (items.isEmpty() || !(items.get(0) instanceof Word w) || !PREPOSITIONS.contains(w.text())) {
            throw new Unmappable("parenthesised group that does not start with a preposition");
        }
        String prep = w.text().toLowerCase(Locale.ROOT);
        Spec node = spec("nmod:" + prep, Set.of(), subject);
        phraseObject(items.subList(1, items.size()), node);
    }

    /**
     * "of" after a noun hangs from the noun (nmod:of); every other preposition from the verb (obl:prep), or from
     * the noun too in {@link Reading#PREPOSITIONS_ON_NOUN}.
     */
    private Spec attach(String prep, List<Item> content, Spec anchor, Spec lastNoun) {
        boolean ofNoun = (prep.equals("of") || reading == Reading.PREPOSITIONS_ON_NOUN) && lastNoun != null;
        List<String> rels = new ArrayList<>();
        for (String p : prep.split("/")) rels.add((ofNoun ? "nmod:" : "obl:") + p);
        Spec parent = ofNoun ? lastNoun : anchor;
        Spec node = phraseObject(content, new Spec(rels, Set.of(), parent));
        return node.lemmas().isEmpty() ? lastNoun : node;
    }

    /** Fills the object of a preposition into {@code node}; an empty phrase or only + ^ means any word. */
    private Spec phraseObject(List<Item> content, Spec node) {
        List<Item> np = new ArrayList<>();
        boolean phraseSeen = false;
        boolean compound = false;
        for (Item it : content) {
            if (it instanceof Marker m) {
                if (m.c() == '$') {
                    // "FROM $": the phrase's noun is the source, whatever its words; only with the target
                    // before the verb, where the subject is then the target.
                    if (!targetIsSubject || sourceSpec != null || !np.isEmpty() || content.size() != 1) {
                        throw new Unmappable("source ($) after the verb: Dyad takes the subject as source");
                    }
                    node.source = true;
                    sourceSpec = node;
                    continue;
                }
                if (m.c() == '%') {
                    // "* WITH %": the phrase names several parties ("agrees with France and the Philippines").
                    if (!np.isEmpty() || phraseSeen) throw new Unmappable("compound actor (%) after a noun");
                    compound = true;
                }
                if (!np.isEmpty()) phraseSeen = true;
                continue;
            }
            if (it instanceof Phrase p) {
                if (!np.isEmpty() || phraseSeen) throw new Unmappable("two noun phrases in one prepositional phrase");
                np.addAll(p.words());
                phraseSeen = true;
                continue;
            }
            if (it instanceof Group) throw new Unmappable("nested parentheses");
            if (phraseSeen) throw new Unmappable("two noun phrases in one prepositional phrase");
            np.add(it);
        }
        if (np.isEmpty()) {
            specs.add(node);
            if (compound) specs.add(spec("conj", Set.of(), node));
            return node;
        }
        if (compound) throw new Unmappable("compound actor (%) with a noun");
        return nounPhrase(np, node.relations(), node.parent());
    }

    /** Head last; words before it are modifiers (amod or compound), articles dropped, "no" as det. */
    private Spec nounPhrase(List<Item> words, String relation, Spec parent) {
        return nounPhrase(words, List.of(relation), parent);
    }

    private Spec nounPhrase(List<Item> words, List<String> relations, Spec parent) {
        List<Item> content = new ArrayList<>();
        boolean no = false;
        for (Item it : words) {
            if (it instanceof Word w) {
                if (DETERMINERS.contains(w.text())) continue;
                if (w.text().equals("NO")) {
                    no = true;
                    continue;
                }
                if (w.text().equals("AND") || w.text().equals("OR")) {
                    throw new Unmappable("coordination inside a phrase");
                }
                if (!isNounWord(w.text())) throw new Unmappable("preposition or particle inside a noun phrase");
            }
            content.add(it);
        }
        if (content.isEmpty()) throw new Unmappable("noun phrase with no noun");
        // Modifiers joined to the head by _ (GOLDEN_GOBLIN_GALLEONS) are placed by word order, not by
        // dependency (see joints): the parser may hang "golden" from "goblin" rather than the head.
        int joined = content.size() - 1;
        while (joined > 0 && glued(content.get(joined - 1))) joined--;
        if (joined > 2) throw new Unmappable("noun phrase with more than two modifiers");
        Item last = content.get(content.size() - 1);
        Spec head = new Spec(relations, lemmas(last), parent, asWritten(last));
        specs.add(head);
        specOf.put(content.get(content.size() - 1), head);
        for (Item m : content.subList(0, joined)) {
            Spec modifier = new Spec(List.of("amod", "compound"), lemmas(m), head, asWritten(m));
            specs.add(modifier);
            specOf.put(m, modifier);
        }
        if (no) specs.add(spec("det", Set.of("no"), head));
        return head;
    }

    private Set<String> lemmas(Item it) {
        if (it instanceof Syn s) {
            Set<String> l = synsets == null ? null : synsets.lemmas(s.name());
            if (l == null || l.isEmpty()) throw new Unmappable("empty or undefined synset &" + s.name());
            return l;
        }
        if (it instanceof Word w) {
            // As written: PETRARCH matches a pattern's words literally, so "EFFORT" is not "efforts".
            Set<String> out = new LinkedHashSet<>();
            for (String alt : w.text().split("/")) {
                if (!alt.isEmpty()) out.addAll(w.asWritten() ? Set.of(PatternWords.written(alt)) : PatternWords.forms(alt));
            }
            return out;
        }
        throw new Unmappable("cannot place " + describe(it));
    }

    private static boolean asWritten(Item it) {
        return it instanceof Word w && w.asWritten();
    }

    private static Spec spec(String relation, Set<String> lemmas, Spec parent) {
        return new Spec(List.of(relation), lemmas, parent);
    }

    private static String describe(Item it) {
        if (it instanceof Word w) return w.text();
        if (it instanceof Syn s) return "&" + s.name();
        if (it instanceof Marker m) return String.valueOf(m.c());
        return it.getClass().getSimpleName();
    }


    /**
     * A verb of a block: its lemma, the conditions its extra words add ("ask for" → obl:for=*), the relation the
     * patterns' object takes (obj, or obl:for for "ask for"), and its own code, if any.
     */
    record Verb(String lemma, List<Spec> base, String objectRelation, String code, DictionaryLine src) {
        /**
         * The word as written: PETRARCH matches words, not lemmas, so a line may name one inflected form ("LEFT",
         * "MET") that Dyad must find by its surface form, since the parser's lemma is another verb's.
         */
        Set<String> forms() {
            return Set.of(lemma);
        }
    }

    /**
     * A step while conditions are built: one or more alternative relations (a modifier may be amod or compound),
     * the lemmas, and the step it hangs from (null: the verb).
     */
    static final class Spec {
        private final List<String> relations;
        private final Set<String> lemmas;
        private final Spec parent;
        /** The words are the pattern's words as written, matched as such (see {@link Step#asWritten()}). */
        private final boolean asWritten;
        /** The pattern's {@code $} stands here: the word this step reaches names the source. */
        private boolean source;

        Spec(List<String> relations, Set<String> lemmas, Spec parent) {
            this(relations, lemmas, parent, false);
        }

        Spec(List<String> relations, Set<String> lemmas, Spec parent, boolean asWritten) {
            this.relations = List.copyOf(relations);
            this.lemmas = Set.copyOf(lemmas);
            this.parent = parent;
            this.asWritten = asWritten;
        }

        List<String> relations() {
            return relations;
        }

        Set<String> lemmas() {
            return lemmas;
        }

        Spec parent() {
            return parent;
        }
    }

    /** Turns specs into paths; each spec with several relations multiplies the alternatives. */
    static List<List<Path>> expand(List<Spec> specs) {
        // Only leaves become paths: a spec that another spec hangs from is covered by the longer path.
        Set<Spec> parents = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Spec s : specs) if (s.parent() != null) parents.add(s.parent());
        Map<Spec, String> choice = new java.util.IdentityHashMap<>();
        List<Spec> choices = new ArrayList<>();
        for (Spec s : specs) for (Spec a = s; a != null; a = a.parent()) {
            if (a.relations().size() > 1 && !choices.contains(a)) choices.add(a);
        }
        int combos = 1;
        for (Spec c : choices) combos *= c.relations().size();
        if (combos > 8) throw new Unmappable("too many modifiers to map");
        List<List<Path>> out = new ArrayList<>();
        for (int mask = 0; mask < combos; mask++) {
            int rest = mask;
            for (Spec c : choices) {
                choice.put(c, c.relations().get(rest % c.relations().size()));
                rest /= c.relations().size();
            }
            List<Path> paths = new ArrayList<>();
            for (Spec s : specs) {
                if (parents.contains(s)) continue;
                List<Step> steps = new ArrayList<>();
                for (Spec a = s; a != null; a = a.parent()) {
                    steps.add(0, new Step(choice.getOrDefault(a, a.relations().get(0)), a.lemmas(), a.asWritten));
                }
                paths.add(new Path(steps, s.source));
            }
            out.add(paths);
        }
        return out;
    }
}
