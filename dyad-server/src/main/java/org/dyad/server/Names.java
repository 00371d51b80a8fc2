package org.dyad.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.dyad.core.ontology.CameoCatalog;
import org.dyad.core.ontology.CameoCode;

/**
 * What the codes a reader meets in the dashboard mean, from Dyad's own dictionaries: country and organisation
 * codes (the first name each dictionary gives), CAMEO role codes (their first role word), CAMEO event codes (the
 * codebook's names). The page composes an actor's name from these: RUSGOV is "Russia — government".
 */
final class Names {
    private static final String DICT = "/org/dyad/core/dict/";
    private static volatile ObjectNode cached;

    private Names() {}

    static ObjectNode builtIn(ObjectMapper json) {
        ObjectNode n = cached;
        if (n == null) {
            n = json.createObjectNode();
            ObjectNode actors = n.putObject("actors");
            firstNames("countries.tsv", actors);
            firstNames("organisations.tsv", actors);
            firstNames("agents.tsv", n.putObject("roles"));
            ObjectNode cameo = n.putObject("cameo");
            for (CameoCode c : CameoCatalog.builtIn().all()) cameo.put(c.code(), c.name());
            cached = n;
        }
        return n;
    }

    /** Code → its first name, for every row of a built-in dictionary; a code's first row wins. */
    private static void firstNames(String file, ObjectNode into) {
        try (InputStream in = Names.class.getResourceAsStream(DICT + file)) {
            if (in == null) return;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                if (cols.length < 2 || into.has(cols[0])) continue;
                String name = cols[1].split("\\|")[0].strip();
                if (name.startsWith("=")) name = name.substring(1);
                if (!name.isEmpty()) into.put(cols[0].strip(), name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
