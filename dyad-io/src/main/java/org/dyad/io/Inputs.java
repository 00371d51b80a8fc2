package org.dyad.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything {@code dyad ingest} reads: the inputs of {@code dyad code} ({@link Readers}), plus directories (walked
 * in name order, hidden files skipped), WARC archives ({@link WarcReader}) and RSS/Atom feeds from files or URLs
 * ({@link FeedReader}). Like {@link Readers}, nothing one input throws stops the next.
 */
public final class Inputs {
    private final Readers readers;

    public Inputs(ReaderOptions options) {
        this.readers = new Readers(options);
    }

    /** Each argument in order: "-" (stdin), an http(s) feed URL, a directory, or a file. */
    public void readAll(List<String> arguments, InputStream stdin, DocumentSink sink) {
        if (arguments.isEmpty()) {
            readers.readStdin(stdin, sink);
            return;
        }
        for (String argument : arguments) {
            if (argument.equals("-")) {
                readers.readStdin(stdin, sink);
            } else if (FeedReader.isUrl(argument)) {
                new FeedReader(readers.options().date()).fetch(argument, sink);
            } else {
                Path path = Readers.path(argument, sink);
                if (path == null) continue;
                if (Files.isDirectory(path)) Readers.readDirectory(path, sink, this::read);
                else read(path, sink);
            }
        }
    }

    /** One file: a WARC or a feed by name or first bytes, else whatever {@link Readers} makes of it. */
    public void read(Path file, DocumentSink sink) {
        byte[] head;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            head = in.readNBytes(Readers.HEAD_BYTES);
        } catch (IOException e) {
            sink.problem(InputProblem.error(file.toString(), "cannot read: " + Readers.describe(e)));
            return;
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (readers.options().format() == null && WarcReader.looksLikeWarc(name, head)) {
            new WarcReader(readers.options().date()).read(InputSpec.file(file), sink);
        } else if (readers.options().format() == null && FeedReader.looksLikeFeed(name, head)) {
            new FeedReader(readers.options().date()).read(InputSpec.file(file), sink);
        } else {
            readers.read(file, sink);
        }
    }
}
