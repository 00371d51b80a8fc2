package org.dyad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.dyad.core.Codebook;
import org.dyad.core.dictionary.ActorDictionary;
import org.dyad.core.dictionary.Coverage;
import org.dyad.core.dictionary.petrarch.LoadReport;
import org.dyad.core.dictionary.petrarch.PetrarchDictionaries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad dictionaries DIR}: reads PETRARCH dictionaries and reports what was read and what was not.
 * {@code dyad dictionaries --coverage}: what the dictionaries in force cover, per country and per CAMEO code.
 */
@Command(name = "dictionaries", mixinStandardHelpOptions = true)
final class DictionariesCommand extends DyadCommand {
    @Parameters(paramLabel = "DIR", description = "A directory of PETRARCH dictionary files (or single files).", arity = "0..*")
    List<Path> paths = List.of();

    @Option(names = "--include-validation", description = "Also read PETR.Validate.* files found in a directory.")
    boolean includeValidation;

    @Option(names = "--coverage", description = "Report what the dictionaries in force cover, and their gaps.")
    boolean coverage;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = OptionValues.IsoDate.class, description = "With --coverage: the day whose office-holders count (default: today).")
    LocalDate date;

    @Mixin
    DictionaryOptions dictionaryOptions;

    @Override
    public Integer call() {
        if (coverage) {
            if (!paths.isEmpty()) throw new UserException("--coverage takes its dictionaries from --dictionaries, not from DIR");
            return coverage();
        }
        if (paths.isEmpty()) throw new UserException("give a directory of PETRARCH dictionaries, or --coverage");
        java.util.List<Path> files = new java.util.ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                PetrarchDictionaries.Loaded d = PetrarchDictionaries.load(p, n -> includeValidation || !n.contains(".Validate."));
                files.addAll(d.files());
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new UserException("not found: " + p);
            }
        }
        long t0 = System.nanoTime();
        PetrarchDictionaries.Loaded d = PetrarchDictionaries.load(files);
        double s = (System.nanoTime() - t0) / 1e9;
        LoadReport r = d.report();
        out().printf("read %d files in %.1f s%n", d.files().size(), s);
        d.files().forEach(f -> out().println("  " + f));
        out().print(r.summary());
        out().printf("in force: %,d actor phrases, %,d verb patterns, %,d discards%n", d.actors().size(), d.verbs().size(), d.discards().size());
        out().println("unmapped constructs:");
        for (LoadReport.Unmapped u : r.unmapped()) out().println("  " + u);
        return Main.OK;
    }

    private Integer coverage() {
        Codebook codebook = dictionaryOptions.apply(Codebook.builtIn(), err());
        LocalDate day = date == null ? LocalDate.now() : date;
        // The built-in countries are the list of the world's states and territories, whichever dictionaries are read.
        Coverage c = Coverage.of(codebook.actors(), codebook.verbs(), codebook.cameo(), ActorDictionary.builtIn(), day);
        out().printf("countries (%d): actor phrases naming the country, naming its institutions, people with offices in it; "
                + "head of government on %s%n", c.countries().size(), day);
        for (Coverage.Country k : c.countries()) {
            out().printf("  %s  %-34s %5d %5d %5d  %s%n", k.code(), k.name(), k.names(), k.institutions(), k.people(),
                    k.headOfGovernment() ? "yes" : "-");
        }
        out().printf("CAMEO codes (%d): words and expressions giving the code (+ those giving it when only planned)%n", c.codes().size());
        for (Coverage.Code k : c.codes()) {
            out().printf("  %-5s %5d %s %s%n", k.code().code(), k.words(), k.planned() > 0 ? String.format("%+5d", k.planned()) : "     ",
                    k.code().name());
        }
        List<Coverage.Code> none = c.codesWithoutWords();
        List<Coverage.Code> few = c.codesWithFewWords().stream().filter(k -> k.words() > 0).toList();
        List<Coverage.Country> headless = c.countriesWithoutHeadOfGovernment();
        out().printf("CAMEO codes with no words: %d%s%n", none.size(), codeList(none));
        out().printf("CAMEO codes with fewer than %d words: %d%s%n", Coverage.MINIMUM_WORDS, few.size(), codeList(few));
        out().printf("countries with no head of government known on %s: %d%s%n", day, headless.size(),
                headless.isEmpty() ? "" : " " + headless.stream().map(Coverage.Country::code).collect(Collectors.joining(" ")));
        return Main.OK;
    }

    private static String codeList(List<Coverage.Code> codes) {
        return codes.isEmpty() ? "" : " " + codes.stream().map(k -> k.code().code()).collect(Collectors.joining(" "));
    }
}
