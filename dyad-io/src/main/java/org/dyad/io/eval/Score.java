package org.dyad.io.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of one scoring run ({@link Scorer#score}), and their printed form, which is score.py's to the
 * character: {@link #summary} is its last line, {@link #byLabelLines} its {@code --by-label} table.
 *
 * @param records        gold records
 * @param goldEvents     labelled gold events (those with a PLOVER type, CAMEO code or pentaclass)
 * @param labelHits      gold events whose label Dyad gives in that record
 * @param fullHits       ... by an event whose source and target match the gold actors
 * @param noEventRecords records labelled as holding no event
 * @param falseAlarms    no-event records in which Dyad codes something
 * @param emitted        Dyad's events in gold records
 * @param emittedRight   ... whose label is one of their record's gold labels
 * @param byLabel        per gold label, in label order
 * @param misses         every gold event not fully matched, in gold order
 */
public record Score(int records, int goldEvents, int labelHits, int fullHits, int noEventRecords, int falseAlarms,
                    int emitted, int emittedRight, Map<String, LabelTally> byLabel, List<Miss> misses) {

    /** One gold label's counts: its gold events, those Dyad labelled right, those it also got the actors of. */
    public record LabelTally(int gold, int label, int full) {}

    /** A gold event Dyad did not fully match, with what Dyad coded for its record instead. */
    public record Miss(GoldRecord record, GoldEvent gold, String label, List<CodedEvent> coded) {}

    public Score {
        byLabel = Collections.unmodifiableMap(new TreeMap<>(byLabel));
        misses = List.copyOf(misses);
    }

    public double labelRecall() {
        return goldEvents == 0 ? 0.0 : (double) labelHits / goldEvents;
    }

    public double fullRecall() {
        return goldEvents == 0 ? 0.0 : (double) fullHits / goldEvents;
    }

    /** Meaningful only for gold that lists every event of each record ({@code --complete}). */
    public double precision() {
        return emitted == 0 ? 0.0 : (double) emittedRight / emitted;
    }

    /** F1 of label recall and precision. */
    public double f1() {
        double p = precision(), lr = labelRecall();
        return p + lr == 0 ? 0.0 : 2 * p * lr / (p + lr);
    }

    /**
     * score.py's summary line: {@code dev-plv: 1041 records, 1047 gold events; label recall 0.441; full recall
     * 0.241}, then {@code ; precision P; F1 F} when {@code complete}, then {@code ; false alarms A/N no-event records}
     * when the gold has such records.
     */
    public String summary(String name, boolean complete) {
        StringBuilder line = new StringBuilder();
        line.append(name).append(": ").append(records).append(" records, ").append(goldEvents)
                .append(" gold events; label recall ").append(fixed(labelRecall(), 3))
                .append("; full recall ").append(fixed(fullRecall(), 3));
        if (complete) line.append("; precision ").append(fixed(precision(), 3)).append("; F1 ").append(fixed(f1(), 3));
        if (noEventRecords > 0) {
            line.append("; false alarms ").append(falseAlarms).append('/').append(noEventRecords).append(" no-event records");
        }
        return line.toString();
    }

    /** score.py's {@code --by-label} lines: {@code "  ACCUSE      120 gold  label 0.52  full 0.31"}. */
    public List<String> byLabelLines() {
        List<String> lines = new ArrayList<>();
        byLabel.forEach((label, t) -> lines.add(String.format(Locale.ROOT, "  %-10s %4d gold  label %s  full %s",
                label, t.gold(), fixed((double) t.label() / t.gold(), 2), fixed((double) t.full() / t.gold(), 2))));
        return lines;
    }

    /**
     * The name score.py gives a gold file in its summary: the folder it is in, as the path was written
     * ({@code ../shared/eval/dev-plv/gold.json} is "dev-plv"), or the path itself when it names no folder.
     */
    public static String datasetName(String goldPath) {
        if (!goldPath.contains("/")) return goldPath;
        String p = goldPath.replaceAll("/+$", "");
        String[] parts = p.split("/", -1);
        return parts.length >= 2 ? parts[parts.length - 2] : p;
    }

    /**
     * A figure with {@code digits} decimals as Python prints it: the double's exact value rounded half to even
     * (Java's {@code %.3f} rounds the shortest decimal form half up, and differs on ties such as 0.0625).
     */
    static String fixed(double x, int digits) {
        return new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
    }
}
