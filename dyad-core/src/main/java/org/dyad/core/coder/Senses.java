package org.dyad.core.coder;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dyad.core.model.Dependency;

/**
 * Word-sense and polarity rules that read a predicate together with the words around it: what an appeal, demand or
 * threat asks for, and an act that is being stopped. Each rule maps one CAMEO code onto another by the codebook's
 * own parallels (02x, 03x and 10x run in step; 13x names what is threatened; 16x is stopping what 04x-07x give).
 */
final class Senses {
    private Senses() {}

    // ---- what an appeal, demand or threat asks for ------------------------------------------------------------

    /**
     * Whether an act with this code asks for or threatens another act, which then did not happen: appeals (02),
     * demands (10) and threats (13). "France urged Russia to accept a ceasefire" is one appeal; the ceasefire is
     * what was asked for.
     */
    static boolean asks(String code) {
        return code.startsWith("02") || code.startsWith("10") || code.startsWith("13");
    }

    /** The not-further-specified code of its root ("020", "100", "130"): the code the asked-for act may refine. */
    static boolean unspecified(String code) {
        return code.length() == 3 && code.endsWith("0");
    }

    /** Relations from an asking word to what it asks for: "urged X [to accept]", "called [for talks]", "threat [of sanctions]". */
    private static final Set<String> ASKED = Set.of("xcomp", "ccomp", "obj", "obl:for", "nmod:for", "nmod:of",
            "obl:with", "advcl:to", "acl:to", "obl:of");

    /** Clause boundaries inside what is asked for that say something else: relative clauses, asides, subjects. */
    private static boolean leavesTheRequest(String relation) {
        return relation.startsWith("acl:relcl") || relation.startsWith("parataxis") || relation.startsWith("nsubj")
                || relation.startsWith("csubj") || relation.equals("ref") || relation.equals("dep")
                || (relation.startsWith("advcl") && !relation.equals("advcl:to"));
    }

    /**
     * The words of what an asking predicate asks for: the subtrees of its complement, object and "for"/"of"
     * phrases, and of the words its pattern ran through, without relative clauses, asides or conditions ("urged
     * Russia to stop the attacks if NATO ..." keeps the condition an event of its own).
     */
    static Set<Integer> askedFor(SentenceGraph g, int predicate, List<Integer> path) {
        Set<Integer> out = new LinkedHashSet<>();
        Deque<Integer> todo = new ArrayDeque<>();
        for (int t : path) if (t != predicate) todo.add(t);
        Set<Integer> from = new LinkedHashSet<>(path);
        from.add(predicate);
        for (int t : from) {
            for (Dependency d : g.children(t)) if (ASKED.contains(d.relation())) todo.add(d.dependent());
        }
        while (!todo.isEmpty()) {
            int t = todo.pop();
            if (t == predicate || !out.add(t)) continue;
            for (Dependency d : g.children(t)) if (!leavesTheRequest(d.relation())) todo.add(d.dependent());
        }
        return out;
    }

    /**
     * The code of an appeal, demand or threat that asks for an act coded {@code inner} (with intent code
     * {@code innerPlanned}, or null): CAMEO runs 02x (appeal), 03x (intent) and 10x (demand) in step, so "urged
     * Russia to accept a ceasefire" (0871, intent 0356) is 0256 and "demanded talks" (046, intent 036) is 106. A
     * threat names what is threatened: sanctions (163) 1312, an attack (19x) 1384. Null when the codebook has no
     * narrower code.
     */
    static String askedCode(String asking, String inner, String innerPlanned) {
        String root = asking.substring(0, 2);
        if (root.equals("13")) return threatened(inner);
        String intent = innerPlanned != null && innerPlanned.startsWith("03") ? innerPlanned : intentOf(inner);
        if (intent == null || intent.length() < 3 || intent.equals("030")) return null;
        String rest = intent.substring(2);
        if (rest.startsWith("9")) rest = "8"; // "to mediate" (039): the appeal for mediation is 028/108
        return root + rest;
    }

    /** The 03x intent code of an act whose dictionary line names none: "release" (0841) is 0353. */
    static String intentOf(String code) {
        if (code.startsWith("03")) return code;
        if (code.startsWith("08")) {
            if (code.startsWith("081")) return "0351";
            if (code.startsWith("082")) return "0352";
            if (code.startsWith("083")) return "034";
            if (code.startsWith("084")) return "0353";
            if (code.startsWith("085")) return "0354";
            if (code.startsWith("086")) return "0355";
            if (code.startsWith("087")) return "0356";
            return "035";
        }
        if (code.startsWith("045")) return "039";
        if (code.startsWith("04")) return "036";
        if (code.startsWith("05")) return "032";
        if (code.startsWith("06") && code.length() >= 3) return code.equals("060") ? "031" : "031" + code.charAt(2);
        if (code.startsWith("07") && code.length() >= 3) {
            char kind = code.charAt(2);
            return kind >= '1' && kind <= '4' ? "033" + kind : "033";
        }
        return null;
    }

    /** The 13x code that threatens an act coded {@code code}, or null. */
    static String threatened(String code) {
        if (code.startsWith("162")) return "1311";
        if (code.startsWith("163")) return "1312";
        if (code.startsWith("161")) return "1313";
        if (code.startsWith("164")) return "134";
        if (code.startsWith("165")) return "135";
        if (code.startsWith("166")) return "136";
        if (code.startsWith("16")) return "131";
        if (code.startsWith("172")) return code.length() == 4 ? "132" + code.charAt(3) : "132";
        if (code.startsWith("17")) return "137";
        if (code.startsWith("14")) return "133";
        if (code.startsWith("191")) return "1381";
        if (code.startsWith("192")) return "1382";
        if (code.startsWith("18")) return "1383";
        if (code.startsWith("204")) return "1385";
        if (code.startsWith("20")) return "1383";
        if (code.startsWith("19")) return "1384";
        return null;
    }

    // ---- stopping an act ------------------------------------------------------------------------------------

    /**
     * The word that stops the act at {@code predicate}, or -1: "cease military aid", "suspension of aid", "aid
     * cuts", "a freeze on talks". Stopping aid is the act of reducing aid (162x), not giving it.
     */
    static int stopper(SentenceGraph g, int predicate) {
        int h = g.head(predicate);
        if (h < 0) return -1;
        String rel = g.headRelation(predicate);
        String lemma = g.lemma(h);
        if (g.token(h).isVerb()) {
            if (Cues.STOPPING.contains(lemma) && (rel.equals("obj") || rel.equals("nsubj:pass") || rel.equals("xcomp"))) return h;
        } else if (g.token(h).isNoun() && Cues.STOPPING_NOUNS.contains(lemma)) {
            if (rel.equals("nmod:of") || rel.equals("nmod:on") || rel.equals("nmod:to") || rel.equals("compound")) {
                return h;
            }
        }
        return -1;
    }

    /**
     * The code of stopping an act coded {@code code}, or null when stopping it is no act of its own in CAMEO:
     * aid (07x) → 162x, talks (04x) → 164, mediation → 165, cooperation (05x, 06x) → 160, peacekeeping → 1661,
     * sanctions → 085, a blockade → 0872, violence (18x-20x) → 087 (de-escalation).
     */
    static String stoppedCode(String code, String stopper) {
        boolean ending = stopper.equals("end");
        if (code.startsWith("074")) return "1661";
        if (code.startsWith("07") && code.length() >= 3) {
            char kind = code.charAt(2);
            return kind >= '1' && kind <= '3' ? "162" + kind : "162";
        }
        // "ended the talks" as often concludes them as breaks them off
        if (code.startsWith("045")) return ending ? null : "165";
        if (code.startsWith("04")) return ending ? null : "164";
        if (code.startsWith("05") || code.startsWith("06")) return "160";
        if (code.startsWith("163")) return "085";
        if (code.startsWith("191")) return "0872";
        if (code.startsWith("18") || code.startsWith("19") || code.startsWith("20")) return "087";
        return null;
    }

    // ---- refusing an act ------------------------------------------------------------------------------------

    /**
     * Whether the negated act at {@code predicate} is refused rather than merely not done: "will not lift the
     * embargo", "won't end the strike" (a negated future), or "refused to release" (a refusing governor).
     */
    static boolean refusal(SentenceGraph g, int predicate) {
        boolean future = false;
        boolean not = false;
        for (Dependency d : g.children(predicate)) {
            String word = g.token(d.dependent()).lowerWord();
            if (d.relation().startsWith("aux") && Cues.FUTURE_AUX.contains(word)) future = true;
            if ((d.relation().equals("advmod") || d.relation().equals("neg"))
                    && (word.equals("not") || word.equals("n't") || word.equals("never"))) not = true;
        }
        if (future && not) return true;
        int h = g.head(predicate);
        return h >= 0 && g.headRelation(predicate).startsWith("xcomp") && REFUSING.contains(g.lemma(h));
    }

    private static final Set<String> REFUSING = Set.of("refuse", "decline");

    /**
     * Whether the predicate is an agreement or a meeting its subject failed to reach ("failed to reach agreement",
     * "failed to agree on a deal"): in the codebooks a rejection (127, 125), where failing to deliver aid is no
     * refusal but an act that did not happen.
     */
    static boolean failedToAgree(SentenceGraph g, int predicate, String code) {
        if (!code.startsWith("057") && !code.startsWith("04") && !code.startsWith("03")) return false;
        int h = g.head(predicate);
        return h >= 0 && g.headRelation(predicate).startsWith("xcomp") && g.lemma(h).equals("fail");
    }

    /**
     * The CAMEO 12x code of refusing an act coded {@code code}, or null where CAMEO names no refusal of it:
     * yielding (08x) → 124x and 123x, meeting or negotiating (04x) → 125, aid (07x) → 122x, material cooperation
     * (06x) → 121x, signing an agreement (057) → 127.
     */
    static String refused(String code) {
        if (code.length() < 3) return null;
        if (code.startsWith("083")) return code.length() == 4 ? "123" + code.charAt(3) : "123";
        if (code.startsWith("081")) return "1241";
        if (code.startsWith("082")) return "1242";
        if (code.startsWith("084")) return "1243";
        if (code.startsWith("085")) return "1244";
        if (code.startsWith("086")) return "1245";
        if (code.startsWith("087")) return "1246";
        if (code.startsWith("08")) return "124";
        if (code.startsWith("04")) return "125";
        if (code.startsWith("075")) return "120";
        if (code.startsWith("07")) {
            char kind = code.charAt(2);
            return kind >= '1' && kind <= '4' ? "122" + kind : "122";
        }
        if (code.startsWith("061")) return "1211";
        if (code.startsWith("062")) return "1212";
        if (code.startsWith("06")) return "121";
        if (code.startsWith("057")) return "127";
        return null;
    }

    /** The intent code of a stopping act, for "will halt the offensive" (0356): CAMEO names intent for yielding only. */
    static String stoppedPlannedCode(String stopped) {
        return switch (stopped) {
            case "087" -> "0356";
            case "085" -> "0354";
            case "0872" -> "0356";
            default -> null;
        };
    }
}
