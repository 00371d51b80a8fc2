package org.dyad.core.dictionary.petrarch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a PETRARCH dictionary load read, and what it could not carry over into Dyad's model.
 *
 * @param counts       how many of each thing were read, e.g. {@code "actors.phrases" -> 61234}
 * @param unmapped     constructs that were left out, each with the file, line and reason
 * @param approximated constructs that were read but lose part of their meaning in Dyad (e.g. the second code of a
 *                     paired event {@code [042:043]}); kept apart so that the unmapped list stays the list of
 *                     what is missing
 */
public record LoadReport(Map<String, Integer> counts, List<Unmapped> unmapped, List<Unmapped> approximated) {
    /** One construct that did not make it (or made it only in part), and why. */
    public record Unmapped(String file, int line, String text, String reason) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + reason + ": " + text.strip();
        }
    }

    public LoadReport {
        counts = Collections.unmodifiableMap(new TreeMap<>(counts));
        unmapped = List.copyOf(unmapped);
        approximated = List.copyOf(approximated);
    }

    /** The count of {@code key}, 0 when nothing of that kind was read. */
    public int count(String key) {
        return counts.getOrDefault(key, 0);
    }

    /** How many unmapped constructs there are per reason, most frequent first: the short form of the report. */
    public Map<String, Integer> unmappedByReason() {
        return byReason(unmapped);
    }

    public Map<String, Integer> approximatedByReason() {
        return byReason(approximated);
    }

    private static Map<String, Integer> byReason(List<Unmapped> list) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Unmapped u : list) counts.merge(u.reason(), 1, Integer::sum);
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : sorted) out.put(e.getKey(), e.getValue());
        return out;
    }

    public LoadReport plus(LoadReport other) {
        Builder b = new Builder();
        b.add(this);
        b.add(other);
        return b.build();
    }

    /** A few lines for people: the counts, then unmapped and approximated constructs grouped by reason. */
    public String summary() {
        StringBuilder b = new StringBuilder();
        counts.forEach((k, v) -> b.append(k).append(": ").append(v).append('\n'));
        b.append("unmapped: ").append(unmapped.size()).append('\n');
        unmappedByReason().forEach((k, v) -> b.append("  ").append(v).append("  ").append(k).append('\n'));
        b.append("approximated: ").append(approximated.size()).append('\n');
        approximatedByReason().forEach((k, v) -> b.append("  ").append(v).append("  ").append(k).append('\n'));
        return b.toString();
    }

    /** Collects counts and unmapped constructs while the readers work. Not thread-safe. */
    public static final class Builder {
        private final Map<String, Integer> counts = new TreeMap<>();
        private final List<Unmapped> unmapped = new ArrayList<>();
        private final List<Unmapped> approximated = new ArrayList<>();

        public Builder count(String key, int n) {
            counts.merge(key, n, Integer::sum);
            return this;
        }

        public Builder count(String key) {
            return count(key, 1);
        }

        public Builder unmapped(String file, int line, String text, String reason) {
            unmapped.add(new Unmapped(file, line, text, reason));
            return this;
        }

        public Builder approximated(String file, int line, String text, String reason) {
            approximated.add(new Unmapped(file, line, text, reason));
            return this;
        }

        public Builder add(LoadReport r) {
            r.counts().forEach(this::count);
            unmapped.addAll(r.unmapped());
            approximated.addAll(r.approximated());
            return this;
        }

        public LoadReport build() {
            return new LoadReport(counts, unmapped, approximated);
        }
    }
}
