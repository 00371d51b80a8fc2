package org.dyad.core.dictionary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules the headers of countries.tsv, organisations.tsv and agents.tsv state about themselves, checked on the
 * files as shipped: each phrase once, kinds and codes as documented.
 */
class ActorFilesTest {
    private static final Set<String> KINDS = Set.of("IGO", "NGO", "NSA", "MNC", "STATE", "PARTY");

    private static List<TsvLines.Row> rows(String file, int minColumns) {
        return TsvLines.readResource(ActorDictionary.DICT + file, minColumns);
    }

    private static Set<String> countryCodes() {
        Set<String> out = new HashSet<>();
        for (TsvLines.Row row : rows("countries.tsv", 2)) out.add(row.column(0));
        return out;
    }

    /** A phrase's key as the matcher sees it; a case-sensitive phrase keeps its case, so "=JeM" and "=JEM" differ. */
    private static String key(String phrase) {
        return phrase.startsWith("=") ? "=" + phrase.substring(1).replaceAll("[\\s-]", "")
                : ActorDictionary.compact(phrase);
    }

    @Test
    void aPhraseAppearsOnceInCountriesOrganisationsAndNotActors() {
        Map<String, String> seen = new HashMap<>();
        List<String> twice = new ArrayList<>();
        String[][] files = {{"countries.tsv", "1", "2", "3"}, {"organisations.tsv", "1"}, {"not-actors.tsv", "0"}};
        for (String[] f : files) {
            for (TsvLines.Row row : rows(f[0], 1)) {
                for (int c = 1; c < f.length; c++) {
                    for (String p : row.phrases(Integer.parseInt(f[c]))) {
                        String where = f[0] + ":" + row.line() + " " + p;
                        String before = seen.putIfAbsent(key(p), where);
                        if (before != null) twice.add(where + " (also " + before + ")");
                    }
                }
            }
        }
        assertTrue(twice.isEmpty(), "phrases listed twice: " + twice);
    }

    @Test
    void aRoleWordAppearsOnceInAgents() {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (TsvLines.Row row : rows("agents.tsv", 2)) {
            for (String p : row.phrases(1)) if (!seen.add(key(p))) twice.add(row.column(0) + " " + p);
        }
        assertTrue(twice.isEmpty(), "role words listed twice: " + twice);
    }

    /**
     * Kinds are those the header lists, and codes follow its rules: a state body, a party or a company begins with a
     * country of countries.tsv (parties with country + PTY), an IGO or NGO with its kind, an armed group with a
     * country or IMG.
     */
    @Test
    void organisationsHaveDocumentedKindsAndCodes() {
        Set<String> countries = countryCodes();
        List<String> wrong = new ArrayList<>();
        for (TsvLines.Row row : rows("organisations.tsv", 4)) {
            String code = row.column(0);
            String kind = row.column(2);
            String country = code.substring(0, 3);
            boolean ok = switch (kind) {
                case "IGO" -> code.startsWith("IGO");
                case "NGO" -> code.startsWith("NGO") || code.startsWith("NGM");
                case "NSA" -> countries.contains(country) || code.startsWith("IMG");
                case "PARTY" -> countries.contains(country) && code.startsWith("PTY", 3);
                case "STATE", "MNC" -> countries.contains(country);
                default -> false;
            };
            if (!ok || !KINDS.contains(kind) || row.column(3).isEmpty()) wrong.add(row.line() + " " + code + " " + kind);
        }
        assertTrue(wrong.isEmpty(), "organisations.tsv lines against its header: " + wrong);
    }

    @Test
    void everyStateHasAName() {
        List<String> nameless = new ArrayList<>();
        for (TsvLines.Row row : rows("countries.tsv", 2)) if (row.phrases(1).isEmpty()) nameless.add(row.column(0));
        assertTrue(nameless.isEmpty(), "states without a name: " + nameless);
    }
}
