package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.Codebook;
import org.dyad.core.coder.EventTypeModel;
import org.dyad.core.Conventions;
import org.dyad.core.dictionary.ActorDictionary;
import org.dyad.core.dictionary.DictionaryFormatException;
import org.dyad.core.dictionary.VerbDictionary;
import org.dyad.core.dictionary.VerbPattern;
import org.dyad.core.dictionary.petrarch.DiscardList;
import org.dyad.core.dictionary.petrarch.LoadReport;
import org.dyad.core.dictionary.petrarch.PetrarchDictionaries;
import picocli.CommandLine.Option;

/**
 * The options that bring a user's own PETRARCH/TABARI dictionaries: a directory in place of the built-in ones
 * ({@code --dictionaries DIR}) or on top of them ({@code --dictionaries +DIR}), and single files on top of
 * whatever is in force.
 */
final class DictionaryOptions {
    @Option(names = "--dictionaries", paramLabel = "[+]DIR",
            description = "PETRARCH/TABARI dictionaries (actors, agents, verbs, discards) in DIR, in place of the built-in ones; +DIR adds them on top.")
    String dictionaries;

    @Option(names = "--actors", paramLabel = "FILE", description = "A PETRARCH actor dictionary, on top of those in force (repeatable).")
    List<Path> actors = new ArrayList<>();

    @Option(names = "--agents", paramLabel = "FILE", description = "A PETRARCH agent dictionary, on top (repeatable).")
    List<Path> agents = new ArrayList<>();

    @Option(names = "--verbs", paramLabel = "FILE", description = "A PETRARCH verb dictionary (CAMEO.2.0.txt format), on top (repeatable).")
    List<Path> verbs = new ArrayList<>();

    @Option(names = "--discards", paramLabel = "FILE", description = "A PETRARCH discard list (repeatable).")
    List<Path> discards = new ArrayList<>();

    boolean any() {
        return dictionaries != null || !actors.isEmpty() || !agents.isEmpty() || !verbs.isEmpty() || !discards.isEmpty();
    }

    @Option(names = "--countryless-agents",
            description = "Code a role word that names no country as an actor of unknown country (\"a senior official\" -> ---GOV), as PETRARCH does. Off by default: such an actor says little.")
    boolean countrylessAgents;

    @Option(names = "--statements",
            description = "Also code verbs of saying as statements of their own: CAMEO's generic 010 \"make statement\" (\"Kenya told Uganda that ...\": KEN>UGA 010), or a dictionary's own code for the verb when a phrase follows it, as PETRARCH does. Off by default: a verb of saying is attribution of the events it reports; the specific statements (012-019: concern, optimism, responsibility, denial, condolences, accord) are always coded.")
    boolean statements;

    @Option(names = "--event-model", paramLabel = "on|off|FILE", defaultValue = "off",
            description = "The event-type model that codes a sentence whose main verb the verb dictionary lacks: on (built-in), off, or a model FILE from `dyad model train` (default: ${DEFAULT-VALUE}: it raises recall on the gold sets but codes many non-events in news stories; docs/ACCURACY.md).")
    String eventModel = "off";

    @Option(names = "--event-model-threshold", paramLabel = "P",
            description = "How sure the event-type model must be to code (0-1; default: the model's own).")
    Double eventModelThreshold;

    @Option(names = "--background",
            description = "Also give the acts a sentence puts in the past without dating them (\"Russia's annexation of Crimea resulted in sanctions\", \"previous sanctions\") and the acts it only mentions (\"welcomed the withdrawal of U.S. troops\"), with date_basis \"background\". Off by default: they are not new events on the story's date.")
    boolean background;

    @Option(names = "--unasserted",
            description = "Also give the acts a sentence denies or only supposes, with modality \"negated\" (\"did not attack\", \"has never condemned\") or \"hypothetical\" (\"analysts say Iran could retaliate\"). Off by default: they did not happen. Planned acts (\"will meet\") are always given.")
    boolean unasserted;

    /** The built-in codebook with the user's dictionaries and conventions applied; what was read is noted on err. */
    Codebook apply(Codebook builtIn, PrintWriter err) {
        Codebook dictionaries = applyDictionaries(builtIn, err);
        Conventions c = dictionaries.conventions();
        return withEventModel(dictionaries.with(new Conventions(c.countrylessAgents() || countrylessAgents,
                c.statements() || statements, c.codebookParties(), c.background() || background,
                c.unasserted() || unasserted)));
    }

    private Codebook withEventModel(Codebook codebook) {
        EventTypeModel model = switch (eventModel) {
            case "on" -> EventTypeModel.builtIn();
            case "off" -> null;
            default -> {
                Path file = Path.of(eventModel);
                if (!Files.isRegularFile(file)) throw new UserException("--event-model: not on, off or a model file: " + eventModel);
                try (java.io.InputStream in = Files.newInputStream(file)) {
                    yield EventTypeModel.read(in, file.toString());
                } catch (java.io.IOException e) {
                    throw new JobFailure("--event-model: cannot read " + file + ": " + e.getMessage());
                } catch (DictionaryFormatException e) {
                    throw new UserException("--event-model: " + e.getMessage());
                }
            }
        };
        if (model != null && eventModelThreshold != null) {
            if (!(eventModelThreshold >= 0 && eventModelThreshold <= 1)) {
                throw new UserException("--event-model-threshold: must be between 0 and 1, not " + eventModelThreshold);
            }
            model = model.withThreshold(eventModelThreshold);
        }
        return codebook.with(model);
    }

    private Codebook applyDictionaries(Codebook builtIn, PrintWriter err) {
        if (!any()) return builtIn;
        ActorDictionary actorDict = builtIn.actors();
        VerbDictionary verbDict = builtIn.verbs();
        DiscardList discardList = builtIn.discards();
        long t0 = System.nanoTime();
        List<PetrarchDictionaries.Loaded> loaded = new ArrayList<>();
        if (dictionaries != null) {
            boolean onTop = dictionaries.startsWith("+");
            Path dir = Path.of(onTop ? dictionaries.substring(1) : dictionaries);
            if (!Files.isDirectory(dir)) throw new UserException("--dictionaries: not a directory: " + dir);
            // PETRARCH ships its validation dictionaries beside the real ones; a directory means the real ones.
            PetrarchDictionaries.Loaded d = load(() -> PetrarchDictionaries.load(dir, name -> !name.contains(".Validate.")));
            if (d.files().isEmpty()) throw new UserException("--dictionaries: no PETRARCH dictionary files in " + dir);
            loaded.add(d);
            if (onTop) {
                actorDict = actorDict.plus(d.actors());
                verbDict = verbDict.plus(d.verbs());
            } else {
                actorDict = d.actors();
                verbDict = d.verbs();
            }
            discardList = d.discards();
        }
        List<Path> files = new ArrayList<>();
        for (List<Path> kind : List.of(actors, agents, verbs, discards)) {
            for (Path f : kind) {
                if (!Files.isRegularFile(f)) throw new UserException("dictionary file not found: " + f);
                files.add(f);
            }
        }
        if (!files.isEmpty()) {
            PetrarchDictionaries.Loaded d = load(() -> PetrarchDictionaries.load(files));
            loaded.add(d);
            actorDict = actorDict.plus(d.actors());
            verbDict = verbDict.plus(d.verbs());
            if (d.discards().size() > 0) discardList = merge(discardList, d.discards());
        }
        // A verb pattern whose code the CAMEO catalogue does not know (CAMEO 2.0's 176 "cyber attack") cannot
        // be scored: it is reported and left out, not fatal.
        List<VerbPattern> kept = new ArrayList<>();
        int unknown = 0;
        for (VerbPattern p : verbDict.all()) {
            boolean known = (p.noEvent() || builtIn.cameo().find(p.code()).isPresent())
                    && (p.plannedCode() == null || builtIn.cameo().find(p.plannedCode()).isPresent());
            if (known) kept.add(p);
            else unknown++;
        }
        if (unknown > 0) verbDict = VerbDictionary.of(kept);

        LoadReport report = loaded.stream().map(PetrarchDictionaries.Loaded::report).reduce(LoadReport::plus).orElseThrow();
        Progress.note(err, String.format("dictionaries: %,d actor phrases, %,d verb patterns, %,d discards in force; read in %.1f s",
                actorDict.size(), verbDict.size(), discardList.size(), (System.nanoTime() - t0) / 1e9));
        if (!report.unmapped().isEmpty() || unknown > 0) {
            Progress.note(err, String.format("dictionaries: %,d constructs could not be mapped, %,d patterns have codes outside CAMEO 1.1b3; "
                    + "'dyad dictionaries DIR' lists each with file and line", report.unmapped().size(), unknown));
        }
        try {
            return builtIn.with(actorDict, verbDict, discardList);
        } catch (DictionaryFormatException e) {
            throw new UserException("dictionary: " + e.getMessage());
        }
    }

    private static DiscardList merge(DiscardList a, DiscardList b) {
        List<DiscardList.Discard> all = new ArrayList<>(a.discards());
        all.addAll(b.discards());
        return new DiscardList(all);
    }

    private static PetrarchDictionaries.Loaded load(java.util.function.Supplier<PetrarchDictionaries.Loaded> loader) {
        try {
            return loader.get();
        } catch (java.io.UncheckedIOException e) {
            throw new UserException("dictionaries: " + e.getMessage() + ": " + e.getCause().getMessage());
        }
    }
}
