package org.dyad.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.dyad.core.geo.GeoNames;

/** Loads the GeoNames gazetteer for a command, with a message that says how to get it when it is absent. */
final class Gazetteers {
    private Gazetteers() {}

    static GeoNames load(Path dir, java.io.PrintWriter err) {
        Path d = dir != null ? dir : GeoNames.defaultDir();
        if (!GeoNames.present(d)) {
            throw new UserException("no GeoNames gazetteer in " + d + ": run scripts/fetch-geonames (needs npm), or give"
                    + " --geonames DIR with allCountries.txt or cities500.txt and admin1CodesASCII.txt from GeoNames");
        }
        long t0 = System.nanoTime();
        try {
            GeoNames g = GeoNames.load(d);
            GeoNames.share(g);
            Progress.note(err, String.format("loaded GeoNames: %,d places, %,d names from %s in %.1f s", g.size(), g.names(),
                    g.source(), (System.nanoTime() - t0) / 1e9));
            return g;
        } catch (IOException e) {
            throw new JobFailure("reading GeoNames in " + d + ": " + e.getMessage());
        }
    }
}
