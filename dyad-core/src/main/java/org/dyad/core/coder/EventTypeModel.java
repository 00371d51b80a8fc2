package org.dyad.core.coder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.dictionary.DictionaryFormatException;
import org.dyad.core.dictionary.VerbPattern;
import org.dyad.core.model.AnnotatedSentence;
import org.dyad.core.model.Dependency;
import org.dyad.core.model.Token;

/**
 * The event-type arbiter: a small linear model that names the kind of act a sentence reports when the verb lexicon
 * has no entry for its main verb ("rolled back tariffs", "opened its borders to"). It never overrides a lexicon
 * entry: the {@link EventCoder} asks it only for a sentence where no pattern matched, and codes the main verb with
 * the generic CAMEO code of the type it names, with source and target read off the parse as for any verb.
 *
 * <p>Two heads, each a multinomial logistic regression over the same words: one names the PLOVER type, one the
 * CAMEO pentaclass (statement, verbal and material cooperation, verbal and material conflict). An outcome is one
 * generic CAMEO code per (type, pentaclass) pair, scored by the product of both heads' probabilities; the best one
 * is used when its share of the total is at least the model's threshold. The model is trained by
 * {@code dyad model train} (docs/ACCURACY.md gives the data, the cross-validated figures and the command), and
 * stored as a TSV of weights; read with {@link #read(InputStream, String)}. Immutable and thread-safe.
 */
public final class EventTypeModel {
    /** The generic CAMEO code of each outcome, with its pentaclass. PLOVER types come from the mapping in use. */
    public static final List<String[]> OUTCOMES = List.of(
            new String[] {"010", "0"}, new String[] {"020", "0"}, new String[] {"030", "1"},
            new String[] {"040", "1"}, new String[] {"050", "1"}, new String[] {"060", "2"},
            new String[] {"070", "2"}, new String[] {"080", "2"}, new String[] {"100", "3"},
            new String[] {"112", "3"}, new String[] {"120", "3"}, new String[] {"130", "3"},
            new String[] {"160", "3"}, new String[] {"140", "4"}, new String[] {"150", "4"},
            new String[] {"170", "4"}, new String[] {"190", "4"});

    /** Head names in the model file. */
    public static final String PLOVER_HEAD = "plover";
    public static final String PENTACLASS_HEAD = "pentaclass";

    /** Words too common to say anything about the act. */
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "and", "to", "in", "on", "for", "be",
            "have", "that", "with", "by", "at", "from", "as", "it", "its", "this", "which", "who", "he", "she",
            "they", "their", "his", "her", "or", "but", "also");

    /** Verbs that only report or link: the act is in their clause, not in them. */
    private static final Set<String> LIGHT = Set.of("be", "have", "do", "say", "tell", "state", "announce", "report",
            "add", "write", "note", "accord", "according", "believe", "think", "know", "become", "seem");

    /** Whether a verb only reports or links, so that it names no act of its own. */
    static boolean isLight(String lemma) {
        return LIGHT.contains(lemma) || Cues.ATTRIBUTION.contains(lemma);
    }

    private final Head plover;
    private final Head pentaclass;
    private final double threshold;

    EventTypeModel(Head plover, Head pentaclass, double threshold) {
        this.plover = plover;
        this.pentaclass = pentaclass;
        this.threshold = threshold;
    }

    /** One head: its labels and, per feature, a weight per label. */
    record Head(List<String> labels, Map<String, double[]> weights) {
        double[] probabilities(List<String> features) {
            double[] score = new double[labels.size()];
            for (String f : features) {
                double[] w = weights.get(f);
                if (w == null) continue;
                for (int i = 0; i < score.length; i++) score[i] += w[i];
            }
            double max = Double.NEGATIVE_INFINITY;
            for (double s : score) max = Math.max(max, s);
            double sum = 0;
            for (int i = 0; i < score.length; i++) {
                score[i] = Math.exp(score[i] - max);
                sum += score[i];
            }
            for (int i = 0; i < score.length; i++) score[i] /= sum;
            return score;
        }

        double probability(double[] p, String label) {
            int i = labels.indexOf(label);
            return i < 0 ? 0 : p[i];
        }
    }

    /**
     * What the model decided for a sentence.
     *
     * @param cameo       the generic CAMEO code chosen
     * @param probability its share of the outcomes' total score
     * @param confident   whether that share reaches the model's threshold, so the event is coded
     * @param evidence    the features that pushed the chosen type most, strongest first (for {@code dyad explain})
     */
    public record Decision(String cameo, double probability, boolean confident, List<String> evidence) {}

    public double threshold() {
        return threshold;
    }

    /** This model with another threshold, between 0 and 1. */
    public EventTypeModel withThreshold(double other) {
        if (!(other >= 0 && other <= 1)) throw new IllegalArgumentException("threshold must be between 0 and 1: " + other);
        return new EventTypeModel(plover, pentaclass, other);
    }

    /** The origin the patterns the model makes carry, so that events can be traced to it. */
    static final String ORIGIN = "event-type model";

    static boolean madeBy(VerbPattern pattern) {
        return pattern.origin() != null && pattern.origin().startsWith(ORIGIN);
    }

    /**
     * Decides the act of a sentence from its features.
     *
     * @param ploverOf the PLOVER type of a CAMEO code in the mapping in use (upper case), or null
     */
    public Decision decide(List<String> features, java.util.function.Function<String, String> ploverOf) {
        double[] pp = plover.probabilities(features);
        double[] pc = pentaclass.probabilities(features);
        double total = 0;
        double best = -1;
        String bestCode = null;
        String bestType = null;
        for (String[] o : OUTCOMES) {
            String type = ploverOf.apply(o[0]);
            double p = plover.probability(pp, type) * pentaclass.probability(pc, o[1]);
            total += p;
            if (p > best) {
                best = p;
                bestCode = o[0];
                bestType = type;
            }
        }
        double share = total > 0 ? best / total : 0;
        return new Decision(bestCode, share, share >= threshold, evidence(features, bestType));
    }

    private List<String> evidence(List<String> features, String type) {
        int i = plover.labels().indexOf(type);
        if (i < 0) return List.of();
        List<String> present = new ArrayList<>();
        for (String f : new LinkedHashSet<>(features)) {
            double[] w = plover.weights().get(f);
            if (w != null && w[i] > 0) present.add(f);
        }
        present.sort(Comparator.comparingDouble((String f) -> -plover.weights().get(f)[i]));
        return present.subList(0, Math.min(5, present.size()));
    }

    /**
     * The sentence's main act: the root verb, or, when the root only reports or links ("X said ...", "it is ..."),
     * the verb of the clause it governs; -1 when the sentence has no such verb or it lies inside an actor's name.
     */
    static int mainVerb(SentenceGraph g, ActorMention[] mentionAt) {
        int root = -1;
        for (int i = 0; i < g.size() && root < 0; i++) {
            for (Dependency d : g.parents(i)) {
                if (d.governor() < 0 && g.token(i).isVerb()) {
                    root = i;
                    break;
                }
            }
        }
        int v = root;
        for (int hops = 0; v >= 0 && hops < 3 && isLight(g.lemma(v)); hops++) {
            int next = -1;
            for (Dependency d : g.children(v)) {
                String r = d.relation();
                if ((r.startsWith("ccomp") || r.startsWith("parataxis") || r.startsWith("xcomp"))
                        && g.token(d.dependent()).isVerb()) {
                    next = d.dependent();
                    break;
                }
            }
            if (next < 0) break;
            v = next;
        }
        if (v < 0 || isLight(g.lemma(v)) || mentionAt[v] != null) return -1;
        return v;
    }

    /**
     * The features of a sentence around its main verb: its words, word pairs, and the verb with its particle,
     * object, complement and prepositions. The same function serves training and coding.
     */
    static List<String> features(SentenceGraph g, int verb) {
        List<String> f = new ArrayList<>();
        f.add("BIAS");
        String previous = null;
        for (int i = 0; i < g.size(); i++) {
            Token t = g.token(i);
            String w = t.lowerLemma();
            if (!isWord(w)) {
                previous = null;
                continue;
            }
            if (!STOP.contains(w)) f.add("w:" + w);
            if (previous != null) f.add("b:" + previous + "_" + w);
            previous = w;
        }
        if (verb >= 0) {
            String v = g.lemma(verb);
            f.add("v:" + v);
            for (Dependency d : g.children(verb)) {
                String r = d.relation();
                String dep = g.lemma(d.dependent());
                if (r.equals("compound:prt")) f.add("vp:" + v + "_" + dep);
                else if (r.equals("obj")) f.add("vo:" + v + "_" + dep);
                else if (r.startsWith("xcomp")) f.add("vx:" + v + "_" + dep);
                else if (r.startsWith("obl:")) f.add("vn:" + v + "_" + r.substring(4));
                else if (r.equals("advmod") && (dep.equals("not") || dep.equals("never"))) f.add("neg");
                else if (r.equals("aux") && (dep.equals("will") || dep.equals("would"))) f.add("aux:" + dep);
            }
        }
        return f;
    }

    private static boolean isWord(String w) {
        if (w.isEmpty()) return false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetter(c) && c != '-') return false;
        }
        return true;
    }

    /** The features of a parsed sentence with these actor mentions, as the coder computes them (for training). */
    public static List<String> features(AnnotatedSentence sentence, List<ActorMention> mentions) {
        SentenceGraph g = new SentenceGraph(sentence);
        ActorMention[] mentionAt = new ActorMention[g.size()];
        for (ActorMention m : mentions) for (int i = m.begin(); i < m.end() && i < mentionAt.length; i++) mentionAt[i] = m;
        return features(g, mainVerb(g, mentionAt));
    }

    /** The built-in model, or null when the resource is absent (a build without one codes by lexicon only). */
    public static EventTypeModel builtIn() {
        InputStream in = EventTypeModel.class.getResourceAsStream("/org/dyad/core/coder/event-type-model.tsv");
        if (in == null) return null;
        try (in) {
            return read(in, "event-type-model.tsv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a model file: {@code threshold\tT}, then per head {@code head\tNAME\tLABEL...} followed by its lines
     * {@code NAME\tFEATURE\tWEIGHT...}, one weight per label; '#' lines are comments.
     */
    public static EventTypeModel read(InputStream in, String origin) {
        Map<String, List<String>> labels = new HashMap<>();
        Map<String, Map<String, double[]>> weights = new HashMap<>();
        double threshold = 0.5;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t");
                String where = origin + ":" + n;
                try {
                    if (c[0].equals("threshold")) {
                        threshold = Double.parseDouble(c[1]);
                    } else if (c[0].equals("head")) {
                        labels.put(c[1], List.of(c).subList(2, c.length));
                        weights.put(c[1], new HashMap<>());
                    } else {
                        List<String> ls = labels.get(c[0]);
                        if (ls == null) throw new DictionaryFormatException(where, "head", "unknown head '" + c[0] + "'");
                        if (c.length != ls.size() + 2) {
                            throw new DictionaryFormatException(where, "weights", "expected " + ls.size() + " weights");
                        }
                        double[] w = new double[ls.size()];
                        for (int i = 0; i < w.length; i++) w[i] = Double.parseDouble(c[i + 2]);
                        weights.get(c[0]).put(c[1], w);
                    }
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                    throw new DictionaryFormatException(where, "weights", "not a number: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!labels.containsKey(PLOVER_HEAD) || !labels.containsKey(PENTACLASS_HEAD)) {
            throw new DictionaryFormatException(origin, "head", "needs the heads " + PLOVER_HEAD + " and " + PENTACLASS_HEAD);
        }
        return new EventTypeModel(new Head(labels.get(PLOVER_HEAD), weights.get(PLOVER_HEAD)),
                new Head(labels.get(PENTACLASS_HEAD), weights.get(PENTACLASS_HEAD)), threshold);
    }

    /** Writes a model in the format {@link #read} reads. Weights are rounded to 4 decimals to keep the file small. */
    public static void write(Writer out, double threshold, Map<String, List<String>> headLabels,
                             Map<String, Map<String, double[]>> headWeights, String comment) throws IOException {
        for (String line : comment.split("\n")) out.write("# " + line + "\n");
        out.write("threshold\t" + threshold + "\n");
        for (String head : List.of(PLOVER_HEAD, PENTACLASS_HEAD)) {
            out.write("head\t" + head + "\t" + String.join("\t", headLabels.get(head)) + "\n");
            List<String> features = new ArrayList<>(headWeights.get(head).keySet());
            features.sort(null);
            for (String f : features) {
                StringBuilder b = new StringBuilder(head).append('\t').append(f);
                for (double w : headWeights.get(head).get(f)) b.append('\t').append(String.format(Locale.ROOT, "%.4f", w));
                out.write(b.append('\n').toString());
            }
        }
    }
}
