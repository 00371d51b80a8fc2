package org.dyad.core.dictionary.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Synset members reduced to the lemma forms of their head words, with nested synsets expanded. */
final class Synsets {
    private final Map<String, List<DictionaryLine>> lines;
    private final Map<String, Set<String>> resolved = new HashMap<>();
    private final String file;
    private final LoadReport.Builder report;

    Synsets(String file, Map<String, List<DictionaryLine>> lines, LoadReport.Builder report) {
        this.file = file;
        this.lines = lines;
        this.report = report;
        for (String name : lines.keySet()) lemmas(name, new HashSet<>());
    }

    /** A synset's name as dictionaries refer to it: upper case, without trailing {@code _}. */
    static String name(String s) {
        String n = s.toUpperCase(Locale.ROOT);
        while (n.endsWith("_")) n = n.substring(0, n.length() - 1);
        return n;
    }

    boolean has(String name) {
        return lines.containsKey(name);
    }

    Set<String> lemmas(String name) {
        return resolved.get(name);
    }

    /**
     * The members of a synset of auxiliaries with negation or adverbs (&amp;NEGATVAUXVRB: "DID N'T", "WILL NOT",
     * "REALLY DID NOT"), each as its words; null when some member is anything else. Such a synset before the
     * verb is a set of alternative auxiliary chains, not a noun.
     */
    List<List<String>> auxiliaryMembers(String name) {
        List<DictionaryLine> members = lines.get(name);
        if (members == null || members.isEmpty()) return null;
        List<List<String>> out = new ArrayList<>();
        for (DictionaryLine m : members) {
            String member = m.text().substring(1).strip();
            int hash = member.indexOf('#');
            if (hash >= 0) member = member.substring(0, hash).strip();
            List<String> words = new ArrayList<>();
            for (String w : member.replace('_', ' ').toUpperCase(Locale.ROOT).split("\\s+")) {
                if (w.isEmpty()) continue;
                if (!PatternWords.AUXILIARIES.containsKey(w) && !w.equals("NOT") && !w.equals("N'T") && !w.equals("NEVER")
                        && !PatternWords.isAdverb(w)) return null;
                words.add(w);
            }
            if (words.isEmpty()) return null;
            out.add(words);
        }
        return out;
    }

    /** The members with nested synsets expanded, each as its words in upper case ("GOLDEN GOBLIN GALLEONS"). */
    List<List<String>> phrases(String name) {
        List<List<String>> out = new ArrayList<>();
        phrases(name, new HashSet<>(), out);
        return out;
    }

    private void phrases(String name, Set<String> visiting, List<List<String>> out) {
        if (!visiting.add(name)) return;
        for (DictionaryLine m : lines.getOrDefault(name, List.of())) {
            String member = m.text().substring(1).strip();
            int hash = member.indexOf('#');
            if (hash >= 0) member = member.substring(0, hash).strip();
            if (member.startsWith("&")) {
                phrases(name(member.substring(1)), visiting, out);
                continue;
            }
            List<String> words = new ArrayList<>();
            for (String w : member.replace('_', ' ').toUpperCase(Locale.ROOT).split("\\s+")) {
                if (!w.isEmpty()) words.add(w);
            }
            if (!words.isEmpty()) out.add(words);
        }
    }

    private Set<String> lemmas(String name, Set<String> visiting) {
        Set<String> done = resolved.get(name);
        if (done != null) return done;
        Set<String> out = new LinkedHashSet<>();
        if (!visiting.add(name)) return out; // a cycle: the members seen so far are all there is
        for (DictionaryLine m : lines.getOrDefault(name, List.of())) {
            String member = m.text().substring(1).strip();
            if (member.startsWith("&")) {
                String inner = name(member.substring(1));
                if (!lines.containsKey(inner)) {
                    report.unmapped(file, m.line(), m.raw(), "undefined synset &" + inner);
                } else {
                    out.addAll(lemmas(inner, visiting));
                }
                continue;
            }
            String[] words = member.replace('_', ' ').trim().split("\\s+");
            if (words.length == 0 || words[0].isEmpty()) continue;
            if (words.length > 1) {
                report.approximated(file, m.line(), m.raw(), "multi-word synset member matched by its last word");
            }
            out.addAll(PatternWords.forms(words[words.length - 1]));
        }
        Set<String> fixed = Set.copyOf(out); // immutable, so that every Step shares it instead of copying
        resolved.put(name, fixed);
        return fixed;
    }
}
