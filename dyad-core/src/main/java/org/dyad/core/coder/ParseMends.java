package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.model.AnnotatedSentence;
import org.dyad.core.model.Dependency;
import org.dyad.core.model.Timex;
import org.dyad.core.model.Token;

/**
 * Mends for parser slips that hide who did what, each a structure English does not have (a clausal subject with
 * its own subject and no "that", a "to" infinitive whose subject follows "on") put back as the sentence says it. A
 * mend applies only where the slip's whole shape is present; other parses are left as they are.
 */
final class ParseMends {
    private ParseMends() {}

    /** The sentence's arcs with every mend applied. */
    static List<Dependency> arcs(AnnotatedSentence sentence) {
        List<Dependency> arcs = reportingClauseSubjects(reducedRelatives(sentence), sentence.tokens());
        arcs = prepositionalInfinitiveSubjects(arcs, sentence);
        arcs = aboutToInfinitives(arcs, sentence.tokens());
        arcs = byGerundsAsAdjectives(arcs, sentence.tokens());
        arcs = passiveAgentHeads(arcs, sentence.tokens());
        return brokenPossessives(arcs, sentence.tokens());
    }

    /**
     * The arcs, with a parser slip mended: "responded to the attack by destroying Ivory Coast's air force" parsed
     * with the gerund as an adjective of the noun after it and "by destroying ... force" as the agent phrase of a
     * noun before. "By" right before a gerund says how the clause's verb was done: the gerund becomes that verb's
     * {@code advcl:by} (with "by" its mark) and the noun its object. Only where "by" is the noun's own case marker,
     * the gerund right after it is the noun's {@code amod}, and a verb governs the phrase.
     */
    private static List<Dependency> byGerundsAsAdjectives(List<Dependency> arcs, List<Token> tokens) {
        for (Dependency amod : arcs) {
            int gerund = amod.dependent();
            int noun = amod.governor();
            if (!amod.relation().equals("amod") || gerund < 1 || noun < 0 || noun >= tokens.size()
                    || !tokens.get(gerund).pos().equals("VBG") || !tokens.get(gerund - 1).lowerWord().equals("by")
                    || !arcs.contains(new Dependency(noun, "case", gerund - 1))) continue;
            Dependency up = null;
            for (Dependency d : arcs) {
                if (d.dependent() == noun && (d.relation().equals("nmod:by") || d.relation().equals("obl:by"))) up = d;
            }
            if (up == null) continue;
            int verb = up.governor();
            for (int steps = 0; verb >= 0 && verb < tokens.size() && !tokens.get(verb).isVerb() && steps < 20; steps++) {
                verb = treeHead(arcs, verb);
            }
            if (verb < 0 || verb >= tokens.size() || !tokens.get(verb).isVerb()) continue;
            int by = gerund - 1;
            List<Dependency> out = new ArrayList<>(arcs.size());
            for (Dependency d : arcs) {
                if (d.equals(amod) || d.dependent() == by || d.dependent() == noun
                        && (d.relation().equals("nmod:by") || d.relation().equals("obl:by"))) continue;
                out.add(d);
            }
            out.add(new Dependency(verb, "advcl:by", gerund));
            out.add(new Dependency(gerund, "mark", by));
            out.add(new Dependency(gerund, "obj", noun));
            return out; // one slip a sentence is all this mends
        }
        return arcs;
    }

    /**
     * The arcs, with a parser slip mended: "was criticized by Chinese, Russian and Mexican representatives" parsed with
     * the adjectives as the passive verb's agents and their noun as its object. A passive verb has no object of its
     * own: a common noun right after the agent words, with no determiner or preposition of its own, is the head they
     * modify, and becomes the agent, each former agent word its {@code amod}, "by" its case marker.
     */
    static List<Dependency> passiveAgentHeads(List<Dependency> arcs, List<Token> tokens) {
        for (Dependency obj : arcs) {
            int verb = obj.governor();
            int noun = obj.dependent();
            if (!obj.relation().equals("obj") || verb < 0 || verb >= noun || noun >= tokens.size()
                    || !tokens.get(noun).isNoun() || tokens.get(noun).isProperNoun()) continue;
            List<Integer> agents = new ArrayList<>();
            boolean passive = false;
            boolean own = false;
            for (Dependency d : arcs) {
                if (d.governor() == verb && d.relation().equals("obl:agent")) agents.add(d.dependent());
                if (d.governor() == verb && d.relation().equals("aux:pass")) passive = true;
                if (d.governor() == noun && (d.relation().equals("det") || d.relation().equals("case"))) own = true;
            }
            if (!passive || own || !agents.contains(noun - 1) || Collections.max(agents) > noun) continue;
            List<Dependency> out = new ArrayList<>(arcs.size());
            for (Dependency d : arcs) {
                if (d.equals(obj) || d.governor() == verb && d.relation().equals("obl:agent")) continue;
                if (d.relation().equals("case") && agents.contains(d.governor())
                        && tokens.get(d.dependent()).lowerWord().equals("by")) {
                    out.add(new Dependency(noun, "case", d.dependent()));
                    continue;
                }
                out.add(d);
            }
            for (int a : agents) out.add(new Dependency(noun, "amod", a));
            out.add(new Dependency(verb, "obl:agent", noun));
            return out; // one passive verb a sentence is all this mends
        }
        return arcs;
    }

    /**
     * The arcs, with one parser slip mended: "welcomed cultural memos sent by Bree" parsed as a clause ("memos" the
     * subject of "sent", "sent" a bare {@code dep} of "welcomed") is the object with a participle after it. Only a
     * past participle without auxiliary, right after its noun subject's phrase ("the leader of the network linked
     * to ..."), with a prepositional phrase of its own,
     * hanging as {@code dep} from a verb that has no object.
     */
    private static List<Dependency> reducedRelatives(AnnotatedSentence sentence) {
        List<Dependency> arcs = sentence.dependencies();
        List<Token> tokens = sentence.tokens();
        List<Dependency> out = null;
        for (Dependency d : arcs) {
            int v = d.dependent();
            int gov = d.governor();
            if (!d.relation().equals("dep") || gov < 0 || gov >= tokens.size() || v < 0 || v >= tokens.size()
                    || !tokens.get(v).pos().equals("VBN") || !tokens.get(gov).isVerb()) continue;
            int subject = -1;
            boolean phrase = false;
            boolean blocked = false;
            for (Dependency c : arcs) {
                if (c.governor() == gov && c.relation().equals("obj")) blocked = true;
                if (c.governor() != v) continue;
                String r = c.relation();
                if (r.equals("nsubj")) subject = c.dependent();
                else if (r.startsWith("obl:")) phrase = true;
                else if (r.startsWith("aux") || r.equals("cop") || r.equals("obj")) blocked = true;
            }
            if (blocked || !phrase || subject < 0 || subject >= v || !tokens.get(subject).isNoun()
                    || !phraseRunsUpTo(arcs, subject, v)) continue;
            if (out == null) out = new ArrayList<>(arcs);
            out.remove(d);
            out.add(new Dependency(subject, "acl", v));
            for (int k = 0; k < out.size(); k++) {
                Dependency c = out.get(k);
                if (c.governor() == v && c.dependent() == subject && c.relation().equals("nsubj")) {
                    out.set(k, new Dependency(gov, "obj", subject));
                }
            }
        }
        return out == null ? arcs : out;
    }

    /**
     * Whether every word from {@code noun} up to {@code next} (exclusive) belongs to the noun's phrase: "the leader of
     * the militant network linked to ..." is one phrase before "linked".
     */
    private static boolean phraseRunsUpTo(List<Dependency> arcs, int noun, int next) {
        for (int t = noun + 1; t < next; t++) {
            int cur = t;
            for (int steps = 0; cur != noun && cur >= 0 && steps < 20; steps++) cur = treeHead(arcs, cur);
            if (cur != noun) return false;
        }
        return true;
    }

    private static int treeHead(List<Dependency> arcs, int token) {
        for (Dependency d : arcs) {
            if (d.dependent() == token && !d.relation().endsWith(":xsubj") && !d.relation().equals("ref")
                    && !d.relation().startsWith("conj")) return d.governor();
        }
        return -1;
    }

    /** Personal pronouns that may stand as the subject of a reported clause: "indicated it would act". */
    private static final Set<String> CLAUSE_PRONOUNS = Set.of("it", "they", "he", "she", "we");

    /**
     * The arcs, with another parser slip mended: "Ethiopia indicated it would act" parsed as "[Ethiopia indicated
     * it] would act", a finite clause with a subject of its own as the clausal subject ({@code csubj}) of "act", the
     * pronoun its object. English has no such clausal subject without "that", "what" or the like, so the verb is
     * the governor of the clause ({@code ccomp}) and the pronoun, standing right before the clause's auxiliary, its
     * subject. Only then: a subject before the verb, no marker on it, the pronoun right after it.
     */
    private static List<Dependency> reportingClauseSubjects(List<Dependency> arcs, List<Token> tokens) {
        for (Dependency d : arcs) {
            int verb = d.governor();
            int reporter = d.dependent();
            if (!d.relation().equals("csubj") || verb < 0 || verb >= tokens.size() || reporter < 0
                    || reporter + 2 >= tokens.size() || !tokens.get(reporter).pos().matches("VB[DPZ]")) continue;
            int pronoun = reporter + 1;
            boolean subject = false;
            boolean object = false;
            boolean marked = false;
            boolean aux = false;
            for (Dependency c : arcs) {
                if (c.governor() == reporter && c.relation().equals("nsubj") && c.dependent() < reporter) subject = true;
                if (c.governor() == reporter && c.relation().equals("obj") && c.dependent() == pronoun) object = true;
                if (c.governor() == reporter && c.relation().equals("mark")) marked = true;
                if (c.governor() == verb && c.relation().startsWith("aux") && c.dependent() == pronoun + 1) aux = true;
            }
            if (!subject || !object || marked || !aux
                    || !CLAUSE_PRONOUNS.contains(tokens.get(pronoun).word().toLowerCase(Locale.ROOT))) continue;
            List<Dependency> out = new ArrayList<>(arcs.size());
            for (Dependency c : arcs) {
                if (c == d) out.add(new Dependency(reporter, "ccomp", verb));
                else if (c.governor() == reporter && c.dependent() == pronoun) out.add(new Dependency(verb, "nsubj", pronoun));
                else if (c.dependent() == verb) out.add(new Dependency(c.governor(), c.relation(), reporter));
                else out.add(c);
            }
            return reportingClauseSubjects(out, tokens); // one slip per pass; a sentence has few
        }
        return arcs;
    }

    /**
     * The arcs, with a parser slip mended: "vowed on Thursday to wage war" parsed as "on [Thursday to wage war]", a
     * "to" clause with "Thursday" its subject and "on" its marker. A "to" infinitive takes a subject only after
     * "for" ("for Gondor to wage war"), so a noun after another preposition is that preposition's object on the
     * governing verb ({@code obl:on}). A time ("on Thursday") cannot act, so the infinitive shares the governing
     * verb's subject: it is the verb's complement ({@code xcomp}), or its adverbial clause as before when the verb
     * already has an object or complement. Any other noun stays the infinitive's doer as the parser read it
     * ({@code nsubj:xsubj}) and the clause keeps its relation: "called on the government to allow", but also "came
     * to Botswana to hunt", which only the verb tells apart.
     */
    private static List<Dependency> prepositionalInfinitiveSubjects(List<Dependency> arcs, AnnotatedSentence sentence) {
        List<Token> tokens = sentence.tokens();
        for (Dependency d : arcs) {
            int clause = d.dependent();
            int governor = d.governor();
            String rel = d.relation();
            if (!(rel.startsWith("advcl") || rel.equals("dep")) || governor < 0 || governor >= tokens.size()
                    || clause < 0 || clause >= tokens.size() || !tokens.get(governor).isVerb()
                    || !tokens.get(clause).pos().equals("VB")) continue;
            int subject = -1;
            int marker = -1;
            boolean to = false;
            boolean complement = false;
            for (Dependency c : arcs) {
                if (c.governor() == governor && c.dependent() != clause && (c.relation().equals("obj")
                        || c.relation().startsWith("ccomp") || c.relation().startsWith("xcomp"))) complement = true;
                if (c.governor() != clause) continue;
                if (c.relation().equals("nsubj")) subject = c.dependent();
                if (c.relation().equals("mark") && tokens.get(c.dependent()).pos().equals("TO")) to = true;
                if (c.relation().equals("mark") && tokens.get(c.dependent()).pos().equals("IN")
                        && (marker < 0 || c.dependent() < marker)) marker = c.dependent();
            }
            if (!to || subject < 0 || marker < 0 || marker > subject || !tokens.get(subject).isNoun()) continue;
            String preposition = tokens.get(marker).word().toLowerCase(Locale.ROOT);
            if (preposition.equals("for") || !onlyPhraseBetween(arcs, marker, subject)) continue;
            boolean time = temporal(sentence, subject);
            List<Dependency> out = new ArrayList<>(arcs.size());
            for (Dependency c : arcs) {
                if (c.governor() == clause && c.dependent() == subject) {
                    out.add(new Dependency(governor, "obl:" + preposition, subject));
                    if (!time) out.add(new Dependency(clause, "nsubj:xsubj", subject));
                } else if (c.governor() == clause && c.dependent() == marker) {
                    out.add(new Dependency(subject, "case", marker));
                } else if (c == d && time && !complement) {
                    out.add(new Dependency(governor, "xcomp", clause));
                } else out.add(c);
            }
            return prepositionalInfinitiveSubjects(out, sentence); // one slip per pass
        }
        return arcs;
    }

    /**
     * The arcs, with a parser slip mended: "The team is about to restore ties with Libya almost crowds trashed its
     * embassy" parsed with "restore" hanging from "trashed". "Be about to" says what its subject will do next, so a
     * "to" infinitive right after "is about" is the complement ({@code xcomp}) of that "is", whatever the parser hung
     * it from. Only when "be" has a subject and does not already govern the infinitive.
     */
    private static List<Dependency> aboutToInfinitives(List<Dependency> arcs, List<Token> tokens) {
        for (int be = 0; be + 3 < tokens.size(); be++) {
            int verb = be + 3;
            if (!tokens.get(be).lemma().equalsIgnoreCase("be") || !tokens.get(be + 1).lowerWord().equals("about")
                    || !tokens.get(be + 2).pos().equals("TO") || !tokens.get(verb).pos().equals("VB")) continue;
            boolean subject = false;
            boolean governed = false;
            for (Dependency c : arcs) {
                if (c.governor() == be && c.relation().startsWith("nsubj")) subject = true;
                if (c.governor() == be && c.dependent() == verb) governed = true;
                if (c.dependent() == be && c.relation().equals("cop")) subject = false; // "is" a copula, not the verb
            }
            if (!subject || governed) continue;
            List<Dependency> out = new ArrayList<>(arcs.size());
            for (Dependency c : arcs) {
                if (c.dependent() == verb && !c.relation().endsWith(":xsubj")) out.add(new Dependency(be, "xcomp", verb));
                else out.add(c);
            }
            return out; // one a sentence
        }
        return arcs;
    }

    /** A date or time word: "Thursday", "March", "noon" (by its entity tag or a temporal expression over it). */
    private static boolean temporal(AnnotatedSentence sentence, int token) {
        String ner = sentence.tokens().get(token).ner();
        if ("DATE".equals(ner) || "TIME".equals(ner)) return true;
        for (Timex t : sentence.timexes()) {
            if (t.beginToken() <= token && token < t.endToken() && (t.type().equals("DATE") || t.type().equals("TIME"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether every word strictly between the marker and the noun modifies the noun ("on [the next] day"). */
    private static boolean onlyPhraseBetween(List<Dependency> arcs, int marker, int noun) {
        for (int k = marker + 1; k < noun; k++) {
            boolean modifier = false;
            for (Dependency c : arcs) if (c.dependent() == k && c.governor() == noun) modifier = true;
            if (!modifier) return false;
        }
        return true;
    }

    /**
     * The arcs, with a third parser slip mended: "Eriador's death and injury toll has risen" parsed with the
     * possessor as the subject and the nouns after it hanging from it as bare {@code dep}s. A possessor owns the
     * noun phrase after it, so the last of those nouns is the head: it takes the possessor's place in the clause,
     * the possessor becomes its {@code nmod:poss} and the nouns before it its modifiers ({@code compound}).
     */
    private static List<Dependency> brokenPossessives(List<Dependency> arcs, List<Token> tokens) {
        for (Dependency up : arcs) {
            int owner = up.dependent();
            if (owner < 0 || owner >= tokens.size() || !tokens.get(owner).isNoun()) continue;
            boolean possessive = false;
            List<Integer> nouns = new ArrayList<>();
            for (Dependency c : arcs) {
                if (c.governor() != owner) continue;
                if (c.relation().equals("case") && tokens.get(c.dependent()).pos().equals("POS")) possessive = true;
                if (c.relation().equals("dep") && c.dependent() > owner && tokens.get(c.dependent()).isNoun()) {
                    nouns.add(c.dependent());
                }
            }
            if (!possessive || nouns.isEmpty()) continue;
            int head = Collections.max(nouns);
            List<Dependency> out = new ArrayList<>(arcs.size());
            for (Dependency c : arcs) {
                boolean between = nouns.contains(c.governor()) && nouns.contains(c.dependent());
                if (between) continue; // "death" conj "toll": both now modify the head
                if (c.dependent() == owner) out.add(new Dependency(c.governor(), c.relation(), head));
                else if (c.governor() == owner && c.dependent() == head) out.add(new Dependency(head, "nmod:poss", owner));
                else if (c.governor() == owner && nouns.contains(c.dependent())) {
                    out.add(new Dependency(head, "compound", c.dependent()));
                } else out.add(c);
            }
            return out; // one slip a sentence is all this mends
        }
        return arcs;
    }
}
