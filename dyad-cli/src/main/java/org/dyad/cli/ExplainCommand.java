package org.dyad.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.dyad.core.Codebook;
import org.dyad.core.DocumentCoder;
import org.dyad.core.annotate.SentenceSelector;
import org.dyad.core.coder.ActorCoder;
import org.dyad.core.coder.ActorMention;
import org.dyad.core.coder.EventCoder;
import org.dyad.core.model.AnnotatedSentence;
import org.dyad.core.model.Dependency;
import org.dyad.core.model.Document;
import org.dyad.core.model.Event;
import org.dyad.core.model.Timex;
import org.dyad.core.model.Token;
import org.dyad.nlp.CoreNlpAnnotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad explain "TEXT"}: shows what the coder saw in each sentence (tokens, parse, temporal expressions,
 * actor mentions) and the events it read off, so a researcher can see why an event was or was not coded.
 */
@Command(name = "explain", mixinStandardHelpOptions = true)
final class ExplainCommand extends DyadCommand {
    @Parameters(paramLabel = "TEXT", description = "The text to explain (quote it).")
    String text;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = OptionValues.IsoDate.class, description = "Document date (default: today).")
    LocalDate date;

    @picocli.CommandLine.Mixin
    DictionaryOptions dictionaryOptions = new DictionaryOptions();

    @Override
    public Integer call() {
        LocalDate day = date == null ? LocalDate.now() : date;
        // The same dictionaries as `dyad code` would use with these options, so a user can see why their own
        // dictionary codes (or does not code) a sentence.
        Codebook codebook = Pipelines.codebook(dictionaryOptions, err());
        ActorCoder actors = codebook.actorCoder();
        EventCoder events = codebook.eventCoder();
        CoreNlpAnnotator annotator = Pipelines.annotator(codebook, err());
        DocumentCoder coder = Pipelines.coder(annotator, codebook, DocumentCoder.DEFAULT_MAX_SENTENCE_TOKENS, false);
        Document doc = Document.of("explain", day, text);
        // Parse every sentence, so the explanation also shows the ones the selector would skip.
        List<AnnotatedSentence> sentences = annotator.annotate(doc, SentenceSelector.ALL);
        PrintWriter out = out();
        var selector = coder.selector(day);
        // The story's coreference, fed every sentence in order as `dyad code` does (null under PETRARCH's conventions).
        var story = coder.story(sentences, day);
        for (AnnotatedSentence s : sentences) {
            out.printf("sentence %d: %s%n", s.index(), s.text());
            out.printf("  selected for parsing: %s%n", selector.needsParse(s.tokens()));
            out.println("  tokens:");
            for (Token t : s.tokens()) {
                out.printf("    %2d %-16s %-14s %-5s", t.index(), t.word(), t.lemma(), t.pos());
                for (Dependency d : s.dependencies()) {
                    if (d.dependent() == t.index()) {
                        out.printf(" %s<-%s", d.relation(), d.governor() < 0 ? "ROOT" : s.token(d.governor()).word() + "/" + d.governor());
                    }
                }
                out.println();
            }
            for (Timex x : s.timexes()) {
                out.printf("  timex: '%s' tokens %d-%d %s %s%n", x.text(), x.beginToken(), x.endToken(), x.type(), x.value());
            }
            List<ActorMention> mentions = story == null ? actors.mentions(s.tokens(), day)
                    : story.next(s.tokens(), actors.mentions(s.tokens(), day));
            for (ActorMention m : mentions) out.printf("  actor: '%s' tokens %d-%d → %s%n", m.text(), m.begin(), m.end(), m.code());
            if (story != null) {
                for (var r : story.resolutions()) {
                    out.printf("  refers back: tokens %d-%d stand for '%s' of sentence %d → %s%n", r.mention().begin(),
                            r.mention().end(), r.antecedentText(), r.antecedentSentence(), r.mention().code());
                }
            }
            String arbiter = events.arbiterReading(s, mentions);
            if (arbiter != null) out.printf("  event-type model: %s%n", arbiter);
            for (Event e : events.code(doc.id(), day, s, mentions)) {
                // What `dyad code` would leave out with these options, and the option that gives it.
                String option = codebook.conventions().leftOutBy(e);
                String leftOut = option == null ? "" : " (left out: " + option + " gives it)";
                out.printf("  EVENT: %s → %s %s (%s) %s %s [%s]%s%n", e.source().code(),
                        e.target() == null ? "-" : e.target().code(), e.cameo().code(), e.cameo().name(),
                        e.modality().label(), e.date(), e.dateBasis().label(), leftOut);
            }
        }
        return Main.OK;
    }
}
