package org.dyad.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One input to read: what to call it in messages, the id a whole-file document gets, the file's date (for
 * plain text and HTML without a date of their own) and how to open its bytes.
 *
 * @param name     shown in problems and document origins: the path as given, or "stdin"
 * @param id       document id for formats where the whole input is one document: file name without extension
 * @param path     the file, whose extension tells its format; null for a stream
 * @param fileDate the file's modification date, or null (stdin has none)
 * @param opener   opens the bytes; may be called more than once for a file, once for a stream
 */
public record InputSpec(String name, String id, Path path, LocalDate fileDate, Opener opener) {

    /** Opens an input's bytes. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public InputSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(opener, "opener");
    }

    public InputStream open() throws IOException { return opener.open(); }

    /** The same input read from an already-open stream (so a reader opens nothing twice). */
    InputSpec withStream(InputStream in) {
        InputStream shield = new FilterInputStream(in) {
            @Override public void close() { }
        };
        return new InputSpec(name, id, path, fileDate, () -> shield);
    }

    /** A file on disk; its modification date is read now, and is null if it cannot be. */
    public static InputSpec file(Path path) {
        LocalDate modified = null;
        try {
            modified = LocalDate.ofInstant(Files.getLastModifiedTime(path).toInstant(), ZoneId.systemDefault());
        } catch (IOException | SecurityException e) {
            // reported when the file is opened; a date is no use for a file that cannot be read
        }
        // A pipe such as bash's <(...) (/dev/fd/63) cannot seek, which the NIO stream asks for; a plain
        // FileInputStream reads it.
        return new InputSpec(path.toString(), baseName(path), path, modified, () -> Files.isRegularFile(path)
                ? Files.newInputStream(path) : new java.io.FileInputStream(path.toFile()));
    }

    /**
     * An already-open stream such as stdin: it can be read once, has no file name (the document id is
     * {@code id}) and no date. Closing what {@link #open()} returns leaves the stream open, so stdin survives.
     */
    public static InputSpec stream(String name, String id, InputStream in) {
        InputStream shield = new FilterInputStream(in) {
            @Override public void close() { }
        };
        return new InputSpec(name, id, null, null, () -> shield);
    }

    /** Standard input: the document id is "stdin". */
    public static InputSpec stdin(InputStream in) {
        return stream("stdin", "stdin", in);
    }

    /** "reuters-2021-12-28.txt" → "reuters-2021-12-28"; a leading dot is part of the name. */
    static String baseName(Path path) {
        Path file = path.getFileName();
        String name = file == null ? path.toString() : file.toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
