package org.dyad.spark;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.dyad.core.DocumentCoder;
import org.dyad.core.model.Document;
import org.dyad.core.model.Event;
import org.dyad.io.DocumentSink;
import org.dyad.io.InputFormat;
import org.dyad.io.InputProblem;
import org.dyad.io.InputSpec;
import org.dyad.io.Readers;
import org.dyad.io.run.Coded;

/**
 * Reads and codes one input record on an executor, with dyad-io's readers (the same rules as {@code dyad code}:
 * JSONL needs id, date or published, and text; documents over the word limit are refused) and the JVM's one
 * pipeline. Never throws for a bad record: every document read gives a documents row or a failed row.
 */
final class RecordCoder implements Serializable {
    private final JobOptions options;

    RecordCoder(JobOptions options) {
        this.options = options;
    }

    /**
     * One JSONL line.
     *
     * @param origin where it was found: "file@byte-offset", which names the line whatever the input splits
     */
    Outcome jsonLine(String origin, byte[] line) {
        Outcome out = new Outcome();
        if (isBlank(line)) return out;
        Readers readers = new Readers(options.readerOptions().withFormat(InputFormat.JSONL));
        // The reader numbers lines within what it is given (here always ":1"); the origin is ours.
        read(readers, InputSpec.stream(origin, origin, new ByteArrayInputStream(line)), origin, out);
        return out;
    }

    /**
     * One whole file (plain text, HTML or PETRARCH XML: one or more documents), its format told by the extension
     * and then by its first bytes, as {@code dyad code} does.
     */
    Outcome wholeFile(String name, LocalDate modified, InputSpec.Opener opener) {
        Outcome out = new Outcome();
        String file = name.substring(name.lastIndexOf('/') + 1);
        boolean gzip = file.endsWith(".gz");
        String plain = gzip ? file.substring(0, file.length() - 3) : file;
        InputSpec.Opener open = gzip ? () -> new GZIPInputStream(opener.open(), 1 << 16) : opener;
        int dot = plain.lastIndexOf('.');
        String id = dot > 0 ? plain.substring(0, dot) : plain;
        InputSpec spec = new InputSpec(name, id, Path.of(plain), modified, open);
        read(new Readers(options.readerOptions()), spec, null, out);
        return out;
    }

    private void read(Readers readers, InputSpec spec, String origin, Outcome out) {
        List<Document> documents = new ArrayList<>(1);
        List<String> warnings = new ArrayList<>(0);
        readers.read(spec, new DocumentSink() {
            @Override
            public void document(Document d) {
                documents.add(origin == null ? d
                        : new Document(d.id(), d.date(), d.text(), d.title(), d.url(), d.source(), origin));
            }

            @Override
            public void problem(InputProblem p) {
                String where = origin == null ? p.origin() : origin;
                if (p.isWarning()) warnings.add(where + ": warning: " + p.message());
                else out.failed.add(Tables.failed(where, null, "read", p.message()));
            }
        });
        DocumentCoder coder = Pipeline.coder(options.maxSentenceTokens());
        for (Document d : documents) code(coder, d, warnings, out);
    }

    private static void code(DocumentCoder coder, Document d, List<String> readWarnings, Outcome out) {
        // The per-document step of `dyad code`'s run: one bad document costs that document, not the partition.
        Coded<DocumentCoder.Result> coded = Coded.code(coder, d);
        if (coded.failure() != null) {
            out.failed.add(Tables.failed(d.origin(), d.id(), "code", coded.failureMessage()));
            return;
        }
        DocumentCoder.Result r = coded.result();
        List<String> warnings = new ArrayList<>(readWarnings);
        warnings.addAll(r.warnings());
        out.documents.add(Tables.document(r, warnings));
        for (Event e : r.events()) out.events.add(Tables.event(e));
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) if (b != ' ' && b != '\t' && b != '\r' && b != '\n') return false;
        return true;
    }

}
