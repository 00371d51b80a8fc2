package org.dyad.core.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CameoCatalogTest {
    private final CameoCatalog cameo = CameoCatalog.builtIn();

    @Test
    void threatenWithSanctionsIsVerbalConflict() {
        // "Washington threatened Moscow with new sanctions" → 1312
        CameoCode threat = cameo.get("1312");
        assertEquals(-5.8, threat.goldstein());
        assertEquals(3, threat.quadClass());
        assertEquals("13", threat.root());
        assertTrue(threat.name().toLowerCase().contains("sanctions"), threat.name());
    }

    @Test
    void hostingAVisitIsVerbalCooperation() {
        CameoCode host = cameo.get("043");
        assertEquals(2.8, host.goldstein());
        assertEquals(1, host.quadClass());
    }

    @Test
    void conventionalMilitaryForceIsMaterialConflict() {
        CameoCode force = cameo.get("190");
        assertEquals(-10.0, force.goldstein());
        assertEquals(4, force.quadClass());
    }

    @Test
    void goldsteinScoresTheFieldUses() {
        assertEquals(0.0, cameo.get("01").goldstein());
        assertEquals(0.0, cameo.get("010").goldstein());
        assertEquals(4.0, cameo.get("036").goldstein());   // express intent to meet or negotiate
        assertEquals(7.0, cameo.get("046").goldstein());   // engage in negotiation
        assertEquals(-4.4, cameo.get("130").goldstein());  // threaten, not specified
        assertEquals(-7.0, cameo.get("138").goldstein());  // threaten with military force
        assertEquals(-8.0, cameo.get("163").goldstein());  // impose embargo, boycott, or sanctions
        assertEquals(-10.0, cameo.get("195").goldstein()); // employ aerial weapons
        assertEquals(10.0, cameo.get("0874").goldstein()); // retreat or surrender militarily: the top of the scale
    }

    @Test
    void quadClassBoundariesFollowTheRoots() {
        assertEquals(1, cameo.get("057").quadClass()); // sign formal agreement
        assertEquals(2, cameo.get("060").quadClass()); // engage in material cooperation
        assertEquals(2, cameo.get("0874").quadClass());
        assertEquals(3, cameo.get("090").quadClass()); // investigate
        assertEquals(3, cameo.get("139").quadClass()); // give ultimatum
        assertEquals(4, cameo.get("141").quadClass()); // demonstrate or rally
        assertEquals(4, cameo.get("2042").quadClass());
    }

    @Test
    void allTwentyRootsArePresent() {
        List<String> roots = cameo.all().stream().map(CameoCode::code).filter(c -> c.length() == 2).toList();
        assertEquals(List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10",
                "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"), roots);
    }

    @Test
    void theWholeCodebookIsThere() {
        assertEquals(311, cameo.all().size());
        for (CameoCode code : cameo.all()) {
            assertTrue(code.goldstein() >= -10 && code.goldstein() <= 10, code.toString());
            assertFalse(code.name().isBlank(), code.code());
        }
    }

    @Test
    void unknownCodeIsNamedInTheError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cameo.get("1999"));
        assertTrue(e.getMessage().contains("1999"), e.getMessage());
        assertTrue(cameo.find("1999").isEmpty());
        assertEquals("Host a visit", cameo.find("043").orElseThrow().name());
    }

    @Test
    void catalogIsReadOnceAndCannotBeChanged() {
        assertSame(cameo, CameoCatalog.builtIn());
        assertThrows(UnsupportedOperationException.class, () -> cameo.all().clear());
    }

    @Test
    void malformedGoldsteinNamesResourceLineAndColumn() {
        String table = "# test table\n13\t-6.0\tThreaten\n130\tminus four\tThreaten, not specified below\n";
        OntologyFormatException e = assertThrows(OntologyFormatException.class, () -> read(table));
        assertEquals("test/cameo.tsv", e.resource());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("test/cameo.tsv:3: column 2 (goldstein)"), e.getMessage());
    }

    @Test
    void childBeforeItsParentIsRejected() {
        // a typo such as "1321" for "0321" would otherwise slip in as a code of the wrong root
        String table = "13\t-6.0\tThreaten\n1321\t-5.8\tThreaten to impose restrictions\n";
        OntologyFormatException e = assertThrows(OntologyFormatException.class, () -> read(table));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("column 1 (code)"), e.getMessage());
    }

    @Test
    void codeOutsideTheTwentyRootsIsRejected() {
        OntologyFormatException e = assertThrows(OntologyFormatException.class,
                () -> read("21\t0.0\tNo such root\n"));
        assertTrue(e.getMessage().contains("'21'"), e.getMessage());
    }

    private static CameoCatalog read(String table) {
        return CameoCatalog.read("test/cameo.tsv", new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)));
    }
}
