package org.dyad.core.dictionary.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dyad.core.dictionary.petrarch.DiscardList.Discard;
import org.dyad.core.dictionary.petrarch.DiscardList.Scope;

/**
 * Reads a PETRARCH discard file ({@code Phoenix.discards.txt}): one phrase a line, words separated by spaces or
 * {@code _}; a leading {@code +} discards the whole story, no {@code +} only the sentence (as the file's header
 * says). {@code #} starts a comment. Phrases are compared with the sentence's tokens in lower case, word for word.
 */
public final class PetrarchDiscardReader {
    private PetrarchDiscardReader() {}

    public static DiscardList read(Path file, LoadReport.Builder report) {
        return read(PetrarchText.read(file), report);
    }

    public static DiscardList read(String name, String text, LoadReport.Builder report) {
        return read(PetrarchText.of(name, text), report);
    }

    static DiscardList read(PetrarchText text, LoadReport.Builder report) {
        List<Discard> out = new ArrayList<>();
        for (PetrarchText.Line line : text.lines()) {
            if (line.isBlank()) continue;
            String t = line.text().strip();
            Scope scope = Scope.SENTENCE;
            if (t.startsWith("+")) {
                scope = Scope.STORY;
                t = t.substring(1);
            }
            if (t.contains("[")) t = t.substring(0, t.indexOf('[')); // TABARI wrote [###] after discards
            String phrase = PetrarchActorReader.phrase(t, false).toLowerCase(Locale.ROOT);
            if (phrase.isEmpty()) {
                report.unmapped(text.file(), line.number(), line.raw(), "empty discard phrase");
                continue;
            }
            out.add(new Discard(Arrays.asList(phrase.split(" ")), scope, text.file() + ":" + line.number()));
            report.count(scope == Scope.STORY ? "discards.story phrases" : "discards.sentence phrases");
        }
        return new DiscardList(out);
    }
}
