package org.dyad.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Standard output for results, failing loudly. {@code System.out} is a {@link PrintStream}, which swallows write
 * errors: a run into {@code /dev/full} or a closed pipe would go on coding and exit 0 with nothing written. Writes
 * here throw {@link Failed} instead, so a command stops at the first lost byte.
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

    /** Set by {@link Main#main} only: the process's own file descriptor 1, whose errors carry the OS's reason. */
    private static volatile boolean processStdout;

    private Stdout() {}

    static void useFileDescriptor() {
        processStdout = true;
    }

    /** A byte stream to stdout that throws {@link Failed} on a lost write; closing it only flushes. */
    static OutputStream stream() {
        return processStdout ? new Direct(new FileOutputStream(FileDescriptor.out)) : new Checked(System.out);
    }

    /** A buffered UTF-8 writer over {@link #stream()}. */
    static Writer writer() {
        return new BufferedWriter(new OutputStreamWriter(stream(), StandardCharsets.UTF_8), 1 << 16);
    }

    /** The first {@link Failed} in a chain of causes, or null. */
    static Failed failure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) if (c instanceof Failed f) return f;
        return null;
    }

    /** File descriptor 1: an IOException's message is the OS's ("No space left on device", "Broken pipe"). */
    private static final class Direct extends OutputStream {
        private final FileOutputStream out;

        Direct(FileOutputStream out) {
            this.out = out;
        }

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

    /** {@code System.out} as it is now (a test may have replaced it), checked after every write. */
    private static final class Checked extends OutputStream {
        private final PrintStream out;

        Checked(PrintStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
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
