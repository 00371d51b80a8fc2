package org.dyad.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8: a bad byte is reported with its line and byte position, never replaced silently, because a
 * replacement character in a name ("Zelensk\uFFFDy") would quietly break actor coding.
 */
final class Utf8 {

    private Utf8() { }

    /** Either the decoded text or where decoding failed. */
    record Decoded(String text, String error) {
        boolean ok() { return error == null; }
    }

    static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Decodes a whole input; on failure says "invalid UTF-8 at line L, byte B" (both 1-based). */
    static Decoded decode(byte[] bytes) {
        int bad = firstInvalid(strictDecoder(), bytes, 0, bytes.length);
        if (bad < 0) return new Decoded(stripBom(new String(bytes, StandardCharsets.UTF_8)), null);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') { line++; lineStart = i + 1; }
        }
        return new Decoded(null, "invalid UTF-8 at line " + line + ", byte " + (bad - lineStart + 1));
    }

    /** Offset of the first byte that is not valid UTF-8, or -1. */
    static int firstInvalid(CharsetDecoder decoder, byte[] bytes, int from, int length) {
        decoder.reset();
        ByteBuffer in = ByteBuffer.wrap(bytes, from, length);
        CharBuffer out = CharBuffer.allocate(Math.min(length, 8192) + 1);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) return in.position();
            if (r.isOverflow()) { out.clear(); continue; }
            return -1;
        }
    }

    static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /**
     * Reads UTF-8 lines one at a time from a stream, so a corpus of millions of lines is never held whole.
     * Lines end at '\n' (a trailing '\r' is dropped). A line that does not decode comes back with an error
     * instead of text, and the next line reads normally.
     */
    static final class LineReader {
        /** One line: its 1-based number, and either its text or what is wrong with it. */
        record Line(int number, String text, String error) { }

        private final InputStream in;
        private final CharsetDecoder decoder = strictDecoder();
        private final int maxLineBytes;
        private final byte[] chunk = new byte[64 * 1024];
        private int chunkPos;
        private int chunkLen;
        private byte[] line = new byte[1024];
        private int number;
        private boolean eof;

        LineReader(InputStream in, int maxLineBytes) {
            this.in = in;
            this.maxLineBytes = maxLineBytes;
        }

        /** The next line, or null at the end of the input. */
        Line next() throws IOException {
            if (eof) return null;
            int len = 0;
            boolean tooLong = false;
            boolean sawAny = false;
            while (true) {
                if (chunkPos == chunkLen) {
                    chunkLen = in.read(chunk);
                    chunkPos = 0;
                    if (chunkLen <= 0) {
                        chunkLen = 0;
                        eof = true;
                        if (!sawAny) return null;
                        break;
                    }
                }
                sawAny = true;
                byte b = chunk[chunkPos++];
                if (b == '\n') break;
                if (len == maxLineBytes) { tooLong = true; continue; }
                if (len == line.length) line = java.util.Arrays.copyOf(line, Math.min(maxLineBytes, len * 2));
                line[len++] = b;
            }
            number++;
            if (tooLong) return new Line(number, null, "line longer than " + maxLineBytes + " bytes");
            if (len > 0 && line[len - 1] == '\r') len--;
            int bad = firstInvalid(decoder, line, 0, len);
            if (bad >= 0) return new Line(number, null, "invalid UTF-8 at byte " + (bad + 1));
            String text = new String(line, 0, len, StandardCharsets.UTF_8);
            if (number == 1) text = stripBom(text);
            return new Line(number, text, null);
        }
    }

    /** A byte that is not UTF-8, with its 1-based line and byte-in-line. */
    static final class InvalidUtf8 extends IOException {
        final int line;

        InvalidUtf8(int line, long byteInLine, String what) {
            super(what + " at line " + line + ", byte " + byteInLine);
            this.line = line;
        }
    }

    /**
     * Passes bytes through while checking that they are UTF-8. Every good byte before a bad one is delivered
     * first (so a streaming parser finishes the records before it); the next read then throws {@link InvalidUtf8}.
     */
    static final class CheckedStream extends java.io.FilterInputStream {
        private int need;          // continuation bytes still expected
        private int low = 0x80;    // allowed range of the next continuation byte (tighter after E0, ED, F0, F4)
        private int high = 0xBF;
        private int line = 1;
        private long byteInLine;
        private InvalidUtf8 pending;

        CheckedStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (pending != null) throw pending;
            if (len == 0) return 0;
            int n = in.read(b, off, len);
            if (n < 0) {
                if (need > 0) throw pending = new InvalidUtf8(line, byteInLine + 1, "truncated UTF-8 sequence");
                return -1;
            }
            for (int i = 0; i < n; i++) {
                if (!accept(b[off + i] & 0xFF)) {
                    pending = new InvalidUtf8(line, byteInLine, "invalid UTF-8");
                    if (i == 0) throw pending;
                    return i;
                }
            }
            return n;
        }

        /** Advances the UTF-8 state machine by one byte; false if the byte cannot stand here. */
        private boolean accept(int c) {
            byteInLine++;
            if (need > 0) {
                if (c < low || c > high) return false;
                need--;
                low = 0x80;
                high = 0xBF;
                return true;
            }
            if (c == '\n') {
                line++;
                byteInLine = 0;
                return true;
            }
            if (c < 0x80) return true;
            if (c >= 0xC2 && c <= 0xDF) { need = 1; return true; }
            if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                if (c == 0xE0) low = 0xA0;   // no overlong forms
                if (c == 0xED) high = 0x9F;  // no surrogates
                return true;
            }
            if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                if (c == 0xF0) low = 0x90;
                if (c == 0xF4) high = 0x8F;  // nothing above U+10FFFF
                return true;
            }
            return false;
        }

        @Override public boolean markSupported() { return false; }

        @Override public long skip(long n) throws IOException {
            byte[] buf = new byte[(int) Math.min(n, 8192)];
            int r = read(buf, 0, buf.length);
            return Math.max(r, 0);
        }
    }
}
