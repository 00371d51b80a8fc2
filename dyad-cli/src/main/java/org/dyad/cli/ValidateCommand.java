package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.core.Codebook;
import org.dyad.core.Conventions;
import org.dyad.core.DocumentCoder;
import org.dyad.core.annotate.Annotator;
import org.dyad.core.dictionary.DictionaryFormatException;
import org.dyad.core.dictionary.VerbPattern;
import org.dyad.core.dictionary.petrarch.PetrarchDictionaries;
import org.dyad.core.model.Document;
import org.dyad.core.model.Event;
import org.dyad.nlp.CoreNlpAnnotator;
import org.dyad.nlp.PennTreeAnnotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad validate FILE.xml}: runs a PETRARCH validation file through Dyad's own pipeline and compares the set
 * of (source, target, CAMEO code) of each record with what the record expects. See docs/VALIDATION.md.
 *
 * <p>What counts as an event here: every event Dyad codes, whatever its modality. PETRARCH has no modality: it
 * codes what the verb pattern says, tense and mood aside ("is about to restore ties" is 064), and negation is
 * the dictionary's business ("- WILL NOT * [081]", "Neither X nor Y boycotted" is 081 in the suite), so
 * Dyad's planned, hypothetical and negated events are all compared by their CAMEO code.
 */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand extends DyadCommand {
    @Parameters(paramLabel = "FILE.xml", description = "A PETRARCH validation file.")
    Path file;

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "Where the <Environment> dictionary files are (default: next to FILE.xml).")
    Path dictionaries;

    @Option(names = "--use-given-parse",
            description = "Use each record's Penn parse (converted to UD dependencies by CoreNLP) instead of parsing the text.")
    boolean useGivenParse;

    @Option(names = "--verbose", description = "Also list the records that pass.")
    boolean verbose;

    /** What one record gave. */
    record Outcome(ValidationFile.Record record, Set<ValidationFile.Coding> got, String crash) {
        boolean passed() {
            return crash == null && got.equals(record.expected());
        }
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) throw new UserException("not found: " + file);
        ValidationFile validation;
        try {
            validation = ValidationFile.read(file);
        } catch (IOException e) {
            throw new UserException(e.getMessage());
        }
        Path dir = dictionaries != null ? dictionaries : file.toAbsolutePath().getParent();
        List<Path> files = validation.dictionaries(dir);
        for (Path f : files) if (!Files.isRegularFile(f)) throw new UserException("dictionary named in <Environment> not found: " + f);
        Codebook codebook = codebook(files);
        Annotator parser = useGivenParse ? null : new CoreNlpAnnotator();

        PrintWriter out = out();
        List<Outcome> outcomes = new ArrayList<>();
        for (ValidationFile.Record r : validation.records()) {
            Outcome o;
            if (useGivenParse && "bad_input_parse".equals(r.expectedError()) && !PennTreeAnnotator.balanced(r.parse())) {
                // The record tests that a broken parse is refused; with the given parse, Dyad refuses it too.
                outcomes.add(new Outcome(r, Set.of(), null));
                if (verbose) out.printf("PASS %s  expected: bad_input_parse  got: bad_input_parse%n", r.id());
                continue;
            }
            try {
                Annotator annotator = useGivenParse ? PennTreeAnnotator.of(r.parse()) : parser;
                DocumentCoder coder = Pipelines.coder(annotator, codebook, DocumentCoder.DEFAULT_MAX_SENTENCE_TOKENS, false);
                o = new Outcome(r, codings(coder.code(Document.of(r.id(), r.date(), r.text())).events(), r), null);
            } catch (RuntimeException | StackOverflowError e) {
                o = new Outcome(r, Set.of(), e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            outcomes.add(o);
            if (o.crash() != null) {
                out.printf("CRASH %s  %s  | %s%n", r.id(), o.crash(), r.text());
            } else if (!o.passed() || verbose) {
                out.printf("%s %s  expected: %s  got: %s  | %s%n", o.passed() ? "PASS" : "FAIL", r.id(),
                        show(r.expected()), show(o.got()), r.text());
            }
        }
        Map<String, int[]> byCategory = new LinkedHashMap<>();
        int passed = 0;
        int crashed = 0;
        for (Outcome o : outcomes) {
            int[] c = byCategory.computeIfAbsent(o.record().category(), k -> new int[2]);
            if (o.passed()) {
                c[0]++;
                passed++;
            } else {
                c[1]++;
            }
            if (o.crash() != null) crashed++;
        }
        out.println();
        out.printf("%-10s %8s %8s %8s%n", "category", "records", "passed", "failed");
        for (Map.Entry<String, int[]> e : byCategory.entrySet()) {
            int[] c = e.getValue();
            out.printf("%-10s %8d %8d %8d%n", e.getKey(), c[0] + c[1], c[0], c[1]);
        }
        out.printf("%-10s %8d %8d %8d%n", "all", outcomes.size(), passed, outcomes.size() - passed);
        if (crashed > 0) out.printf("%d records crashed (counted as failed)%n", crashed);
        out.printf("%d passed, %d failed%n", passed, outcomes.size() - passed);
        out.flush();
        return crashed == 0 ? Main.OK : Main.SOME_INPUT_FAILED;
    }

    /**
     * Dyad's events as PETRARCH codings, whatever their modality; an event without a target is "---" and,
     * while {@code require_dyad} is on (PETRARCH's default), not coded at all.
     */
    static Set<ValidationFile.Coding> codings(List<Event> events, ValidationFile.Record r) {
        Set<ValidationFile.Coding> out = new LinkedHashSet<>();
        for (Event e : events) {
            if (e.target() == null && r.requireDyad()) continue;
            out.add(new ValidationFile.Coding(e.source().code(), e.target() == null ? "---" : e.target().code(),
                    e.cameo().code()));
        }
        return out;
    }

    private static String show(Set<ValidationFile.Coding> codings) {
        if (codings.isEmpty()) return "[no events]";
        Set<String> sorted = new TreeSet<>();
        for (ValidationFile.Coding c : codings) sorted.add(c.toString());
        return "[" + String.join("; ", sorted) + "]";
    }

    /** The built-in codebook with the environment's actors, verbs and discards in place of the built-in ones. */
    private Codebook codebook(List<Path> files) {
        PetrarchDictionaries.Loaded d;
        try {
            d = PetrarchDictionaries.load(files);
        } catch (java.io.UncheckedIOException e) {
            throw new UserException("dictionaries: " + e.getMessage());
        }
        // The suite's verb dictionary uses codes CAMEO 1.1b3 lacks (CAMEO 2.0's 223, made-up 901 or 174K to test
        // the pattern matcher): they are added to the catalogue with Goldstein 0, as the suite scores codes only.
        Codebook builtIn = Codebook.builtIn();
        Set<String> extra = new TreeSet<>();
        for (VerbPattern p : d.verbs().all()) {
            if (builtIn.cameo().find(p.code()).isEmpty()) extra.add(p.code());
            if (p.plannedCode() != null && builtIn.cameo().find(p.plannedCode()).isEmpty()) extra.add(p.plannedCode());
        }
        builtIn = new Codebook(builtIn.actors(), builtIn.verbs(), builtIn.cameo().plus(extra, "not in CAMEO 1.1b3"),
                builtIn.plover(), builtIn.places(), builtIn.discards(), Conventions.DYAD);
        Progress.note(err(), String.format("validation dictionaries: %,d actor phrases, %,d verb patterns (%,d codes outside CAMEO 1.1b3; %,d unmapped constructs), %,d discards",
                d.actors().size(), d.verbs().size(), extra.size(), d.report().unmapped().size(), d.discards().size()));
        try {
            // The suite's expectations assume PETRARCH's conventions: a role word with no country is ---ROLE ("a
            // senior official" → ---GOV), and "an official said on Saturday" is a statement of its own.
            return builtIn.with(d.actors(), d.verbs(), d.discards()).with(Conventions.PETRARCH);
        } catch (DictionaryFormatException e) {
            throw new UserException("dictionary: " + e.getMessage());
        }
    }
}
