package org.dyad.core.dictionary.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Issue phrases from a PETRARCH issues file (phrase → issue code such as {@code FOREIGN_AID} or {@code OIL}), with the
 * phrases that keep a category from being coded. Immutable.
 */
public final class IssueList {
    /**
     * One word of a phrase in compact form (lower case, without spaces, hyphens or {@code +}); {@code byLemma}
     * when the file marked it {@code n:}/{@code v:}, so that "teachers" matches {@code n:teacher}.
     */
    public record Term(String compact, boolean byLemma) {}

    /** A phrase that gives an issue code. */
    public record Issue(List<Term> terms, String code, String category, String origin) {
        public Issue {
            terms = List.copyOf(terms);
        }
    }

    /**
     * A phrase that stops its category: in the same sentence ({@code ~}) or anywhere in the article ({@code ~~},
     * "article nukers").
     */
    public record Exclusion(List<Term> terms, String category, boolean wholeArticle, String origin) {
        public Exclusion {
            terms = List.copyOf(terms);
        }
    }

    private final List<Issue> issues;
    private final List<Exclusion> exclusions;

    public IssueList(List<Issue> issues, List<Exclusion> exclusions) {
        this.issues = List.copyOf(issues);
        this.exclusions = List.copyOf(exclusions);
    }

    public static IssueList empty() {
        return new IssueList(List.of(), List.of());
    }

    public List<Issue> issues() {
        return issues;
    }

    public List<Exclusion> exclusions() {
        return exclusions;
    }

    public int size() {
        return issues.size();
    }

    /** Issue codes of a sentence given as words only (lemmas taken to be the words). */
    public List<String> codes(List<String> words) {
        return codes(words, words);
    }

    /**
     * The distinct issue codes whose phrases occur in the sentence, in the file's order, leaving out categories
     * whose sentence-level exclusion ({@code ~}) also occurs. {@code words} and {@code lemmas} are parallel.
     */
    public List<String> codes(List<String> words, List<String> lemmas) {
        Set<String> excluded = new LinkedHashSet<>();
        for (Exclusion x : exclusions) {
            if (!x.wholeArticle() && occurs(x.terms(), words, lemmas)) excluded.add(x.category());
        }
        Set<String> out = new LinkedHashSet<>();
        for (Issue i : issues) {
            if (i.category() != null && excluded.contains(i.category())) continue;
            if (occurs(i.terms(), words, lemmas)) out.add(i.code());
        }
        return new ArrayList<>(out);
    }

    /** Categories an article's words rule out ({@code ~~} phrases); drop these categories' codes for the article. */
    public Set<String> excludedCategories(List<String> articleWords, List<String> articleLemmas) {
        Set<String> out = new LinkedHashSet<>();
        for (Exclusion x : exclusions) {
            if (x.wholeArticle() && occurs(x.terms(), articleWords, articleLemmas)) out.add(x.category());
        }
        return out;
    }

    private static boolean occurs(List<Term> terms, List<String> words, List<String> lemmas) {
        for (int i = 0; i < words.size(); i++) if (matchAt(terms, 0, words, lemmas, i)) return true;
        return false;
    }

    /** A term may span one to three tokens, so "pre+school" finds "pre-school", "pre school" and "preschool". */
    private static boolean matchAt(List<Term> terms, int t, List<String> words, List<String> lemmas, int at) {
        if (t == terms.size()) return true;
        Term term = terms.get(t);
        StringBuilder prefix = new StringBuilder();
        for (int k = at; k < words.size() && k < at + 3; k++) {
            String word = compact(words.get(k));
            if (term.byLemma()) {
                String lemma = compact(k < lemmas.size() ? lemmas.get(k) : words.get(k));
                if ((prefix + lemma).equals(term.compact()) || (prefix + word).equals(term.compact())) {
                    if (matchAt(terms, t + 1, words, lemmas, k + 1)) return true;
                }
            } else if ((prefix + word).equals(term.compact()) && matchAt(terms, t + 1, words, lemmas, k + 1)) {
                return true;
            }
            prefix.append(word);
            if (prefix.length() >= term.compact().length()) break;
        }
        return false;
    }

    static String compact(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '-' || c == '+' || c == '_') continue;
            b.append(Character.toLowerCase(c));
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
