package org.dyad.io.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores coded events against gold records. The figures and every rule behind them are those of
 * {@code shared/eval/score.py}, so that both give the same numbers on the same files:
 * <ul>
 *   <li><b>label recall</b>: gold events whose label one of Dyad's events of that record gives;</li>
 *   <li><b>full recall</b>: the same, by an event whose source and target match the gold actors';</li>
 *   <li><b>precision</b> (for gold that lists every event of a record): Dyad's events whose label is one of the
 *       record's gold labels, over all its events in labelled records; F1 of label recall and precision;</li>
 *   <li><b>false alarms</b>: records labelled as holding no event in which Dyad codes something.</li>
 * </ul>
 * A gold label is the PLOVER type if there is one (older draft names count for their PLOVER 2021 types: YIELD is
 * CONCEDE or RETREAT), else the CAMEO root, else the pentaclass (worked out from Dyad's CAMEO code). An actor
 * matches when it shares a content word with the gold actor's words, or, for a gold actor written as a code
 * ("RUSGOV"), when the first three characters of the codes agree. A gold actor that is null is not checked; a
 * null Dyad actor matches no labelled one. Events of documents that are not in the gold are ignored.
 */
public final class Scorer {
    private Scorer() {}

    /** Draft PLOVER names in older gold sets, and the PLOVER 2021 types that count for them. */
    static final Map<String, Set<String>> PLOVER_ALIASES = Map.of(
            "DEMAND", Set.of("REQUEST"), "DISAPPROVE", Set.of("ACCUSE"), "INVESTIGATE", Set.of("ACCUSE"),
            "FIGHT", Set.of("ASSAULT"), "YIELD", Set.of("CONCEDE", "RETREAT"));

    /** Words that do not make two actors the same ("the", "of", ...). */
    static final Set<String> STOP = Set.of("the", "a", "an", "of", "and", "its", "his", "her", "their", "s", "in",
            "on", "for", "to", "'s");

    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");
    private static final Pattern ACTOR_CODE = Pattern.compile("[A-Z0-9-]{3,20}");

    /**
     * Scores {@code events} (by document id) against {@code gold}, record by record in gold order. Every miss is
     * kept, in that order.
     */
    public static Score score(List<GoldRecord> gold, Map<String, List<CodedEvent>> events) {
        int goldEvents = 0, labelHits = 0, fullHits = 0, empty = 0, alarms = 0, emitted = 0, emittedRight = 0;
        Map<String, int[]> perLabel = new TreeMap<>();
        List<Score.Miss> misses = new ArrayList<>();
        for (GoldRecord rec : gold) {
            List<CodedEvent> evs = events.getOrDefault(rec.id(), List.of());
            if (rec.events().isEmpty()) {
                empty++;
                if (!evs.isEmpty()) alarms++;
                emitted += evs.size();
                continue;
            }
            Set<GoldEvent.Label> labels = new LinkedHashSet<>();
            for (GoldEvent g : rec.events()) {
                GoldEvent.Label label = g.label();
                if (label == null) continue;
                labels.add(label);
                goldEvents++;
                boolean same = false, full = false;
                for (CodedEvent e : evs) {
                    if (!sameLabel(label, e)) continue;
                    same = true;
                    if (actorMatches(g.source(), e.source()) && actorMatches(g.target(), e.target())) full = true;
                }
                if (same) labelHits++;
                if (full) fullHits++;
                int[] tally = perLabel.computeIfAbsent(label.value(), k -> new int[3]);
                tally[0]++;
                if (same) tally[1]++;
                if (full) tally[2]++;
                if (!full) misses.add(new Score.Miss(rec, g, label.value(), evs));
            }
            emitted += evs.size();
            for (CodedEvent e : evs) {
                if (labels.stream().anyMatch(l -> sameLabel(l, e))) emittedRight++;
            }
        }
        Map<String, Score.LabelTally> byLabel = new TreeMap<>();
        perLabel.forEach((k, t) -> byLabel.put(k, new Score.LabelTally(t[0], t[1], t[2])));
        return new Score(gold.size(), goldEvents, labelHits, fullHits, empty, alarms, emitted, emittedRight, byLabel,
                misses);
    }

    /** Whether the event gives the gold label; a PLOVER draft name also accepts the types it stands for. */
    static boolean sameLabel(GoldEvent.Label gold, CodedEvent e) {
        return switch (gold.kind()) {
            case PLOVER -> {
                String got = e.plover().toUpperCase(Locale.ROOT);
                yield got.equals(gold.value()) || PLOVER_ALIASES.getOrDefault(gold.value(), Set.of()).contains(got);
            }
            case CAMEO -> gold.value().equals(e.cameo() == null ? "" : prefix(e.cameo(), 2));
            case PENTACLASS -> gold.value().equals(pentaclass(e.cameo()));
        };
    }

    /** Whether a coded actor matches a gold one (null gold: not labelled, so anything matches). */
    static boolean actorMatches(String gold, CodedEvent.Party got) {
        if (gold == null) return true;
        if (got == null) return false;
        Set<String> shared = new HashSet<>(words(gold));
        shared.retainAll(words(got.words()));
        if (!shared.isEmpty()) return true;
        // A gold CAMEO actor code ("RUSGOV"): compare the country or group root.
        String code = got.code() == null ? "" : got.code();
        return ACTOR_CODE.matcher(gold).matches() && prefix(code, 3).equals(prefix(gold, 3));
    }

    /** The content words of an actor text: lower-case runs of ASCII letters and digits, minus {@link #STOP}. */
    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) return out;
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) if (!STOP.contains(m.group())) out.add(m.group());
        return out;
    }

    /**
     * The pentaclass of a CAMEO code from its root: 0 statement (01-02), 1 verbal cooperation (03-05), 2 material
     * cooperation (06-08), 3 verbal conflict (09-13, 16), 4 material conflict (14, 15, 17-20); null when the code
     * has no numeric root.
     */
    static String pentaclass(String cameo) {
        int root;
        try {
            root = Integer.parseInt(prefix(cameo == null ? "" : cameo, 2).strip());
        } catch (NumberFormatException e) {
            return null;
        }
        if (root <= 2) return "0";
        if (root <= 5) return "1";
        if (root <= 8) return "2";
        if (root <= 13 || root == 16) return "3";
        return "4";
    }

    /** The first {@code n} characters (code points), or the whole string when shorter: Python's {@code s[:n]}. */
    static String prefix(String s, int n) {
        return s.codePointCount(0, s.length()) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }
}
