package org.dyad.core.dictionary.petrarch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.dyad.core.dictionary.ActorDictionary;
import org.dyad.core.dictionary.ActorEntry;
import org.dyad.core.dictionary.VerbDictionary;
import org.dyad.core.dictionary.VerbPattern;
import org.dyad.core.dictionary.petrarch.DiscardList.Discard;
import org.dyad.core.dictionary.petrarch.IssueList.Exclusion;
import org.dyad.core.dictionary.petrarch.IssueList.Issue;

/**
 * Loads a directory of PETRARCH/PETRARCH2 dictionaries (the Phoenix set, or a user's own) into Dyad's types.
 *
 * <p>Files are found by name (case-insensitive, {@code .txt} only): {@code *actors*} actor dictionaries (all of
 * them, merged), {@code *agents*}, {@code *discards*}, {@code *issuecoding*} or {@code *issues*}, and
 * {@code cameo*} or {@code *verbs*} verb dictionaries. Several files of a kind are merged in name order. The
 * PETRARCH distribution keeps its validation dictionaries ({@code PETR.Validate.*}) next to the Phoenix ones:
 * pass a name filter to {@link #load(Path, Predicate)} to leave them out.
 */
public final class PetrarchDictionaries {
    /** What a directory held, in Dyad's types, and the report of what was read and what was not. */
    public record Loaded(ActorDictionary actors, VerbDictionary verbs, DiscardList discards, IssueList issues,
                         LoadReport report, List<Path> files) {
        public Loaded {
            files = List.copyOf(files);
        }
    }

    /** The kind of dictionary a file holds, from its name; null when the name says nothing Dyad reads. */
    enum Kind { ACTORS, AGENTS, DISCARDS, ISSUES, VERBS }

    private PetrarchDictionaries() {}

    public static Loaded load(Path dir) {
        return load(dir, name -> true);
    }

    /** Loads the dictionary files of {@code dir} whose names pass {@code include}. */
    public static Loaded load(Path dir, Predicate<String> include) {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> include.test(p.getFileName().toString()))
                    .filter(p -> kind(p.getFileName().toString()) != null)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return load(files);
    }

    /** What one file gave; files are read in parallel and merged in name order. */
    private record FileResult(List<ActorEntry> actors, List<VerbPattern> verbs, DiscardList discards,
                              IssueList issues, LoadReport report) {}

    /** Loads the given files, each read as the kind its name says. */
    public static Loaded load(List<Path> files) {
        List<Path> known = files.stream().filter(f -> kind(f.getFileName().toString()) != null).toList();
        List<FileResult> results = known.parallelStream().map(PetrarchDictionaries::readFile).toList();
        LoadReport.Builder report = new LoadReport.Builder();
        List<ActorEntry> actors = new ArrayList<>();
        List<VerbPattern> verbs = new ArrayList<>();
        List<Discard> discards = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        List<Exclusion> exclusions = new ArrayList<>();
        for (FileResult r : results) {
            report.count("files");
            report.add(r.report());
            actors.addAll(r.actors());
            verbs.addAll(r.verbs());
            discards.addAll(r.discards().discards());
            issues.addAll(r.issues().issues());
            exclusions.addAll(r.issues().exclusions());
        }
        return new Loaded(ActorDictionary.of(actors), VerbDictionary.of(verbs), new DiscardList(discards),
                new IssueList(issues, exclusions), report.build(), files);
    }

    private static FileResult readFile(Path f) {
        LoadReport.Builder report = new LoadReport.Builder();
        List<ActorEntry> actors = List.of();
        List<VerbPattern> verbs = List.of();
        DiscardList discards = DiscardList.empty();
        IssueList issues = IssueList.empty();
        switch (kind(f.getFileName().toString())) {
            case ACTORS -> actors = PetrarchActorReader.read(f, report);
            case AGENTS -> actors = PetrarchAgentReader.read(f, report);
            case DISCARDS -> discards = PetrarchDiscardReader.read(f, report);
            case ISSUES -> issues = PetrarchIssueReader.read(f, report);
            case VERBS -> verbs = PetrarchVerbReader.read(f, report);
        }
        return new FileResult(actors, verbs, discards, issues, report.build());
    }

    static Kind kind(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (!n.endsWith(".txt")) return null;
        if (n.contains("actors")) return Kind.ACTORS;
        if (n.contains("agents")) return Kind.AGENTS;
        if (n.contains("discards")) return Kind.DISCARDS;
        if (n.contains("issuecoding") || n.contains("issues")) return Kind.ISSUES;
        if (n.startsWith("cameo") || n.contains("verbs")) return Kind.VERBS;
        return null;
    }
}
