package org.dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.stats.Counter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.dyad.core.Codebook;
import org.dyad.core.annotate.SentenceSelector;
import org.dyad.core.coder.ActorCoder;
import org.dyad.core.coder.ActorMention;
import org.dyad.core.coder.EventCoder;
import org.dyad.core.coder.EventTypeModel;
import org.dyad.core.model.AnnotatedSentence;
import org.dyad.core.model.Document;
import org.dyad.core.model.Event;
import org.dyad.io.output.JsonlEventWriter;
import org.dyad.nlp.CoreNlpAnnotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad model train|cv SET...}: trains the event-type arbiter ({@link EventTypeModel}) on gold sets in the
 * common format of shared/eval (a folder with {@code gold.json} and {@code input.jsonl}), or measures it by k-fold
 * cross-validation: each record is coded by a model that never saw it, and those events are written out for
 * {@code dyad evaluate --events} (or score.py) to score. A set whose gold names PLOVER types trains the PLOVER head;
 * one that names only CAMEO pentaclasses trains the pentaclass head.
 */
@Command(name = "model", mixinStandardHelpOptions = true)
final class ModelCommand extends DyadCommand {
    @Parameters(index = "0", paramLabel = "train|cv", description = "train: write a model; cv: cross-validate.")
    String action;

    @Parameters(index = "1..*", paramLabel = "SET", description = "Gold-set folders.")
    List<Path> sets;

    @Option(names = "--out", paramLabel = "FILE",
            description = "train: the model file to write; cv: a folder for the out-of-fold events.")
    Path out;

    @Option(names = "--folds", defaultValue = "5", description = "cv: number of folds (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--threshold", defaultValue = "0.5", split = ",",
            description = "Share of the outcomes' score the best must reach to be coded; cv takes a list (default: ${DEFAULT-VALUE}).")
    List<Double> thresholds;

    @Option(names = "--sigma", defaultValue = "1.0", description = "Gaussian prior of the logistic regression (default: ${DEFAULT-VALUE}).")
    double sigma;

    @Option(names = "--min-count", defaultValue = "2", description = "Drop features seen in fewer records (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--min-weight", defaultValue = "0.02", description = "Drop weights smaller than this, to keep the model file small (default: ${DEFAULT-VALUE}).")
    double minWeight;

    /** One gold record, annotated once. */
    record Example(String set, String id, Document document, List<AnnotatedSentence> sentences, List<String> features,
                   String head, String label) {}

    @Override
    public Integer call() throws IOException {
        if (!action.equals("train") && !action.equals("cv")) throw new UserException("model: the action is train or cv, not '" + action + "'");
        if (out == null) throw new UserException("model: --out is needed");
        if (folds < 2) throw new UserException("model: --folds must be at least 2");
        Codebook codebook = Codebook.builtIn().with((EventTypeModel) null);
        ActorCoder actors = codebook.actorCoder();
        CoreNlpAnnotator annotator = new CoreNlpAnnotator();
        List<Example> examples = new ArrayList<>();
        for (Path set : sets) examples.addAll(read(set, annotator, actors));
        Progress.note(err(), String.format("model: %,d records annotated", examples.size()));
        if (action.equals("train")) {
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                train(examples, w, thresholds.get(0), "trained by `dyad model train` on " + setNames()
                        + String.format(Locale.ROOT, " (%d records, sigma %.2f, min count %d, min weight %.2f)", examples.size(), sigma, minCount, minWeight));
            }
            Progress.note(err(), "model: wrote " + out);
            return Main.OK;
        }
        Files.createDirectories(out);
        Map<Double, List<Event>> byThreshold = new LinkedHashMap<>();
        for (double t : thresholds) byThreshold.put(t, new ArrayList<>());
        for (int fold = 0; fold < folds; fold++) {
            List<Example> training = new ArrayList<>();
            List<Example> held = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) (i % folds == fold ? held : training).add(examples.get(i));
            StringWriter model = new StringWriter();
            train(training, model, 0.5, "fold " + fold);
            for (double t : thresholds) {
                EventTypeModel m = EventTypeModel.read(new ByteArrayInputStream(
                        model.toString().replaceFirst("threshold\t[0-9.]+", "threshold\t" + t).getBytes(StandardCharsets.UTF_8)), "fold");
                EventCoder coder = codebook.with(m).eventCoder();
                for (Example e : held) {
                    for (AnnotatedSentence s : e.sentences()) {
                        List<ActorMention> mentions = actors.mentions(s.tokens(), e.document().date());
                        byThreshold.get(t).addAll(coder.code(e.id(), e.document().date(), s, mentions));
                    }
                }
            }
            Progress.note(err(), "model: fold " + (fold + 1) + " of " + folds + " done");
        }
        for (Map.Entry<Double, List<Event>> entry : byThreshold.entrySet()) {
            Path file = out.resolve(String.format(Locale.ROOT, "cv-events-%.2f.jsonl", entry.getKey()));
            try (OutputStream os = Files.newOutputStream(file); JsonlEventWriter w = new JsonlEventWriter(os)) {
                for (Event e : entry.getValue()) w.write(e);
            }
            Progress.note(err(), "model: out-of-fold events at threshold " + entry.getKey() + " in " + file);
        }
        return Main.OK;
    }

    private String setNames() {
        List<String> names = new ArrayList<>();
        for (Path s : sets) names.add(s.getFileName().toString());
        return String.join(", ", names);
    }

    private static List<Example> read(Path set, CoreNlpAnnotator annotator, ActorCoder actors) throws IOException {
        Path goldFile = set.resolve("gold.json");
        Path inputFile = set.resolve("input.jsonl");
        if (!Files.isRegularFile(goldFile) || !Files.isRegularFile(inputFile)) {
            throw new UserException("model: " + set + " needs gold.json and input.jsonl");
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> inputs = new LinkedHashMap<>();
        int n = 0;
        for (String line : Files.readAllLines(inputFile, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) continue;
            try {
                JsonNode node = json.readTree(line);
                inputs.put(node.path("id").asText(), node);
            } catch (IOException e) {
                throw new UserException("model: " + inputFile + ":" + n + ": not JSON");
            }
        }
        List<Example> out = new ArrayList<>();
        JsonNode gold;
        try {
            gold = json.readTree(goldFile.toFile());
        } catch (IOException e) {
            throw new UserException("model: " + goldFile + ": not JSON");
        }
        for (JsonNode record : gold) {
            JsonNode events = record.path("events");
            if (events.isEmpty()) continue;
            JsonNode first = events.get(0);
            String head;
            String label;
            if (first.hasNonNull("plover")) {
                head = EventTypeModel.PLOVER_HEAD;
                label = ploverLabel(first.get("plover").asText());
            } else if (first.hasNonNull("pentaclass")) {
                head = EventTypeModel.PENTACLASS_HEAD;
                label = first.get("pentaclass").asText();
            } else {
                continue;
            }
            String id = record.path("id").asText();
            JsonNode input = inputs.get(id);
            if (input == null) throw new UserException("model: " + inputFile + " has no record '" + id + "'");
            Document doc = Document.of(id, LocalDate.parse(input.path("date").asText("2018-07-01")), input.path("text").asText());
            List<AnnotatedSentence> sentences = annotator.annotate(doc, SentenceSelector.ALL);
            LinkedHashSet<String> features = new LinkedHashSet<>();
            for (AnnotatedSentence s : sentences) {
                features.addAll(EventTypeModel.features(s, actors.mentions(s.tokens(), doc.date())));
            }
            out.add(new Example(set.getFileName().toString(), id, doc, sentences, new ArrayList<>(features), head, label));
        }
        return out;
    }

    /** PLOVER's draft names in gold sets, as the types Dyad's mapping gives ("YIELD" is CONCEDE or RETREAT). */
    static String ploverLabel(String gold) {
        String g = gold.toUpperCase(Locale.ROOT);
        return switch (g) {
            case "YIELD" -> "CONCEDE";
            case "DEMAND" -> "REQUEST";
            case "DISAPPROVE", "INVESTIGATE" -> "ACCUSE";
            case "FIGHT" -> "ASSAULT";
            default -> g;
        };
    }

    private void train(List<Example> examples, Writer w, double threshold, String comment) throws IOException {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        Map<String, Map<String, double[]>> weights = new LinkedHashMap<>();
        for (String head : List.of(EventTypeModel.PLOVER_HEAD, EventTypeModel.PENTACLASS_HEAD)) {
            Dataset<String, String> data = new Dataset<>();
            for (Example e : examples) if (e.head().equals(head)) data.add(new BasicDatum<>(e.features(), e.label()));
            if (data.size() == 0) throw new UserException("model: no record names a " + head + " label");
            data.applyFeatureCountThreshold(minCount);
            LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
            factory.setSigma(sigma);
            factory.setVerbose(false);
            LinearClassifier<String, String> classifier = factory.trainClassifier(data);
            List<String> ls = new ArrayList<>(new TreeSet<>(classifier.labels()));
            Map<String, double[]> ws = new LinkedHashMap<>();
            Map<String, Counter<String>> byLabel = classifier.weightsAsMapOfCounters();
            for (int i = 0; i < ls.size(); i++) {
                Counter<String> c = byLabel.get(ls.get(i));
                for (String f : c.keySet()) {
                    double v = c.getCount(f);
                    if (Math.abs(v) < minWeight) continue;
                    ws.computeIfAbsent(f, k -> new double[ls.size()])[i] = v;
                }
            }
            labels.put(head, ls);
            weights.put(head, ws);
        }
        EventTypeModel.write(w, threshold, labels, weights, comment);
    }
}
