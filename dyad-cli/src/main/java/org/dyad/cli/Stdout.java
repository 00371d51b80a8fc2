package org.dyad.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A command's standard output for results, failing loudly. picocli hands a command a {@link PrintWriter}, which
 * swallows write errors: a run into {@code /dev/full} or a closed pipe would go on coding and exit 0 with nothing
 * written. Writes through {@link #writer} throw {@link Failed} instead, so a command stops at the first lost byte.
 */
final class Stdout {
    /**
     * Output could not be written. {@link #closedPipe()} tells a reader that went away on purpose ({@code | head})
     * from a real failure (a full disk).
     */
    static final class Failed extends IOException {
        Failed(String message, Throwable cause) {
            super(message, cause);
        }

        boolean closedPipe() {
            String m = getMessage();
            return m != null && m.toLowerCase(java.util.Locale.ROOT).contains("broken pipe");
        }
    }

    private Stdout() {}

    /**
     * The process's own file descriptor 1 as a command's out (set by {@link Main#main} only). Its reports fail
     * quietly, as any PrintWriter does, and Main asks {@code checkError()} at the end; {@link #writer} goes to the
     * descriptor itself, whose errors carry the OS's reason.
     */
    static PrintWriter processStdout() {
        return new ProcessStdout();
    }

    /** A buffered UTF-8 writer to the command's out that throws {@link Failed} on a lost write; closing it only flushes. */
    static Writer writer(PrintWriter out) {
        if (out instanceof ProcessStdout) {
            return new BufferedWriter(new OutputStreamWriter(new Direct(), StandardCharsets.UTF_8), 1 << 16);
        }
        return new BufferedWriter(new Checked(out), 1 << 16);
    }

    /** The first {@link Failed} in a chain of causes, or null. */
    static Failed failure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) if (c instanceof Failed f) return f;
        return null;
    }

    private static final class ProcessStdout extends PrintWriter {
        ProcessStdout() {
            super(new OutputStreamWriter(new Direct(), StandardCharsets.UTF_8), true);
        }
    }

    /** File descriptor 1: an IOException's message is the OS's ("No space left on device", "Broken pipe"). */
    private static final class Direct extends OutputStream {
        private final FileOutputStream out = new FileOutputStream(FileDescriptor.out);

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw new Failed(e.getMessage() == null ? "write error" : e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            // stdout stays open for the rest of the process
        }
    }

    /** A command's out as a test or an embedding program set it, checked after every write. */
    private static final class Checked extends Writer {
        private final PrintWriter out;

        Checked(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void write(char[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            check();
        }

        @Override
        public void flush() throws IOException {
            check();
        }

        @Override
        public void close() throws IOException {
            check();
        }

        private void check() throws IOException {
            // checkError flushes, then tells whether any write so far failed; the cause is not kept.
            if (out.checkError()) throw new Failed("write error", null);
        }
    }
}
