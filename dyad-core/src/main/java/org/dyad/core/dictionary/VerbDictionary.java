package org.dyad.core.dictionary;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.dictionary.VerbPattern.Path;
import org.dyad.core.dictionary.VerbPattern.Step;

/**
 * Verbs and event nouns with the dependency contexts that make them CAMEO events. Immutable.
 * Patterns of one lemma are kept most specific first, so the coder takes the first that matches. Patterns that
 * name word forms ({@link VerbPattern#forms()}) are also kept by form, and a token of that form tries them first.
 */
public final class VerbDictionary {
    private final Map<String, List<VerbPattern>> verbs;
    private final Map<String, List<VerbPattern>> nouns;
    private final Map<String, List<VerbPattern>> verbForms;
    private final Map<String, List<VerbPattern>> nounForms;
    private final int size;

    private VerbDictionary(Collection<VerbPattern> patterns) {
        Map<String, List<VerbPattern>> v = new HashMap<>();
        Map<String, List<VerbPattern>> n = new HashMap<>();
        Map<String, List<VerbPattern>> vf = new HashMap<>();
        Map<String, List<VerbPattern>> nf = new HashMap<>();
        for (VerbPattern p : patterns) {
            (p.noun() ? n : v).computeIfAbsent(p.lemma(), k -> new ArrayList<>()).add(p);
            for (String form : p.forms()) (p.noun() ? nf : vf).computeIfAbsent(form, k -> new ArrayList<>()).add(p);
        }
        // Most conditions first; List.sort is stable, so ties keep file order.
        Comparator<VerbPattern> specificFirst = Comparator.comparingInt((VerbPattern p) -> -weight(p));
        for (Map<String, List<VerbPattern>> m : List.of(v, n, vf, nf)) m.values().forEach(l -> l.sort(specificFirst));
        this.verbs = v;
        this.nouns = n;
        this.verbForms = vf;
        this.nounForms = nf;
        this.size = patterns.size();
    }

    private static int weight(VerbPattern p) {
        int w = 0;
        for (Path path : p.conditions()) {
            w += 10 + path.steps().size();
            // A step through any "to" complement on the way to the words ("vowed [to wage] war") says no more than
            // those words on the verb itself, so it is not the more specific reading.
            List<Step> steps = path.steps();
            if (steps.size() > 1 && steps.get(0).relation().equals("xcomp") && steps.get(0).lemmas().isEmpty()) {
                boolean infinitive = steps.size() == 2 && steps.get(1).relation().equals("mark");
                w -= infinitive ? 10 + steps.size() : 1;
            }
        }
        return w;
    }

    public static VerbDictionary of(Collection<VerbPattern> patterns) {
        return new VerbDictionary(patterns);
    }

    public static VerbDictionary builtIn() {
        return Holder.BUILT_IN;
    }

    private static final class Holder {
        static final VerbDictionary BUILT_IN = parse(TsvLines.readResource(ActorDictionary.DICT + "verbs.tsv", 4));
    }

    /** Reads a file in Dyad's verbs.tsv format. */
    public static VerbDictionary read(String name, InputStream in) {
        return parse(TsvLines.read(name, in, 4));
    }

    private static VerbDictionary parse(List<TsvLines.Row> rows) {
        List<VerbPattern> out = new ArrayList<>();
        for (TsvLines.Row row : rows) {
            String lemma = row.column(0).toLowerCase(Locale.ROOT);
            if (lemma.isEmpty()) throw row.error("lemma", "empty");
            String pos = row.column(1);
            if (!pos.equals("V") && !pos.equals("N")) throw row.error("pos", "must be V or N, not '" + pos + "'");
            List<Path> conditions = new ArrayList<>();
            for (String c : row.column(2).trim().split("\\s+")) if (!c.isEmpty()) conditions.add(path(row, c));
            // "---": a reading that is no event ("poses a threat"): it is matched and consumed, and codes nothing.
            String code = row.column(3).equals(VerbPattern.NO_EVENT) ? VerbPattern.NO_EVENT : cameo(row, 3, "code");
            String planned = row.column(4).isEmpty() ? null : cameo(row, 4, "planned");
            out.add(new VerbPattern(lemma, pos.equals("N"), conditions, code, planned, row.file() + ":" + row.line()));
        }
        return new VerbDictionary(out);
    }

    private static Path path(TsvLines.Row row, String text) {
        List<Step> steps = new ArrayList<>();
        for (String s : text.split(">")) {
            int eq = s.indexOf('=');
            if (eq <= 0 || eq == s.length() - 1) throw row.error("context", "step '" + s + "' is not relation=lemma");
            String rel = s.substring(0, eq);
            String lemmas = s.substring(eq + 1);
            Set<String> set = new HashSet<>();
            if (!lemmas.equals("*")) for (String l : lemmas.split("\\|")) set.add(l.toLowerCase(Locale.ROOT));
            steps.add(new Step(rel, set));
        }
        return new Path(steps);
    }

    private static String cameo(TsvLines.Row row, int col, String name) {
        String c = row.column(col);
        if (!c.matches("\\d{2,4}")) throw row.error(name, "not a CAMEO event code: '" + c + "'");
        int root = Integer.parseInt(c.substring(0, 2));
        if (root < 1 || root > 20) throw row.error(name, "root " + c.substring(0, 2) + " is not 01-20");
        return c;
    }

    public List<VerbPattern> verbPatterns(String lemma) {
        return verbs.getOrDefault(lemma, List.of());
    }

    public List<VerbPattern> nounPatterns(String lemma) {
        return nouns.getOrDefault(lemma, List.of());
    }

    public boolean isVerb(String lemma) {
        return verbs.containsKey(lemma);
    }

    public boolean isNoun(String lemma) {
        return nouns.containsKey(lemma);
    }

    /**
     * The patterns for a verb token with this lemma and this surface form (both lower case), in the order to try
     * them: first those that name the form but belong to another lemma, most specific first, then those of the
     * lemma. "left" (lemma "leave") tries PETRARCH's "--- LEFT [032:033]" before "--- LEAVE [012]": the line
     * names that very word, so it is the more specific. A form that is its own lemma ("meet") gets the lemma's
     * patterns in their usual order.
     */
    public List<VerbPattern> verbPatterns(String lemma, String word) {
        return formsFirst(verbForms.get(word), lemma, verbPatterns(lemma));
    }

    /** As {@link #verbPatterns(String, String)}, for an event noun. */
    public List<VerbPattern> nounPatterns(String lemma, String word) {
        return formsFirst(nounForms.get(word), lemma, nounPatterns(lemma));
    }

    public boolean isVerb(String lemma, String word) {
        return verbs.containsKey(lemma) || verbForms.containsKey(word);
    }

    public boolean isNoun(String lemma, String word) {
        return nouns.containsKey(lemma) || nounForms.containsKey(word);
    }

    private static List<VerbPattern> formsFirst(List<VerbPattern> byForm, String lemma, List<VerbPattern> byLemma) {
        if (byForm == null) return byLemma;
        List<VerbPattern> out = new ArrayList<>();
        for (VerbPattern p : byForm) if (!p.lemma().equals(lemma)) out.add(p);
        if (out.isEmpty()) return byLemma;
        out.addAll(byLemma);
        return out;
    }

    /** Every pattern, verbs then nouns. */
    public List<VerbPattern> all() {
        List<VerbPattern> out = new ArrayList<>();
        verbs.values().forEach(out::addAll);
        nouns.values().forEach(out::addAll);
        return out;
    }

    public int size() {
        return size;
    }

    public VerbDictionary plus(VerbDictionary other) {
        List<VerbPattern> all = all();
        all.addAll(other.all());
        return new VerbDictionary(all);
    }
}
