package org.dyad.core.ontology;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CAMEO event code → PLOVER event type and mode, from the built-in {@code plover.tsv} (the official 2021
 * CAMEO-to-PLOVER table, plus Dyad's choice for CAMEO roots 01 and 02; see docs/ONTOLOGY.md).
 *
 * <p>A code the table does not list takes its parent's mapping: 4-digit → 3-digit → root. So "0233"
 * (appeal for humanitarian aid) maps as "023" (appeal for aid) does.
 */
public final class PloverMapping {
    static final String FILE = "plover.tsv";
    private static final String[] COLUMNS = {"cameo", "plover_type", "mode", "context"};

    /** PLOVER's sixteen event types (manual draft 0.8); anything else in the table is a typo. */
    static final Set<String> PLOVER_TYPES = Set.of(
            "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST",
            "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT");

    /** One line of the table. Contexts are kept for callers who want them; the event carries type and mode. */
    private record Entry(PloverType plover, List<String> contexts) {}

    private final Map<String, Entry> byCode;

    private PloverMapping(Map<String, Entry> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    /** The mapping shipped with Dyad. */
    public static PloverMapping builtIn() { return BuiltIn.MAPPING; }

    private static final class BuiltIn {
        static final PloverMapping MAPPING = from(OntologyTable.readBuiltIn(FILE, COLUMNS));
    }

    /** Reads a mapping in plover.tsv's format; {@code resource} names it in error messages. */
    static PloverMapping read(String resource, InputStream in) {
        return from(OntologyTable.read(resource, in, COLUMNS));
    }

    private static PloverMapping from(List<OntologyTable.Row> rows) {
        Map<String, Entry> byCode = new HashMap<>();
        for (OntologyTable.Row row : rows) {
            String code = row.get(0);
            if (!OntologyTable.isCameoCode(code)) {
                throw row.error(0, "not a CAMEO code (2-4 digits, root 01-20): '" + code + "'");
            }
            if (byCode.containsKey(code)) throw row.error(0, "code " + code + " is listed twice");
            String type = row.get(1);
            if (!PLOVER_TYPES.contains(type)) {
                throw row.error(1, "not a PLOVER event type: '" + type + "' (expected one of "
                        + PLOVER_TYPES.stream().sorted().toList() + ")");
            }
            String mode = row.get(2);
            if (mode.contains(" ")) throw row.error(2, "a PLOVER mode is one word: '" + mode + "'");
            List<String> contexts = Arrays.stream(row.get(3).split("\\|"))
                    .map(String::trim).filter(c -> !c.isEmpty()).toList();
            byCode.put(code, new Entry(new PloverType(type, mode.isEmpty() ? null : mode), contexts));
        }
        return new PloverMapping(byCode);
    }

    /**
     * The PLOVER type and mode for a CAMEO code, from the code's own line or, failing that, its nearest
     * listed parent's.
     *
     * @throws IllegalArgumentException when neither the code nor any parent is in the table
     */
    public PloverType forCameo(String code) { return entry(code).plover(); }

    /** PLOVER contexts ("diplomatic", "economic", ...) for a CAMEO code, with the same parent fallback. */
    public List<String> contextsFor(String code) { return entry(code).contexts(); }

    /** The codes the table lists itself, without the ones reached by fallback. */
    Set<String> listedCodes() { return byCode.keySet(); }

    private Entry entry(String code) {
        if (!OntologyTable.isCameoCode(code)) {
            throw new IllegalArgumentException("not a CAMEO event code: '" + code + "'");
        }
        for (String c = code; c != null; c = OntologyTable.parent(c)) {
            Entry e = byCode.get(c);
            if (e != null) return e;
        }
        throw new IllegalArgumentException("no PLOVER mapping for CAMEO event code '" + code
                + "' nor for its parents");
    }
}
