package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The dashboard stays light: everything a first visit downloads, gzip-compressed, under 150 KB (issue 15). */
class DashboardWeightTest {
    static final List<String> PAGE = List.of("index.html", "app.js", "style.css", "world.json");
    static final int LIMIT = 150 * 1024;

    static int gzipped(String file) throws Exception {
        try (InputStream in = DyadServer.class.getResourceAsStream("/org/dyad/server/dashboard/" + file)) {
            assertNotNull(in, file + " is served from the jar");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                in.transferTo(gz);
            }
            return out.size();
        }
    }

    @Test
    void thePageIsUnder150KilobytesCompressed() throws Exception {
        int total = 0;
        StringBuilder sizes = new StringBuilder();
        for (String f : PAGE) {
            int n = gzipped(f);
            total += n;
            sizes.append(f).append(' ').append(n).append(" B; ");
        }
        assertTrue(total < LIMIT, "the dashboard is " + total + " B compressed: " + sizes);
    }
}
