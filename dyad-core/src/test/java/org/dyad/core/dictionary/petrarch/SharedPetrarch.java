package org.dyad.core.dictionary.petrarch;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the PETRARCH/Phoenix dictionaries of the shared folder are (the parent pom passes -Ddyad.shared). */
final class SharedPetrarch {
    private SharedPetrarch() {}

    static Path dir() {
        Path dir = Path.of(System.getProperty("dyad.shared", "../../shared")).resolve("petrarch");
        assumeTrue(Files.isDirectory(dir), "the shared PETRARCH dictionaries are not at " + dir.toAbsolutePath());
        return dir;
    }

    static Path file(String name) {
        return dir().resolve(name);
    }

    /** The Phoenix set: Phoenix.* and CAMEO.2.0, without PETRARCH's validation dictionaries. */
    static boolean phoenix(String fileName) {
        return fileName.startsWith("Phoenix.") || fileName.startsWith("CAMEO.");
    }
}
