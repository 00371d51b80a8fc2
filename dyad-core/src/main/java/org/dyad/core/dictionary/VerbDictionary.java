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
 * Patterns of one lemma are kept most specific first, so the coder takes the first that matches.
 */
public final class VerbDictionary {
    private final Map<String, List<VerbPattern>> verbs;
    private final Map<String, List<VerbPattern>> nouns;
    private final int size;

    private VerbDictionary(Collection<VerbPattern> patterns) {
        Map<String, List<VerbPattern>> v = new HashMap<>();
        Map<String, List<VerbPattern>> n = new HashMap<>();
        for (VerbPattern p : patterns) (p.noun() ? n : v).computeIfAbsent(p.lemma(), k -> new ArrayList<>()).add(p);
        // Most conditions first; List.sort is stable, so ties keep file order.
        Comparator<VerbPattern> specificFirst = Comparator.comparingInt((VerbPattern p) -> -weight(p));
        v.values().forEach(l -> l.sort(specificFirst));
        n.values().forEach(l -> l.sort(specificFirst));
        this.verbs = v;
        this.nouns = n;
        this.size = patterns.size();
    }

    private static int weight(VerbPattern p) {
        int w = 0;
        for (Path path : p.conditions()) w += 10 + path.steps().size();
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
            String code = cameo(row, 3, "code");
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
