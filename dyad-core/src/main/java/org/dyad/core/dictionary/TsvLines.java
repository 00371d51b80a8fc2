package org.dyad.core.dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads Dyad's tab-separated dictionary files: comments, blank lines and line numbers handled once, here. */
final class TsvLines {
    /** One data line, its columns and where it stands, so loaders can name the place of an error. */
    record Row(String file, int line, String[] columns) {
        String column(int i) { return i < columns.length ? columns[i].trim() : ""; }

        DictionaryFormatException error(String column, String problem) {
            return new DictionaryFormatException(file, line, column, problem);
        }

        /** The {@code |}-separated phrases of a column, blanks dropped. */
        List<String> phrases(int i) {
            List<String> out = new ArrayList<>();
            for (String p : column(i).split("\\|")) if (!p.isBlank()) out.add(p.trim());
            return out;
        }
    }

    private TsvLines() {}

    static List<Row> readResource(String resource, int minColumns) {
        InputStream in = TsvLines.class.getResourceAsStream(resource);
        if (in == null) throw new DictionaryFormatException(resource, 0, null, "resource not found on the classpath");
        return read(resource, in, minColumns);
    }

    static List<Row> read(String name, InputStream in, int minColumns) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
                String[] cols = line.split("\t", -1);
                if (cols.length < minColumns) {
                    throw new DictionaryFormatException(name, n, null,
                            "expected at least " + minColumns + " tab-separated columns, found " + cols.length
                                    + ": " + Arrays.toString(cols));
                }
                rows.add(new Row(name, n, cols));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return rows;
    }
}
