package org.dyad.io.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TsvEventWriterTest {

    private static List<String> write(boolean header) throws Exception {
        StringWriter out = new StringWriter();
        try (EventWriter writer = new TsvEventWriter(out, header)) {
            writer.write(SampleEvents.sanctionsThreat());
            writer.write(SampleEvents.genevaTalks());
            writer.write(SampleEvents.deniedAssault());
        }
        return out.toString().lines().toList();
    }

    @Test
    void phoenixColumnOrder() throws Exception {
        String[] columns = write(false).get(0).split("\t", -1);
        assertEquals(List.of("20211228", "USA", "RUS", "1312", "13", "3", "-5.8", "reuters-2021-12-28", "5",
                "The United States has threatened to impose economic sanctions on Russia if it attacks Ukraine."),
                List.of(columns));
    }

    @Test
    void noHeaderByDefaultLikePhoenix() throws Exception {
        List<String> lines = write(false);
        assertEquals(3, lines.size());
        assertEquals("20211228", lines.get(0).substring(0, 8));
    }

    @Test
    void anOptionalHeaderNamesTheColumns() throws Exception {
        List<String> lines = write(true);
        assertEquals(4, lines.size());
        assertEquals("date\tsource\ttarget\tcameo\troot\tquad_class\tgoldstein\tdoc\tsentence\ttext", lines.get(0));
    }

    @Test
    void tabsAndLineBreaksInTheSentenceBecomeSpaces() throws Exception {
        String[] columns = write(false).get(1).split("\t", -1);
        assertEquals(10, columns.length);
        assertEquals("20220110", columns[0]);
        assertEquals("036", columns[3]);
        assertEquals("03", columns[4]);
        assertEquals("U.S. and Russian officials will hold talks on Jan. 10 in Geneva over Moscow's build-up, "
                + "a White House official said on Tuesday.", columns[9]);
    }

    @Test
    void noTargetIsAnEmptyColumn() throws Exception {
        String[] columns = write(false).get(2).split("\t", -1);
        assertEquals("RUS", columns[1]);
        assertEquals("", columns[2]);
        assertEquals("190", columns[3]);
        assertEquals("4", columns[5]);
        assertEquals("-10.0", columns[6]);
    }
}
