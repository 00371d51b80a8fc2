package org.dyad.io.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableEventWriterTest {

    @Test
    void aDocumentLineThenAlignedRows() throws Exception {
        StringWriter out = new StringWriter();
        try (EventWriter writer = new TableEventWriter(out)) {
            writer.write(SampleEvents.sanctionsThreat());
            writer.write(SampleEvents.genevaTalks());
            writer.write(SampleEvents.deniedAssault());
        }
        List<String> lines = out.toString().lines().toList();
        assertEquals("reuters-2021-12-28", lines.get(0));
        assertTrue(lines.get(1).startsWith("DATE        SOURCE      EVENT"), lines.get(1));
        assertEquals(5, lines.size(), out.toString());

        String threat = lines.get(2);
        assertTrue(threat.startsWith("2021-12-28  USA         1312 Threaten with sanctions,"), threat);
        assertTrue(threat.contains("RUS         asserted"), threat);
        assertTrue(threat.endsWith("…"), "a long sentence is shortened: " + threat);
        int sentenceColumn = lines.get(1).indexOf("SENTENCE");
        for (String row : lines.subList(2, 5)) {
            assertEquals(sentenceColumn, row.indexOf(row.substring(sentenceColumn).strip()), "aligned: " + row);
        }
        assertTrue(lines.get(4).contains(" -  "), "no target shows as -: " + lines.get(4));
        assertTrue(lines.get(4).contains("negated"));
    }

    @Test
    void shortenCutsAtAWordAndMarksIt() {
        assertEquals("Threaten with sanctions,…", TableEventWriter.shorten("Threaten with sanctions, boycott, embargo", 27));
        assertEquals("Kyiv welcomed it.", TableEventWriter.shorten("Kyiv welcomed it.", 60));
        String s = TableEventWriter.shorten("The United States has threatened to impose economic sanctions on Russia if it attacks Ukraine.", 60);
        assertTrue(s.length() <= 60 && s.endsWith("…"), s);
    }

    @Test
    void aNewDocumentStartsANewBlock() throws Exception {
        StringWriter out = new StringWriter();
        TableEventWriter writer = new TableEventWriter(out);
        writer.write(SampleEvents.sanctionsThreat());
        var other = SampleEvents.deniedAssault();
        writer.write(new org.dyad.core.model.Event("tass-2021-12-29", other.sentence(), other.text(), other.spanBegin(),
                other.spanEnd(), other.source(), other.target(), other.cameo(), other.plover(), other.date(),
                other.dateBasis(), other.datePrecision(), other.modality(), other.location()));
        writer.flush();
        List<String> lines = out.toString().lines().toList();
        assertEquals("", lines.get(3));
        assertEquals("tass-2021-12-29", lines.get(4));
        assertTrue(lines.get(5).startsWith("DATE"));
    }
}
