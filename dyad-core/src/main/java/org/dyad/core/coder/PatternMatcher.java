package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.core.dictionary.VerbPattern;
import org.dyad.core.dictionary.VerbPattern.Path;
import org.dyad.core.dictionary.VerbPattern.Step;
import org.dyad.core.model.Dependency;

/**
 * Whether a verb pattern holds at a predicate, and which tokens its paths run through. A path is a chain of steps:
 * down a dependency ("obj=sanction"), up to the verb that governs the clause ("governor=indicated"), or to the
 * neighbouring word ("previous=new", PETRARCH's `_`). The tokens a match runs through are consumed by the coder,
 * so "threatened to impose sanctions" is one threat, not a threat and a sanction.
 */
final class PatternMatcher {
    private PatternMatcher() {}


    /** The tokens the pattern's paths run through, or null when a condition fails. */
    static List<Integer> match(SentenceGraph g, int predicate, VerbPattern pattern) {
        List<Integer> tokens = new ArrayList<>();
        for (Path path : pattern.conditions()) {
            List<Integer> found = follow(g, predicate, path.steps(), 0);
            if (found == null) found = throughNamedObject(g, predicate, pattern, path);
            if (found == null) found = onGoverningVerb(g, predicate, path);
            if (found == null) return null;
            tokens.addAll(found);
        }
        return tokens;
    }

    /**
     * An auxiliary, negation or adverb the pattern puts before the verb may sit on the verb whose "to" complement
     * the predicate is: "won't try to clash" negates "try", and PETRARCH's "&amp;NEGATVAUXVRB * OVER EFFORTS" reads
     * it as said of "clash".
     */
    static List<Integer> onGoverningVerb(SentenceGraph g, int predicate, Path path) {
        String rel = path.steps().get(0).relation();
        if (!rel.equals("aux") && !rel.equals("advmod")) return null;
        List<Integer> found = adverbOfAdverb(g, predicate, path);
        if (found != null) return found;
        int governor = g.head(predicate);
        if (governor < 0 || !"xcomp".equals(g.headRelation(predicate)) || !g.token(governor).isVerb()) return null;
        found = follow(g, governor, path.steps(), 0);
        return found != null ? found : adverbOfAdverb(g, governor, path);
    }

    /** "unexpectedly now won't": a pattern's adverb may hang from the adverb next to it, as the parser chains them. */
    static List<Integer> adverbOfAdverb(SentenceGraph g, int verb, Path path) {
        if (path.steps().size() != 1 || !path.steps().get(0).relation().equals("advmod")) return null;
        for (Dependency d : g.children(verb)) {
            if (!d.relation().equals("advmod")) continue;
            List<Integer> found = follow(g, d.dependent(), path.steps(), 0);
            if (found != null) return found;
        }
        return null;
    }

    /**
     * A prepositional phrase that a pattern puts after the object it names may hang from that object as well as from
     * the verb, as the parser pleases: "* ASSURANCES_ON &amp;TIETYPES FROM" ({@code obl:from=*}) finds "welcomed
     * assurances on cultural issues from Bree" where the parse makes "from Bree" the object's. Only for patterns
     * that name their object, so "called them a punishment for ..." is no call for anything.
     */
    static List<Integer> throughNamedObject(SentenceGraph g, int predicate, VerbPattern pattern, Path path) {
        Step first = path.steps().get(0);
        if (!first.relation().startsWith("obl:") || !g.token(predicate).isVerb()) return null;
        for (Path other : pattern.conditions()) {
            Step object = other.steps().get(0);
            if (!object.relation().equals("obj") || object.lemmas().isEmpty()) continue;
            // On the object itself, or on the participle that modifies it ("assurances ... sent from Bree").
            for (boolean participle : new boolean[] {false, true}) {
                List<Step> steps = new ArrayList<>();
                steps.add(object);
                if (participle) steps.add(new Step("acl", Set.of()));
                steps.add(new Step((participle ? "obl" : "nmod") + first.relation().substring(3), first.lemmas(),
                        first.asWritten()));
                steps.addAll(path.steps().subList(1, path.steps().size()));
                List<Integer> found = follow(g, predicate, steps, 0);
                if (found != null) return found;
            }
        }
        return null;
    }

    /**
     * The word class of a step that takes any word naming people or a body ("release obj=@party"): a proper name
     * (or one the tagger, when on, calls a person, organisation or nationality), a noun for people or bodies, or a
     * number or part of them ("19 Christians", "two of the men"). Which people is the actor coder's business; the
     * verb's sense is settled here.
     */
    static final String PARTY = "@party";

    /**
     * The hyphenated word a token ends, as the dictionary writes it: the tokenizer splits "cease-fire" into "cease",
     * "-" and "fire", with "fire" the head, so "declared a cease-fire" is matched through its last part. Empty when
     * the token ends no hyphenated word.
     */
    static String hyphenated(SentenceGraph g, int token) {
        if (token < 2 || !g.token(token - 1).lowerWord().equals("-") || g.head(token - 2) != token) return "";
        return g.token(token - 2).lowerWord() + "-" + g.token(token).lowerWord();
    }

    static List<Integer> follow(SentenceGraph g, int from, List<Step> steps, int k) {
        if (k == steps.size()) return new ArrayList<>();
        Step step = steps.get(k);
        if (step.wordOffset() != 0) return followWordOrder(g, from, steps, k);
        if (step.upToGovernor()) return followGovernor(g, from, steps, k);
        if (k == 0 && objectControlled(g, from, steps)) return null;
        for (Dependency d : g.children(from)) {
            if (!step.matchesRelation(d.relation()) && !clauseObject(g, from, step, d)
                    && !passiveObject(step, d) && !mendedComplement(g, step, d)) continue;
            int to = d.dependent();
            // "On Monday, Blinken called Lavrov ...": a time is no addressee, whatever the preposition.
            if (step.lemmas().isEmpty() && d.relation().startsWith("obl:") && (Participants.inTimex(g, to)
                    || Participants.CALENDAR.contains(g.token(to).lowerWord()))) continue;
            if (!step.matches(g.lemma(to), g.token(to).lowerWord()) && !step.matches(hyphenated(g, to), "")
                    && !(step.lemmas().contains(PARTY) && Participants.namesParty(g, to))) {
                // The last word of a pattern may name a noun phrase by its modifier: "fired artillery" matches
                // "fired two artillery shells", "renewed diplomatic" "renewed diplomatic ties", as word-order
                // patterns do; so may a word that only word-order steps follow ("really pleasant place").
                int whole = !step.lemmas().isEmpty() ? partOf(g, to, step) : -1;
                if (whole >= 0) {
                    // "withdrew some of its troops", "freed most of the hostages": the part names its whole's act.
                    List<Integer> rest = follow(g, whole, steps, k + 1);
                    if (rest != null) {
                        rest.add(0, whole);
                        rest.add(0, to);
                        return rest;
                    }
                }
                int modifier = !step.lemmas().isEmpty() && onlyWordOrderAfter(steps, k)
                        ? compoundMatching(g, to, step) : -1;
                if (modifier < 0) continue;
                List<Integer> found = follow(g, modifier, steps, k + 1);
                if (found == null) continue;
                found.add(0, modifier);
                found.add(0, to);
                return found;
            }
            List<Integer> rest = follow(g, to, steps, k + 1);
            if (rest != null) {
                rest.add(0, to);
                return rest;
            }
        }
        int antecedent = step.relation().equals("obj") ? relativeObject(g, from) : -1;
        if (antecedent >= 0 && step.matches(g.lemma(antecedent), g.token(antecedent).lowerWord())) {
            List<Integer> rest = follow(g, antecedent, steps, k + 1);
            if (rest != null) {
                rest.add(0, antecedent);
                return rest;
            }
        }
        return null;
    }

    /**
     * The noun a relative clause with no relative word leaves as its verb's object: "a charge the spokesman rejected"
     * rejects the charge (the verb has a subject of its own and no object, passive subject or complement); -1 when
     * the verb is no such clause. With a relative word the parser links the noun itself.
     */
    static int relativeObject(SentenceGraph g, int verb) {
        if (!"acl:relcl".equals(g.headRelation(verb)) || !g.token(verb).isVerb() || g.head(verb) < 0) return -1;
        boolean subject = false;
        for (Dependency d : g.children(verb)) {
            String r = d.relation();
            if (r.equals("obj") || r.equals("nsubj:pass") || r.startsWith("ccomp") || r.startsWith("xcomp")
                    || r.equals("ref")) return -1;
            if (r.equals("nsubj") && !g.token(d.dependent()).pos().startsWith("W")) subject = true;
        }
        return subject && g.token(g.head(verb)).isNoun() ? g.head(verb) : -1;
    }

    /**
     * A path through any "to" complement to the words after it (PETRARCH's "VOW * WAR" on "vowed to wage war") does
     * not run through a verb that has an object: in "pressured the U.S. to grant sanctions relief" the complement is
     * what the object is to do, not the verb's own act.
     */
    static boolean objectControlled(SentenceGraph g, int verb, List<Step> steps) {
        Step first = steps.get(0);
        if (steps.size() < 2 || !first.relation().equals("xcomp") || !first.lemmas().isEmpty()) return false;
        for (Dependency d : g.children(verb)) if (d.relation().equals("obj") || d.relation().equals("iobj")) return true;
        return false;
    }

    static boolean onlyWordOrderAfter(List<Step> steps, int k) {
        for (int j = k + 1; j < steps.size(); j++) if (steps.get(j).wordOffset() == 0) return false;
        return true;
    }

    /**
     * A verb's object step may take a copular clause that is its complement, by the clause's predicate noun:
     * "allowed that Mordor isn't the neatest place" says "the neatest place" where PETRARCH's word-order
     * pattern "* THE_NEATEST_PLACE" looks for it.
     */
    static boolean clauseObject(SentenceGraph g, int from, Step step, Dependency d) {
        return step.relation().equals("obj") && d.relation().equals("ccomp") && g.token(from).isVerb()
                && copularClause(g, d.dependent());
    }

    /**
     * A verb's object step matches the subject of the verb in the passive: "prisoners were released by the rebels"
     * is the act "released prisoners" names.
     */
    static boolean passiveObject(Step step, Dependency d) {
        return step.relation().equals("obj") && d.relation().equals("nsubj:pass");
    }

    /**
     * A complement step matches the "to" clause whose doer the parse mends gave back ("called on the authorities to
     * uphold ...": {@link ParseMends} makes "the authorities" the verb's {@code obl:on} and the clause's
     * {@code nsubj:xsubj}, and leaves the clause an {@code advcl:to}), or a "to" clause beside the verb's "on" phrase.
     */
    static boolean mendedComplement(SentenceGraph g, Step step, Dependency d) {
        if (!step.relation().equals("xcomp") || !d.relation().equals("advcl:to")) return false;
        for (Dependency c : g.children(d.dependent())) if (c.relation().equals("nsubj:xsubj")) return true;
        // "called on Nigerian leaders to emulate ...", parsed with the clause on the verb beside "on" its addressee.
        for (Dependency c : g.children(d.governor())) {
            if ((c.relation().equals("obl:on") || c.relation().equals("obl:upon")) && c.dependent() < d.dependent()) return true;
        }
        return false;
    }

    /** A clausal complement headed by its predicate noun: "(that) Mordor isn't a pleasant place". */
    static boolean copularClause(SentenceGraph g, int token) {
        return "ccomp".equals(g.headRelation(token)) && g.token(token).isNoun()
                && g.hasChild(token, "cop", Set.of("be"));
    }

    /** A word-order step: the word next to {@code from} in the sentence, whatever the parse makes of it. */
    static List<Integer> followWordOrder(SentenceGraph g, int from, List<Step> steps, int k) {
        Step step = steps.get(k);
        int to = from + step.wordOffset();
        if (to < 0 || to >= g.size()) return null;
        if (!step.matches(g.lemma(to), g.token(to).lowerWord())) return null;
        List<Integer> rest = follow(g, to, steps, k + 1);
        if (rest != null) rest.add(0, to);
        return rest;
    }

    /** A governor step: the verb whose complement clause {@code from} heads ("indicated" in "indicated it deplored"). */
    static List<Integer> followGovernor(SentenceGraph g, int from, List<Step> steps, int k) {
        Step step = steps.get(k);
        int to = g.head(from);
        String rel = g.headRelation(from);
        if (to < 0 || rel == null || !(rel.equals("ccomp") || rel.equals("xcomp")) || !g.token(to).isVerb()) return null;
        if (!step.matches(g.lemma(to), g.token(to).lowerWord())) return null;
        List<Integer> rest = follow(g, to, steps, k + 1);
        if (rest != null) rest.add(0, to);
        return rest;
    }

    /** Words that name part of what their "of" phrase names. */
    static final Set<String> PARTS = Set.of("some", "many", "most", "all", "part", "half", "rest", "bulk", "one",
            "two", "three", "several", "dozens", "hundreds", "thousands", "majority", "remainder", "thousand", "hundred",
            "dozen", "score", "scores", "batch", "contingent", "group", "number", "handful");

    /** The "of" noun of a partitive word that matches {@code step} ("some of its troops" → troops), or -1. */
    static int partOf(SentenceGraph g, int word, Step step) {
        if (!PARTS.contains(g.lemma(word)) && !PARTS.contains(g.token(word).lowerWord())) return -1;
        for (Dependency c : g.children(word)) {
            if (c.relation().equals("nmod:of") && step.matches(g.lemma(c.dependent()), g.token(c.dependent()).lowerWord())) {
                return c.dependent();
            }
        }
        return -1;
    }

    static int compoundMatching(SentenceGraph g, int noun, Step step) {
        if (!g.token(noun).isNoun()) return -1;
        for (Dependency c : g.children(noun)) {
            if (!c.relation().equals("compound") && !c.relation().equals("amod")) continue;
            int m = c.dependent();
            if (step.matches(g.lemma(m), g.token(m).lowerWord())) return m;
        }
        return -1;
    }
}
