package org.dyad.core.dictionary.petrarch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a PETRARCH/TABARI dictionary file with their numbers and the comments taken out, so that each reader
 * deals with its own format only.
 *
 * <p>Comments, as the files write them: {@code <!-- ... -->} blocks (also spelled {@code <! -- ... -->}, and
 * spanning several lines), and everything from {@code #} or {@code ;} to the end of a line. Line numbers are kept
 * so that a report can point at the place. The Phoenix files are not all valid UTF-8 (CountryInfo has a few
 * Latin-1 and Mac Roman names), so bad bytes are replaced rather than failing the whole file.
 */
final class PetrarchText {
    /** One line: its 1-based number, the text without comments (not trimmed) and the raw text for reports. */
    record Line(int number, String text, String raw) {
        boolean isBlank() {
            return text.isBlank();
        }
    }

    private final String file;
    private final List<Line> lines;

    private PetrarchText(String file, List<Line> lines) {
        this.file = file;
        this.lines = lines;
    }

    String file() {
        return file;
    }

    List<Line> lines() {
        return lines;
    }

    static PetrarchText read(Path path) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return of(path.getFileName().toString(), text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** For dictionaries given as a string (tests, or text the caller read itself). */
    static PetrarchText of(String file, String text) {
        List<Line> out = new ArrayList<>();
        String[] raw = text.split("\r\n|\r|\n", -1);
        boolean inXmlComment = false;
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            StringBuilder kept = new StringBuilder(line.length());
            int p = 0;
            while (p < line.length()) {
                if (inXmlComment) {
                    int end = line.indexOf("-->", p);
                    if (end < 0) {
                        p = line.length();
                    } else {
                        inXmlComment = false;
                        p = end + 3;
                    }
                    continue;
                }
                char c = line.charAt(p);
                if (c == '<' && (line.startsWith("<!--", p) || line.startsWith("<! --", p))) {
                    inXmlComment = true;
                    p += 4;
                    continue;
                }
                if (c == '#' || c == ';') break;
                kept.append(c);
                p++;
            }
            out.add(new Line(i + 1, kept.toString(), line));
        }
        return new PetrarchText(file, out);
    }
}
