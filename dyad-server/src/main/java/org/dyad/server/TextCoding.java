package org.dyad.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.dyad.core.Codebook;
import org.dyad.core.DocumentCoder;
import org.dyad.core.model.Document;
import org.dyad.core.model.Event;
import org.dyad.io.output.JsonlEventWriter;
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

    /** The events of the text as the JSONL output contract gives them, one array element per event. */
    ArrayNode code(ObjectMapper json, String id, String text, LocalDate date) {
        DocumentCoder.Result result = coder().code(Document.of(id, date, text));
        StringWriter out = new StringWriter();
        // The same writer as `dyad code --format jsonl`, so the API cannot drift from the documented contract.
        try (JsonlEventWriter writer = new JsonlEventWriter(out)) {
            for (Event e : result.events()) writer.write(e);
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
