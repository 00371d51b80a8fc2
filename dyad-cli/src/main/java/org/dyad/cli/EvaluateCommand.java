package org.dyad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.core.model.Document;
import org.dyad.core.model.Event;
import org.dyad.io.InputFormat;
import org.dyad.io.Readers;
import org.dyad.io.eval.CodedEvent;
import org.dyad.io.eval.GoldEvent;
import org.dyad.io.eval.GoldFormatException;
import org.dyad.io.eval.GoldRecord;
import org.dyad.io.eval.GoldStandard;
import org.dyad.io.eval.Score;
import org.dyad.io.eval.Scorer;
import org.dyad.io.output.JsonlEventWriter;
import org.dyad.io.run.CodingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad evaluate GOLD [INPUT...]}: codes INPUT as {@code dyad code} does (or scores an existing output with
 * {@code --events}) and prints the figures of {@code shared/eval/score.py}, computed by {@link Scorer}. See
 * docs/ACCURACY.md.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true)
final class EvaluateCommand extends DyadCommand {
    @Parameters(index = "0", paramLabel = "GOLD", description = "The gold standard file.")
    String gold;

    @Parameters(index = "1..*", paramLabel = "INPUT",
            description = "The documents to code, as for 'dyad code' (e.g. input.jsonl beside gold.json); '-' reads stdin.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--events", paramLabel = "FILE", description = "Score this 'dyad code --format jsonl' output instead of coding.")
    Path events;

    @Option(names = "--complete", description = "GOLD lists every event of each record: also print precision and F1.")
    boolean complete;

    @Option(names = "--by-label", description = "A line per gold label: its gold events, label recall and full recall.")
    boolean byLabel;

    @Option(names = "--misses", paramLabel = "N", description = "Show the first N gold events not fully matched, with what Dyad coded instead.")
    int misses;

    @Option(names = "--save-events", paramLabel = "FILE", description = "Also write the coded events as JSONL (to score again with --events).")
    Path saveEvents;

    @Mixin
    CodingOptions coding = new CodingOptions();

    /** The sentences of gold records, for showing misses: from GOLD, the coded documents or the events file. */
    private final Map<String, String> sentences = new HashMap<>();

    @Override
    public Integer call() {
        if (misses < 0) throw new UserException("--misses must be 0 or more, not " + misses);
        GoldStandard goldStandard;
        try {
            goldStandard = GoldStandard.read(Path.of(gold));
        } catch (GoldFormatException e) {
            throw new UserException(e.getMessage());
        }
        for (GoldRecord r : goldStandard.records()) if (r.text() != null) sentences.put(r.id(), r.text());
        Map<String, List<CodedEvent>> coded;
        int exitStatus = Main.OK;
        if (events != null) {
            if (!inputs.isEmpty()) throw new UserException("give INPUT to code or --events FILE to score, not both");
            if (saveEvents != null) throw new UserException("--save-events writes coded events: it does not go with --events");
            coded = readEvents(goldStandard);
        } else {
            Coded c = code(goldStandard);
            coded = c.events();
            exitStatus = c.exitStatus();
        }
        Score score = Scorer.score(goldStandard.records(), coded);
        PrintWriter out = out();
        if (byLabel) score.byLabelLines().forEach(out::println);
        score.misses().stream().limit(misses).forEach(m -> printMiss(out, m));
        out.println(score.summary(Score.datasetName(gold), complete));
        out.flush();
        return exitStatus;
    }

    private Map<String, List<CodedEvent>> readEvents(GoldStandard goldStandard) {
        Map<String, List<CodedEvent>> byDoc;
        try {
            byDoc = CodedEvent.readJsonl(events);
        } catch (NoSuchFileException e) {
            throw new UserException(events + ": no such file");
        } catch (IOException e) {
            throw new JobFailure(events + ": cannot read: " + e.getMessage());
        }
        Set<String> ids = goldStandard.records().stream().map(GoldRecord::id).collect(Collectors.toSet());
        if (!byDoc.isEmpty() && byDoc.keySet().stream().noneMatch(ids::contains)) {
            Progress.note(err(), "warning: no event in " + events + " belongs to a record of " + gold
                    + " (their \"doc\" is not a gold id): is it the output for this gold?");
        }
        for (List<CodedEvent> list : byDoc.values()) {
            for (CodedEvent e : list) if (e.text() != null) sentences.putIfAbsent(e.doc(), e.text());
        }
        return byDoc;
    }

    private record Coded(Map<String, List<CodedEvent>> events, int exitStatus) {}

    /** Codes INPUT, or GOLD's own sentences, on the pipeline of {@code dyad code}. */
    private Coded code(GoldStandard goldStandard) {
        List<Document> goldDocuments = null;
        if (inputs.isEmpty()) {
            if (goldStandard.format() == GoldStandard.Format.PLOVER || goldStandard.hasSentences()) {
                try {
                    goldDocuments = goldStandard.documents(coding.date());
                } catch (GoldFormatException e) {
                    throw new UserException(e.getMessage());
                }
            } else if (goldStandard.format() != GoldStandard.Format.PETRARCH_XML) {
                throw new UserException(gold + " (" + goldStandard.format().description() + ") holds no sentences: "
                        + "give INPUT to code (such as the input.jsonl beside it) or --events FILE to score");
            }
        }
        CodingRun.Source source;
        if (!inputs.isEmpty()) {
            source = coding.source(inputs);
        } else if (goldDocuments != null) {
            List<Document> documents = goldDocuments;
            source = sink -> documents.forEach(sink::document);
        } else {
            // PETRARCH XML: its <Sentence> records, read as 'dyad code' reads them.
            Readers readers = new Readers(coding.readerOptions().withFormat(InputFormat.PETRARCH_XML));
            source = sink -> readers.read(Path.of(gold), sink);
        }
        PrintWriter err = err();
        CodingRun run = coding.run(err);
        Set<String> goldIds = goldStandard.records().stream().map(GoldRecord::id).collect(Collectors.toSet());
        Set<String> codedIds = new HashSet<>();
        Map<String, List<CodedEvent>> byDoc = new HashMap<>();
        JsonlEventWriter saver = saveEvents == null ? null : openSaver();
        try {
            run.run(source, (document, result) -> {
                codedIds.add(document.id());
                if (goldIds.contains(document.id())) sentences.putIfAbsent(document.id(), document.text());
                for (Event e : result.events()) {
                    byDoc.computeIfAbsent(e.doc(), k -> new ArrayList<>()).add(CodedEvent.of(e));
                    if (saver != null) saver.write(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (saver != null) {
                try {
                    saver.close();
                } catch (IOException e) {
                    Progress.note(err, "error: " + saveEvents + ": " + e.getMessage());
                }
            }
        }
        coding.done(run, err);
        Set<String> notCoded = new LinkedHashSet<>();
        for (GoldRecord r : goldStandard.records()) if (!codedIds.contains(r.id())) notCoded.add(r.id());
        if (!notCoded.isEmpty()) {
            Progress.note(err, String.format("warning: %,d of %,d gold records were not coded (no document with their id, "
                    + "or it failed), e.g. %s; they count as misses", notCoded.size(), goldIds.size(), notCoded.iterator().next()));
        }
        return new Coded(byDoc, run.exitStatus());
    }

    private JsonlEventWriter openSaver() {
        try {
            return new JsonlEventWriter(new BufferedWriter(Files.newBufferedWriter(saveEvents, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new JobFailure("--save-events: cannot write " + saveEvents + ": " + e.getMessage());
        }
    }

    /**
     * A miss as a reader checks it: the gold event, the sentence, and each event Dyad coded for the record
     * (source, CAMEO code and PLOVER type, target, modality).
     */
    private void printMiss(PrintWriter out, Score.Miss m) {
        GoldEvent g = m.gold();
        out.println("  miss " + m.record().id() + "  " + m.label() + ": " + goldActor(g.source()) + " -> " + goldActor(g.target()));
        String sentence = sentences.get(m.record().id());
        if (sentence != null) out.println("       sentence  " + sentence.replaceAll("\\s+", " ").strip());
        if (m.coded().isEmpty()) out.println("       coded     nothing");
        for (CodedEvent e : m.coded()) {
            out.println("       coded     " + party(e.source()) + " | " + (e.cameo() == null ? "-" : e.cameo())
                    + (e.plover().isEmpty() ? "" : " " + e.plover()) + " | " + party(e.target()) + " | "
                    + (e.modality() == null ? "-" : e.modality()));
        }
    }

    private static String goldActor(String actor) {
        return actor == null ? "(any)" : actor;
    }

    private static String party(CodedEvent.Party p) {
        if (p == null) return "-";
        String text = p.text() == null || p.text().isEmpty() ? "" : p.text() + " ";
        return text + "[" + (p.code() == null ? "" : p.code()) + "]";
    }
}
