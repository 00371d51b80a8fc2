package org.dyad.core.ontology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the ontology tables: UTF-8, TAB-separated, {@code #} comments and blank lines skipped. Keeps each
 * row's line number so loaders can say exactly where a value is wrong.
 */
final class OntologyTable {
    /** Where the built-in tables live on the classpath, for messages. */
    static final String PACKAGE_PATH = "org/dyad/core/ontology/";

    /** One data line. Columns are numbered from 1 in messages, as a person counts them. */
    record Row(String resource, int line, String[] columns, String[] columnNames) {
        /** Column {@code i} (0-based), trimmed; empty when the line stops early. */
        String get(int i) { return i < columns.length ? columns[i].trim() : ""; }

        OntologyFormatException error(int i, String problem) {
            return new OntologyFormatException(resource, line, (i + 1) + " (" + columnNames[i] + ")", problem);
        }
    }

    private OntologyTable() {}

    /** Reads a resource next to this class, e.g. {@code "cameo.tsv"}. */
    static List<Row> readBuiltIn(String fileName, String... columnNames) {
        String resource = PACKAGE_PATH + fileName;
        InputStream in = OntologyTable.class.getResourceAsStream(fileName);
        if (in == null) throw new OntologyFormatException(resource, 0, null, "not found on the classpath");
        return read(resource, in, columnNames);
    }

    /**
     * Reads rows that have at least {@code required} columns and at most {@code columnNames.length}; later
     * optional columns may be left off.
     */
    static List<Row> read(String resource, InputStream in, String... columnNames) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String text;
            int line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank() || text.stripLeading().startsWith("#")) continue;
                String[] columns = text.split("\t", -1);
                if (columns.length > columnNames.length) {
                    throw new OntologyFormatException(resource, line, String.valueOf(columnNames.length + 1),
                            "expected at most " + columnNames.length + " TAB-separated columns "
                                    + String.join(", ", columnNames) + ", found " + columns.length);
                }
                rows.add(new Row(resource, line, columns, columnNames));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }

    /** A CAMEO code as both tables write it: a root 01-20, then up to two more digits. */
    static boolean isCameoCode(String code) {
        if (code == null || !code.matches("\\d{2,4}")) return false;
        int root = Integer.parseInt(code.substring(0, 2));
        return root >= 1 && root <= 20;
    }

    /** The code one level up: "1312" → "131", "131" → "13"; null for a root. */
    static String parent(String code) {
        return code.length() > 2 ? code.substring(0, code.length() - 1) : null;
    }
}
