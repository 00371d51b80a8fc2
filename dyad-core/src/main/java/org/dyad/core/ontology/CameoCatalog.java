package org.dyad.core.ontology;

import java.io.InputStream;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every CAMEO 1.1b3 event code with its name and Goldstein score, as the built-in {@code cameo.tsv} gives
 * them. Immutable; {@link #builtIn()} reads the table once per process.
 */
public final class CameoCatalog {
    static final String FILE = "cameo.tsv";
    private static final String[] COLUMNS = {"code", "goldstein", "name"};

    private final Map<String, CameoCode> byCode;

    private CameoCatalog(Map<String, CameoCode> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    /** The catalogue shipped with Dyad. */
    public static CameoCatalog builtIn() { return BuiltIn.CATALOG; }

    /** Lazy holder: the table is read on first use and only once, whatever the threads. */
    private static final class BuiltIn {
        static final CameoCatalog CATALOG = from(OntologyTable.readBuiltIn(FILE, COLUMNS));
    }

    /** Reads a catalogue in cameo.tsv's format; {@code resource} names it in error messages. */
    static CameoCatalog read(String resource, InputStream in) {
        return from(OntologyTable.read(resource, in, COLUMNS));
    }

    private static CameoCatalog from(List<OntologyTable.Row> rows) {
        Map<String, CameoCode> byCode = new LinkedHashMap<>();
        for (OntologyTable.Row row : rows) {
            String code = row.get(0);
            if (!OntologyTable.isCameoCode(code)) {
                throw row.error(0, "not a CAMEO code (2-4 digits, root 01-20): '" + code + "'");
            }
            if (byCode.containsKey(code)) throw row.error(0, "code " + code + " is listed twice");
            // Codes are listed parent first, so a child without its parent is a typo, not an order problem.
            String parent = OntologyTable.parent(code);
            if (parent != null && !byCode.containsKey(parent)) {
                throw row.error(0, "code " + code + " comes before (or without) its parent " + parent);
            }
            double goldstein;
            try {
                goldstein = Double.parseDouble(row.get(1));
            } catch (NumberFormatException e) {
                throw row.error(1, "not a number: '" + row.get(1) + "'");
            }
            if (goldstein < -10 || goldstein > 10) {
                throw row.error(1, "Goldstein scores run from -10 to +10, found " + goldstein);
            }
            String name = row.get(2);
            if (name.isEmpty()) throw row.error(2, "code " + code + " has no name");
            byCode.put(code, new CameoCode(code, name, goldstein));
        }
        return new CameoCatalog(byCode);
    }

    /**
     * This catalogue with extra codes that CAMEO 1.1b3 does not have, each with Goldstein 0: for dictionaries
     * written against another CAMEO version or test suites with made-up codes (PETRARCH's validation records use
     * "901", "174K"). Codes already present keep their entry.
     */
    public CameoCatalog plus(Collection<String> extraCodes, String name) {
        Map<String, CameoCode> all = new LinkedHashMap<>(byCode);
        for (String c : extraCodes) all.putIfAbsent(c, new CameoCode(c, name, 0.0));
        return new CameoCatalog(all);
    }

    /** The code, or empty when CAMEO has no such code. */
    public Optional<CameoCode> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The code; an unknown code is a caller's error (a dictionary typo, usually), so it throws. */
    public CameoCode get(String code) {
        CameoCode found = byCode.get(code);
        if (found == null) throw new IllegalArgumentException("unknown CAMEO event code: '" + code + "'");
        return found;
    }

    /** All codes in table order: each root, then its 3- and 4-digit codes. */
    public Collection<CameoCode> all() { return byCode.values(); }
}
