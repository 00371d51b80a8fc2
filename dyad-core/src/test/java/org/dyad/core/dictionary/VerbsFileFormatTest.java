package org.dyad.core.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the built-in verbs.tsv as a file, line by line, without the dictionary loader: a typo in a CAMEO code or a
 * condition should fail here with its line number, not surface later as a mis-coded event.
 */
class VerbsFileFormatTest {
    private static final String VERBS = "/org/dyad/core/dict/verbs.tsv";
    private static final String CAMEO = "/org/dyad/core/ontology/cameo.tsv";
    private static final Pattern CODE = Pattern.compile("\\d{2,4}");
    private static final Pattern STEP = Pattern.compile("[a-z:_]+=[^=>\\s]+"); // "obl:out_of": CoreNLP joins multiword prepositions with _

    /** One data line of verbs.tsv. */
    record Entry(int line, String lemma, String pos, String context, String code, String planned) {
        String where() { return "verbs.tsv:" + line + " (" + lemma + " " + pos + " " + context + ")"; }
    }

    private static List<String[]> rawLines;   // {line number, text} of every non-comment line
    private static List<Entry> entries;

    @BeforeAll
    static void read() throws IOException {
        rawLines = new ArrayList<>();
        for (String[] l : lines(VERBS)) rawLines.add(l);
        entries = new ArrayList<>();
        for (String[] l : rawLines) {
            String[] c = l[1].split("\t", -1);
            if (c.length < 4 || c.length > 5) continue; // reported by everyLineHasFourOrFiveColumns
            entries.add(new Entry(Integer.parseInt(l[0]), c[0], c[1], c[2], c[3], c.length == 5 ? c[4] : ""));
        }
    }

    /** {line number, text} of the lines that are neither blank nor comments. */
    private static List<String[]> lines(String resource) throws IOException {
        InputStream in = VerbsFileFormatTest.class.getResourceAsStream(resource);
        assertNotNull(in, resource + " is not on the classpath");
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
                out.add(new String[] {String.valueOf(n), line});
            }
        }
        return out;
    }

    @Test
    void everyLineHasFourOrFiveColumns() {
        for (String[] l : rawLines) {
            int columns = l[1].split("\t", -1).length;
            assertTrue(columns == 4 || columns == 5, "verbs.tsv:" + l[0] + " has " + columns + " columns: " + l[1]);
        }
        assertTrue(entries.size() >= 400, "the built-in dictionary should have at least 400 entries, has " + entries.size());
    }

    @Test
    void lemmaIsOneLowerCaseWordAndPosIsVerbOrNoun() {
        for (Entry e : entries) {
            assertTrue(e.lemma().matches("[a-z][a-z0-9'-]*"), e.where() + ": lemma must be one lower-case CoreNLP lemma");
            assertTrue(e.pos().equals("V") || e.pos().equals("N"), e.where() + ": pos must be V or N");
        }
    }

    @Test
    void codesAreCameoCodesWithRootsOneToTwenty() throws IOException {
        Set<String> catalogue = new HashSet<>();
        for (String[] l : lines(CAMEO)) catalogue.add(l[1].split("\t", -1)[0].trim());
        for (Entry e : entries) {
            for (String code : e.planned().isEmpty() ? List.of(e.code()) : List.of(e.code(), e.planned())) {
                if (code.equals("---")) continue; // a reading that is no event ("poses a threat"): see the header
                assertTrue(CODE.matcher(code).matches(), e.where() + ": '" + code + "' is not 2-4 digits");
                int root = Integer.parseInt(code.substring(0, 2));
                assertTrue(root >= 1 && root <= 20, e.where() + ": root " + root + " is not 01-20");
                // The coder looks every code up in the CAMEO catalogue and fails on an unknown one.
                assertTrue(catalogue.contains(code), e.where() + ": " + code + " is not in cameo.tsv");
            }
        }
    }

    @Test
    void plannedCodesAreExpressionsOfIntent() {
        // A planned meeting is "express intent to meet" (036), a planned aid delivery 033x: always the 03 family.
        for (Entry e : entries) {
            if (!e.planned().isEmpty()) assertTrue(e.planned().startsWith("03"), e.where() + ": planned " + e.planned() + " is not 03x");
        }
    }

    @Test
    void everyConditionStepIsRelationEqualsLemmas() {
        for (Entry e : entries) {
            if (e.context().isEmpty()) continue;
            assertEquals(e.context().strip(), e.context(), e.where() + ": context has leading or trailing blanks");
            for (String condition : e.context().split(" ", -1)) {
                assertTrue(!condition.isEmpty(), e.where() + ": two spaces between conditions");
                for (String step : condition.split(">", -1)) {
                    assertTrue(STEP.matcher(step).matches(), e.where() + ": step '" + step + "' is not relation=lemma|lemma");
                }
            }
        }
    }

    @Test
    void allTwentyCameoRootsAreCovered() {
        Map<String, Integer> perRoot = new HashMap<>();
        for (Entry e : entries) perRoot.merge(e.code().substring(0, 2), 1, Integer::sum);
        Set<String> missing = new TreeSet<>();
        for (int root = 1; root <= 20; root++) {
            String r = String.format("%02d", root);
            if (!perRoot.containsKey(r)) missing.add(r);
        }
        assertTrue(missing.isEmpty(), "no entry codes into root(s) " + missing);
    }

    @Test
    void everyCameoCodeHasAtLeastThreeWordsOrExpressions() throws IOException {
        // The roots (two digits) are headings; an event takes a three- or four-digit code, and each needs words.
        Map<String, Integer> perCode = new HashMap<>();
        for (Entry e : entries) perCode.merge(e.code(), 1, Integer::sum);
        Set<String> thin = new TreeSet<>();
        for (String[] l : lines(CAMEO)) {
            String code = l[1].split("\t", -1)[0];
            if (code.length() > 2 && perCode.getOrDefault(code, 0) < 3) thin.add(code + " (" + perCode.getOrDefault(code, 0) + ")");
        }
        assertTrue(thin.isEmpty(), "CAMEO codes with fewer than three entries in verbs.tsv: " + thin);
    }

    @Test
    void noTwoLinesHaveTheSameLemmaPosAndContext() {
        Map<String, Integer> seen = new HashMap<>();
        for (Entry e : entries) {
            Integer before = seen.putIfAbsent(e.lemma() + "\t" + e.pos() + "\t" + e.context(), e.line());
            assertTrue(before == null, e.where() + " repeats verbs.tsv:" + before);
        }
    }

    @Test
    void attributionAndModalityWordsAreNotEventsOnTheirOwn() {
        // "Russia said ..." and "Russia plans to ..." are handled by the coder; listed bare they would code
        // every quotation and every plan as an event.
        Set<String> cues = Set.of("say", "tell", "state", "report", "add", "plan", "intend", "prepare", "expect", "want",
                "seek", "hope", "try", "take", "make", "get", "give", "have", "go", "come");
        for (Entry e : entries) {
            assertTrue(!(e.context().isEmpty() && cues.contains(e.lemma())), e.where() + ": '" + e.lemma() + "' must not be listed bare");
        }
    }

    /** The code of the entry with exactly this lemma, pos and context. */
    private static Entry entry(String lemma, String pos, String context) {
        for (Entry e : entries) {
            if (e.lemma().equals(lemma) && e.pos().equals(pos) && e.context().equals(context)) return e;
        }
        throw new AssertionError("no entry " + lemma + " " + pos + " '" + context + "'");
    }

    @Test
    void familiarNewsPhrasesHaveTheirCameoCodes() {
        // "threatened to impose sanctions on Russia": one threat with sanctions.
        assertEquals("1312", entry("threaten", "V", "xcomp=impose|slap|introduce|tighten|expand|extend|levy|announce>obj=sanction|embargo|tariff|boycott|penalty").code());
        // "The EU imposed sanctions on Russia."
        assertEquals("163", entry("impose", "V", "obj=sanction|embargo|tariff|boycott").code());
        // "Russia and Ukraine held talks in Istanbul" / "will hold talks".
        Entry talks = entry("hold", "V", "obj=talk|negotiation");
        assertEquals("046", talks.code());
        assertEquals("036", talks.planned());
        // "a ceasefire between Israel and Hamas"; a planned one is an intent to de-escalate.
        assertEquals("0871", entry("ceasefire", "N", "").code());
        assertEquals("0356", entry("ceasefire", "N", "").planned());
        // "Russia massed troops near the border."
        assertEquals("154", entry("mass", "V", "obj=troop|troops|soldier|force|army|unit|tank|warship|ship|battalion|brigade|reservist|reserve|marine|division|reinforcement|armor|armour|bomber|submarine|carrier|personnel").code());
        // "Israeli airstrikes on Gaza", "Russian shelling of Kharkiv".
        assertEquals("195", entry("airstrike", "N", "").code());
        assertEquals("194", entry("shelling", "N", "").code());
        // "Russia's assault on Ukraine."
        assertEquals("190", entry("assault", "N", "").code());
    }
}
