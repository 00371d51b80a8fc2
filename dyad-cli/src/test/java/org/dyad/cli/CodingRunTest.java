package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.Codebook;
import org.dyad.core.DocumentCoder;
import org.dyad.core.annotate.Annotator;
import org.dyad.core.model.Document;
import org.dyad.io.InputProblem;
import org.dyad.io.run.CodingRun;
import org.dyad.io.run.DocumentFailure;
import org.dyad.io.run.EventSink;
import org.dyad.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one coding run behind {@code code}, {@code ingest}, {@code evaluate}, {@code bench} and the paste box: input
 * order kept across threads, one line per failure, a bad document costing only itself, lost output stopping it.
 */
class CodingRunTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 2);
    /** The real pipeline, except that a document whose text says "JAMMED" makes the annotator throw. */
    private static final DocumentCoder CODER = new DocumentCoder(jamming(new CoreNlpAnnotator()), Codebook.builtIn());

    @TempDir
    Path dir;

    private static Annotator jamming(Annotator real) {
        return (document, selector) -> {
            if (document.text().contains("JAMMED")) throw new IllegalStateException("the parser jammed");
            return real.annotate(document, selector);
        };
    }

    /** What a sink was given, in the order given. */
    static final class Recording implements EventSink {
        final List<String> calls = new ArrayList<>();
        String refuse;

        @Override
        public void coded(Document document, DocumentCoder.Result result) {
            if (document.id().equals(refuse)) throw new DocumentFailure("the store said no", null);
            calls.add("coded " + document.id() + " " + result.events().size());
        }

        @Override
        public void failed(Failure f) {
            calls.add("failed " + (f.document() == null ? f.origin() : f.document().id()) + ": " + f.message());
        }
    }

    private static List<Document> stories() {
        List<Document> docs = new ArrayList<>();
        String[] texts = {"Russia attacked Ukraine on Thursday.", "Kenya and Uganda signed a trade agreement on Monday.",
                "JAMMED Iran threatened Israel.", "Turkey arrested journalists.", "Germany hosted French officials."};
        for (int i = 0; i < texts.length; i++) docs.add(new Document("d" + (i + 1), DAY, texts[i], null, null, null, "news.jsonl:" + (i + 1)));
        return docs;
    }

    @Test
    void documentsArriveInInputOrderAndAFailingOneIsReportedOnceWhileTheOthersAreCoded() throws IOException {
        StringWriter err = new StringWriter();
        Recording sink = new Recording();
        CodingRun run = new CodingRun(CODER, 2, new PrintWriter(err, true), CodingRun.Progress.NONE);
        run.run(s -> stories().forEach(s::document), sink);

        assertEquals(5, sink.calls.size(), sink.calls.toString());
        List<String> order = sink.calls.stream().map(c -> c.split(" ")[1].replace(":", "")).toList();
        assertEquals(List.of("d1", "d2", "d3", "d4", "d5"), order);
        assertEquals("failed d3: coding failed: java.lang.IllegalStateException: the parser jammed", sink.calls.get(2));
        assertTrue(sink.calls.get(0).startsWith("coded d1 ") && !sink.calls.get(0).endsWith(" 0"), "the attack is coded: " + sink.calls);
        assertEquals(List.of("news.jsonl:3: error: coding failed: java.lang.IllegalStateException: the parser jammed"),
                err.toString().lines().toList());
        assertEquals(4, run.tally().documents());
        assertEquals(1, run.tally().failed());
        assertEquals(CodingRun.SOME_FAILED, run.exitStatus());
    }

    @Test
    void aDocumentTheSinkRefusesAndAnUnreadableRecordEachCostOneLineAndTheRunGoesOn() throws IOException {
        StringWriter err = new StringWriter();
        Recording sink = new Recording();
        sink.refuse = "d2";
        CodingRun run = new CodingRun(CODER, 1, new PrintWriter(err, true), CodingRun.Progress.NONE);
        run.run(s -> {
            s.document(stories().get(0));
            s.problem(InputProblem.error("news.jsonl:7", "missing field \"text\""));
            s.problem(InputProblem.warning("news.jsonl", "no --date: the file's date is used"));
            s.document(stories().get(1));
            s.document(stories().get(3));
        }, sink);

        // A reading problem is reported as it is met; documents in flight arrive after it, in their order.
        assertEquals(List.of("coded d1", "failed d2: the store said no", "coded d4"),
                sink.calls.stream().filter(c -> !c.startsWith("failed news")).map(c -> c.startsWith("coded") ? c.substring(0, 8) : c).toList());
        assertEquals(1, sink.calls.stream().filter(c -> c.equals("failed news.jsonl:7: missing field \"text\"")).count(), sink.calls.toString());
        assertEquals(4, sink.calls.size(), "a warning is no failure: " + sink.calls);
        List<String> lines = err.toString().lines().toList();
        assertEquals(List.of("news.jsonl:7: error: missing field \"text\"", "news.jsonl: warning: no --date: the file's date is used",
                "news.jsonl:2: error: the store said no"), lines);
        assertEquals(2, run.tally().failed());
        assertEquals(CodingRun.SOME_FAILED, run.exitStatus());
    }

    @Test
    void anotherStepRunsTheSameWayInInputOrderWithItsFailuresNamed() throws IOException {
        // A slow first document: a run that delivered as documents finished would put it last.
        CodingRun.Step<String> words = d -> {
            if (d.text().contains("JAMMED")) throw new IllegalStateException("no gazetteer");
            if (d.id().equals("d1")) sleep(300);
            return d.id() + "=" + d.words();
        };
        StringWriter err = new StringWriter();
        List<String> calls = new ArrayList<>();
        CodingRun run = new CodingRun(2, new PrintWriter(err, true), CodingRun.Progress.NONE);
        run.run(s -> stories().forEach(s::document), "geoparsing", words, new CodingRun.StepSink<>() {
            @Override
            public void done(Document document, String result) {
                calls.add(result);
            }

            @Override
            public void failed(EventSink.Failure failure) {
                calls.add("failed " + failure.document().id());
            }
        });

        assertEquals(List.of("d1=5", "d2=9", "failed d3", "d4=3", "d5=4"), calls);
        assertEquals(List.of("news.jsonl:3: error: geoparsing failed: java.lang.IllegalStateException: no gazetteer"),
                err.toString().lines().toList());
        assertEquals(4, run.tally().documents());
        assertEquals(CodingRun.SOME_FAILED, run.exitStatus());
        assertThrows(IllegalStateException.class, () -> run.run(s -> { }, new Recording()), "this run has no coder");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void lostOutputStopsTheRunAtOnce() {
        List<String> delivered = new ArrayList<>();
        List<String> read = new ArrayList<>();
        CodingRun run = new CodingRun(CODER, 1, new PrintWriter(new StringWriter()), CodingRun.Progress.NONE);
        IOException lost = assertThrows(IOException.class, () -> run.run(s -> {
            for (Document d : stories()) {
                read.add(d.id());
                s.document(d);
            }
        }, (document, result) -> {
            delivered.add(document.id());
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", lost.getMessage());
        assertEquals(List.of("d1"), delivered);
        assertFalse(read.contains("d5"), "reading stopped: " + read);
    }

    /** Each command that codes a corpus reports a bad record in the same one line, codes the rest and exits 1. */
    @Test
    void codeIngestEvaluateAndBenchReportABadRecordAlike() throws IOException {
        Path input = Files.writeString(dir.resolve("news.jsonl"),
                "{\"id\": \"a\", \"date\": \"2024-05-02\", \"text\": \"Russia attacked Ukraine on Thursday.\"}\n"
                        + "{\"id\": \"b\", \"date\": \"2024-05-02\"}\n");
        Path gold = Files.writeString(dir.resolve("gold.json"), "[{\"id\": \"a\", \"events\": [{\"source\": \"Russia\","
                + " \"target\": \"Ukraine\", \"cameo\": \"190\", \"plover\": null, \"pentaclass\": null}]}]");
        String line = input + ":2: error: ";
        List<List<String>> commands = List.of(
                List.of("code", "--threads", "1", "--quiet", "--format", "jsonl", input.toString()),
                List.of("ingest", "--db", dir.resolve("s.duckdb").toString(), "--threads", "1", "--quiet", input.toString()),
                List.of("evaluate", "--threads", "1", "--quiet", gold.toString(), input.toString()),
                List.of("bench", "--threads", "1", input.toString()));
        for (List<String> args : commands) {
            CodeCommandTest.Run run = CodeCommandTest.run(args.toArray(String[]::new));
            assertEquals(Main.SOME_INPUT_FAILED, run.exit(), args + ": " + run.err());
            assertEquals(1, run.err().lines().filter(l -> l.startsWith(line)).count(), args + ": " + run.err());
        }
    }
}
