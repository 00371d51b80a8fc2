package org.dyad.core.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PloverMappingTest {
    private final PloverMapping plover = PloverMapping.builtIn();
    private final CameoCatalog cameo = CameoCatalog.builtIn();

    @Test
    void threatenWithSanctionsIsThreatenRestrict() {
        // the table: "1312: THREATEN, restrict, economic"
        assertEquals(new PloverType("THREATEN", "restrict"), plover.forCameo("1312"));
        assertEquals(List.of("economic"), plover.contextsFor("1312"));
    }

    @Test
    void modeIsTheSecondFieldAndContextTheThird() {
        assertEquals(new PloverType("CONSULT", "visit"), plover.forCameo("043"));      // host a visit
        assertEquals(new PloverType("CONSULT", "phone"), plover.forCameo("041"));      // discuss by telephone
        assertEquals(new PloverType("CONSULT", null), plover.forCameo("046"));         // negotiation: no mode
        assertEquals(List.of("diplomatic"), plover.contextsFor("046"));
        assertEquals(new PloverType("ASSAULT", "heavy-weapons"), plover.forCameo("195"));
        assertEquals(List.of("crime", "corruption"), plover.contextsFor("091"));
    }

    @Test
    void theTableCrossesCameoRootsWhereItMeansTo() {
        assertEquals("COERCE", plover.forCameo("163").type());   // embargo is coercion, not reduced relations
        assertEquals("ASSAULT", plover.forCameo("1712").type()); // destroying property is an assault
        assertEquals("COERCE", plover.forCameo("192").type());   // occupying territory
        assertEquals(new PloverType("RETREAT", "ceasefire"), plover.forCameo("0871"));
        assertEquals("CONCEDE", plover.forCameo("08").type());
    }

    @Test
    void violentRepressionKeepsItsContextOutOfTheMode() {
        assertEquals(new PloverType("ASSAULT", null), plover.forCameo("175"));
        assertEquals(List.of("pro_autocracy", "military"), plover.contextsFor("175"));
    }

    @Test
    void appealsAreRequests() {
        assertEquals(new PloverType("REQUEST", "meet"), plover.forCameo("026"));   // appeal to meet or negotiate
        assertEquals(new PloverType("REQUEST", "yield"), plover.forCameo("0253")); // appeal for release of persons
        assertEquals(new PloverType("REQUEST", null), plover.forCameo("020"));
    }

    @Test
    void publicStatementsTakeTheNearestPloverType() {
        assertEquals("CONSULT", plover.forCameo("010").type());  // make statement: falls back to root 01
        assertEquals("CONSULT", plover.forCameo("015").type());  // claim responsibility
        assertEquals("REJECT", plover.forCameo("016").type());   // deny responsibility
        assertEquals("SUPPORT", plover.forCameo("019").type());  // express accord
    }

    @Test
    void fourDigitCodeAbsentFromTheTableTakesItsParentsMapping() {
        // 0233 "appeal for humanitarian aid" has no line of its own; 023 "appeal for aid" has
        assertFalse(plover.listedCodes().contains("0233"));
        assertEquals(plover.forCameo("023"), plover.forCameo("0233"));
        assertEquals(new PloverType("REQUEST", "assist"), plover.forCameo("0233"));
    }

    @Test
    void fallbackSkipsAMissingThreeDigitCodeToTheRoot() {
        PloverMapping small = read("13\tTHREATEN\t\t\n138\tTHREATEN\tviolence\tmilitary\n");
        assertEquals(new PloverType("THREATEN", "violence"), small.forCameo("1384"));
        assertEquals(new PloverType("THREATEN", null), small.forCameo("1312")); // no 131 line: root 13
        assertEquals(List.of(), small.contextsFor("1312"));
    }

    @Test
    void everyCameoCodeHasAPloverType() {
        for (CameoCode code : cameo.all()) {
            PloverType type = plover.forCameo(code.code());
            assertTrue(PloverMapping.PLOVER_TYPES.contains(type.type()), code.code() + " → " + type);
            assertTrue(type.mode() == null || !type.mode().isBlank(), code.code() + " → " + type);
        }
    }

    @Test
    void everyLineOfTheTableIsACameoCode() {
        // catches a mistyped code in plover.tsv; 1213 and 1214 are the PLOVER table's own additions
        Set<String> beyondCameo = Set.of("1213", "1214");
        for (String code : plover.listedCodes()) {
            assertTrue(cameo.find(code).isPresent() || beyondCameo.contains(code), code);
        }
    }

    @Test
    void unknownCodeIsNamedInTheError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> plover.forCameo("21"));
        assertTrue(e.getMessage().contains("'21'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> plover.forCameo("threaten"));
        PloverMapping small = read("13\tTHREATEN\t\t\n");
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> small.forCameo("1823"));
        assertTrue(none.getMessage().contains("1823"), none.getMessage());
    }

    @Test
    void unknownPloverTypeNamesResourceLineAndColumn() {
        String table = "# test\n\n18\tASSAULT\t\t\n180\tATTACK\t\tmilitary\n";
        OntologyFormatException e = assertThrows(OntologyFormatException.class, () -> read(table));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().startsWith("test/plover.tsv:4: column 2 (plover_type)"), e.getMessage());
    }

    @Test
    void tooManyColumnsIsAnError() {
        OntologyFormatException e = assertThrows(OntologyFormatException.class,
                () -> read("13\tTHREATEN\t\t\textra\n"));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("column 5"), e.getMessage());
    }

    @Test
    void modeIsNullNotBlankWhenTheTableGivesNone() {
        assertNull(plover.forCameo("130").mode());
    }

    private static PloverMapping read(String table) {
        return PloverMapping.read("test/plover.tsv", new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)));
    }
}
