package org.dyad.io;

import java.io.BufferedInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.dyad.core.model.Document;

/**
 * The entry point for {@code dyad code FILES}: reads each input in turn, picks its format (forced with
 * {@code --input}, else by extension, else by content), refuses empty and binary inputs, skips documents over the
 * word limit, and reports every problem to the sink. Nothing thrown by one input stops the next.
 *
 * <pre>{@code
 * Readers readers = new Readers(ReaderOptions.defaults().withDate(LocalDate.of(2021, 12, 28)));
 * readers.readAll(List.of("story.txt", "corpus.jsonl", "-"), System.in, sink);
 * }</pre>
 */
public final class Readers {

    /** How much of an input is looked at to tell its format and whether it is text at all. */
    public static final int HEAD_BYTES = 8192;

    private final ReaderOptions options;

    public Readers(ReaderOptions options) {
        this.options = options;
    }

    public ReaderOptions options() { return options; }

    /** Each argument in order: a path, or "-" for {@code stdin}. No arguments at all means stdin. */
    public void readAll(List<String> arguments, InputStream stdin, DocumentSink sink) {
        if (arguments.isEmpty()) {
            read(InputSpec.stdin(stdin), sink);
            return;
        }
        for (String argument : arguments) {
            if (argument.equals("-")) {
                read(InputSpec.stdin(stdin), sink);
                continue;
            }
            Path path = path(argument, sink);
            if (path == null) continue;
            if (Files.isDirectory(path)) {
                readDirectory(path, sink, this::read);
            } else {
                read(path, sink);
            }
        }
    }

    /**
     * The path an argument names, or null after reporting it: a name the JVM cannot encode (a UTF-8 name under a
     * non-UTF-8 locale such as LANG=C, a NUL character) costs that input, not the run.
     */
    static Path path(String argument, DocumentSink sink) {
        try {
            return Path.of(argument);
        } catch (InvalidPathException e) {
            String why = argument.indexOf('\0') >= 0 ? "the name holds a NUL character"
                    : "the name is not valid in this locale's character set (" + System.getProperty("sun.jnu.encoding")
                    + "); run under a UTF-8 locale, e.g. LC_ALL=C.UTF-8";
            sink.problem(InputProblem.error(argument, "cannot read: " + why));
            return null;
        }
    }

    /**
     * Each file under a directory, in name order, hidden files and folders skipped; the "no date given" warnings of
     * its files become one line for the directory, since they all say the same.
     */
    static void readDirectory(Path dir, DocumentSink sink, BiConsumer<Path, DocumentSink> readFile) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !hidden(dir.relativize(p))).sorted().toList();
        } catch (IOException | RuntimeException e) {
            sink.problem(InputProblem.error(dir.toString(), "cannot list directory: " + describe(e)));
            return;
        }
        if (files.isEmpty()) {
            sink.problem(InputProblem.warning(dir.toString(), "no files in the directory"));
            return;
        }
        UndatedFiles undated = new UndatedFiles(sink);
        for (Path f : files) {
            undated.file = f;
            readFile.accept(f, undated);
        }
        undated.summarise(dir);
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) if (part.toString().startsWith(".")) return true;
        return false;
    }

    /** Counts the files of a directory that had no date, instead of passing on one warning each. */
    private static final class UndatedFiles implements DocumentSink {
        private final DocumentSink sink;
        private Path file;
        private int count;
        private Path first;

        UndatedFiles(DocumentSink sink) {
            this.sink = sink;
        }

        @Override
        public void document(Document document) {
            sink.document(document);
        }

        @Override
        public void problem(InputProblem problem) {
            if (problem.isWarning() && problem.message().startsWith(DocumentDates.NO_DATE)) {
                if (count++ == 0) first = file;
            } else {
                sink.problem(problem);
            }
        }

        void summarise(Path dir) {
            if (count == 0) return;
            sink.problem(InputProblem.warning(dir.toString(), DocumentDates.NO_DATE + ": "
                    + (count == 1 ? "1 file (" + first + ") is dated by its modification date"
                    : count + " files (" + first + " and others) are dated by their modification dates")));
        }
    }

    public void read(Path file, DocumentSink sink) {
        read(InputSpec.file(file), sink);
    }

    /** Standard input, its format sniffed from its content unless forced; the document id is "stdin". */
    public void readStdin(InputStream stdin, DocumentSink sink) {
        read(InputSpec.stdin(stdin), sink);
    }

    public void read(InputSpec in, DocumentSink sink) {
        try (InputStream raw = in.open()) {
            BufferedInputStream stream = new BufferedInputStream(raw, 64 * 1024);
            stream.mark(HEAD_BYTES + 1);
            byte[] head = stream.readNBytes(HEAD_BYTES);
            stream.reset();
            String refusal = refusal(head);
            if (refusal != null) {
                sink.problem(InputProblem.error(in.name(), refusal));
                return;
            }
            InputFormat format = options.format() != null ? options.format() : InputFormat.detect(in.path(), head);
            DocumentReader reader = format.reader(options.date());
            reader.read(in.withStream(stream), new Admit(sink, options.maxWords()));
        } catch (IOException e) {
            sink.problem(InputProblem.error(in.name(), "cannot read: " + describe(e)));
        } catch (StopReading e) {
            throw e;
        } catch (RuntimeException e) {
            // A reader bug must cost one input, not the run.
            sink.problem(InputProblem.error(in.name(), "failed: " + describe(e)));
        }
    }

    /** Why an input is not read at all, judged from its first bytes; null when it looks like text. */
    static String refusal(byte[] head) {
        if (head.length == 0) return "empty file";
        if (head.length < HEAD_BYTES && new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
            return "empty file (whitespace only)";
        }
        if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
            return "UTF-16 text is not supported: convert it to UTF-8";
        }
        // A NUL is one more control byte here: a document holding one is refused wherever it comes (see Admit),
        // so an early NUL and a late one give the same answer.
        int control = 0;
        for (byte b : head) {
            if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) control++;
        }
        if (control * 10 > head.length) return "binary file (mostly non-text bytes)";
        return null;
    }

    /** One line for a user: "no such file", "permission denied", else the exception's own message. */
    static String describe(Exception e) {
        if (e instanceof NoSuchFileException || e instanceof FileNotFoundException) return "no such file";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip().replaceAll("\\s+", " ");
    }

    /**
     * Skips documents longer than the limit (a whole book in one record would stall the annotator) and documents
     * whose text holds a NUL character (binary data, however far into the input it comes).
     */
    private record Admit(DocumentSink sink, int maxWords) implements DocumentSink {
        @Override
        public void document(Document document) {
            int words = document.words();
            if (document.text().indexOf('\0') >= 0) {
                sink.problem(InputProblem.error(document.origin(), "binary data: the text holds NUL bytes; not coded"));
            } else if (words > maxWords) {
                sink.problem(InputProblem.error(document.origin(),
                        "document too long: " + words + " words (limit " + maxWords + ")"));
            } else {
                sink.document(document);
            }
        }

        @Override
        public void problem(InputProblem problem) { sink.problem(problem); }
    }
}
