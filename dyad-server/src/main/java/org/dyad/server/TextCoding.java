package org.dyad.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.dyad.core.Codebook;
import org.dyad.core.DocumentCoder;
import org.dyad.core.model.Document;
import org.dyad.core.model.Event;
import org.dyad.io.output.JsonlEventWriter;
import org.dyad.io.run.CodingRun;
import org.dyad.io.run.EventSink;
import org.dyad.nlp.CoreNlpAnnotator;

/**
 * Codes a pasted story without storing it. The coder (CoreNLP models and dictionaries) loads on the first request,
 * so a server that only browses the store starts in a second.
 */
final class TextCoding {
    private final Supplier<DocumentCoder> factory;
    private volatile DocumentCoder coder;

    TextCoding(Supplier<DocumentCoder> factory) {
        this.factory = factory;
    }

    /** The coder as {@code dyad code} builds it with the built-in dictionaries. */
    static DocumentCoder defaultCoder() {
        return new DocumentCoder(new CoreNlpAnnotator(), Codebook.builtIn());
    }

    /** Loads the coder now if it is not loaded yet (CoreNLP's models: several seconds, once). */
    void load() {
        coder();
    }

    private DocumentCoder coder() {
        DocumentCoder c = coder;
        if (c == null) {
            synchronized (this) {
                if (coder == null) coder = factory.get();
                c = coder;
            }
        }
        return c;
    }

    /**
     * The events of the text as the JSONL output contract gives them, one array element per event: a run of one
     * document, coded on the calling thread (the one a cancellation interrupts).
     *
     * @throws RuntimeException what the coder threw ({@code CancellationException} when it was interrupted)
     */
    ArrayNode code(ObjectMapper json, String id, String text, LocalDate date) {
        StringWriter out = new StringWriter();
        // The same writer as `dyad code --format jsonl`, so the API cannot drift from the documented contract.
        try (JsonlEventWriter writer = new JsonlEventWriter(out)) {
            // The coder's warnings are for a corpus run's log; a pasted story's answer is its events.
            CodingRun run = new CodingRun(coder(), 0, new PrintWriter(Writer.nullWriter()), CodingRun.Progress.NONE);
            run.run(sink -> sink.document(Document.of(id, date, text)), new EventSink() {
                @Override
                public void coded(Document document, DocumentCoder.Result result) throws IOException {
                    for (Event e : result.events()) writer.write(e);
                }

                @Override
                public void failed(Failure failure) {
                    if (failure.cause() instanceof RuntimeException e) throw e;
                    throw new IllegalStateException(failure.message(), failure.cause());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ArrayNode events = json.createArrayNode();
        try {
            for (String line : out.toString().split("\n")) {
                if (!line.isBlank()) events.add(json.readTree(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return events;
    }
}
