package org.dyad.io.output;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import org.dyad.core.model.Event;

/**
 * Phoenix-style tab-separated events, one per line, in this column order:
 *
 * <ol>
 *   <li>date, YYYYMMDD</li>
 *   <li>source actor code</li>
 *   <li>target actor code (empty when the event has no target)</li>
 *   <li>CAMEO event code</li>
 *   <li>CAMEO root code (the first two digits)</li>
 *   <li>QuadClass (1–4)</li>
 *   <li>Goldstein score</li>
 *   <li>document id</li>
 *   <li>sentence index (0-based)</li>
 *   <li>sentence text, tabs and line breaks replaced by spaces</li>
 * </ol>
 *
 * Phoenix files have no header line, so none is written unless asked for ({@code header = true}); the header
 * names are {@link #HEADER}.
 */
public final class TsvEventWriter implements EventWriter {

    public static final String HEADER = "date\tsource\ttarget\tcameo\troot\tquad_class\tgoldstein\tdoc\tsentence\ttext";

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private final Writer out;
    private boolean headerPending;

    public TsvEventWriter(Writer out, boolean header) {
        this.out = out;
        this.headerPending = header;
    }

    @Override
    public void write(Event e) throws IOException {
        if (headerPending) {
            out.write(HEADER);
            out.write('\n');
            headerPending = false;
        }
        String[] columns = {
                e.date() == null ? "" : e.date().format(YYYYMMDD),
                e.source() == null ? "" : e.source().code(),
                e.target() == null ? "" : e.target().code(),
                e.cameo().code(),
                e.cameo().root(),
                Integer.toString(e.cameo().quadClass()),
                Double.toString(e.cameo().goldstein()),
                e.doc(),
                Integer.toString(e.sentence()),
                e.text() == null ? "" : e.text(),
        };
        for (int i = 0; i < columns.length; i++) {
            if (i > 0) out.write('\t');
            out.write(clean(columns[i]));
        }
        out.write('\n');
    }

    /** A tab or line break inside a field would shift every column after it. */
    static String clean(String field) {
        return field.replaceAll("[\\t\\r\\n\\u2028\\u2029]+", " ");
    }

    @Override
    public void flush() throws IOException { out.flush(); }

    @Override
    public void close() throws IOException { out.close(); }
}
