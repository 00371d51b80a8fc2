package org.dyad.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Dyad's version, as the build wrote it from the parent pom (the one place it is written). */
public final class Version {
    private static final String VERSION = read();

    private Version() {}

    /** The version, such as "1.2.0" or "1.3.0-SNAPSHOT". */
    public static String current() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) throw new IllegalStateException("version.properties is missing from dyad-core's jar");
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version");
            if (v == null || v.contains("${")) throw new IllegalStateException("version.properties was not filtered by the build: " + v);
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
