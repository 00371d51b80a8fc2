package org.dyad.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.dyad.core.Codebook;
import org.dyad.core.DocumentCoder;
import org.dyad.core.model.Document;
import org.dyad.core.model.Event;
import org.dyad.nlp.CoreNlpAnnotator;

/** One real pipeline (CoreNLP + built-in dictionaries) shared by the end-to-end tests: models load once. */
final class Coding {
    static final DocumentCoder CODER = new DocumentCoder(new CoreNlpAnnotator(), Codebook.builtIn());
    /** As {@link #CODER}, and also the acts a sentence denies or only supposes ({@code --unasserted}). */
    static final DocumentCoder UNASSERTED = new DocumentCoder(new CoreNlpAnnotator(), Codebook.builtIn()
            .with(new org.dyad.core.Conventions(false, false, true, false, true)));

    private Coding() {}

    static List<Event> code(String text, LocalDate date) {
        return CODER.code(Document.of("test", date, text)).events();
    }

    /** Every event of {@code text}, whatever its modality: what {@code --unasserted} gives. */
    static List<Event> codeUnasserted(String text, LocalDate date) {
        return UNASSERTED.code(Document.of("test", date, text)).events();
    }

    /** "USA>RUS 1312 asserted 2021-12-28" per event: what a researcher checks first. */
    static List<String> summary(String text, LocalDate date) {
        return code(text, date).stream().map(Coding::summary).collect(Collectors.toList());
    }

    /** Whether some event is {@code source} acting on {@code target} with a CAMEO code starting {@code cameoPrefix}. */
    static boolean has(List<Event> events, String source, String target, String cameoPrefix) {
        return events.stream().anyMatch(e -> e.source().code().equals(source) && e.target() != null
                && e.target().code().equals(target) && e.cameo().code().startsWith(cameoPrefix));
    }

    /** Whether some event with a CAMEO code starting {@code cameoPrefix} has a target whose words contain {@code word}. */
    static boolean hasTargetWord(List<Event> events, String cameoPrefix, String word) {
        return events.stream().anyMatch(e -> e.cameo().code().startsWith(cameoPrefix) && e.target() != null
                && e.target().text().toLowerCase().contains(word));
    }

    static String summary(Event e) {
        return e.source().code() + ">" + (e.target() == null ? "-" : e.target().code()) + " " + e.cameo().code()
                + " " + e.modality().label() + " " + e.date();
    }
}
