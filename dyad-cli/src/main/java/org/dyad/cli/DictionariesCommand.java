package org.dyad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.core.dictionary.petrarch.LoadReport;
import org.dyad.core.dictionary.petrarch.PetrarchDictionaries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad dictionaries DIR}: reads PETRARCH dictionaries and reports what was read and what was not. */
@Command(name = "dictionaries", mixinStandardHelpOptions = true,
        description = {"Reads PETRARCH/TABARI dictionaries and reports counts, and every construct that could not be mapped, with file and line."})
final class DictionariesCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "A directory of PETRARCH dictionary files (or single files).", arity = "1..*")
    java.util.List<Path> paths;

    @Option(names = "--include-validation", description = "Also read PETR.Validate.* files found in a directory.")
    boolean includeValidation;

    @Override
    public Integer call() {
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
        System.out.printf("read %d files in %.1f s%n", d.files().size(), s);
        d.files().forEach(f -> System.out.println("  " + f));
        System.out.print(r.summary());
        System.out.printf("in force: %,d actor phrases, %,d verb patterns, %,d discards%n", d.actors().size(), d.verbs().size(), d.discards().size());
        System.out.println("unmapped constructs:");
        for (LoadReport.Unmapped u : r.unmapped()) System.out.println("  " + u);
        return Main.OK;
    }
}
