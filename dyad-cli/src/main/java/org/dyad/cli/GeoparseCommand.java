package org.dyad.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.core.geo.GeoParser;
import org.dyad.core.geo.GeoPlace;
import org.dyad.core.geo.Toponym;
import org.dyad.core.model.Document;
import org.dyad.io.DocumentSink;
import org.dyad.io.InputProblem;
import org.dyad.io.ReaderOptions;
import org.dyad.io.Readers;
import org.dyad.io.run.CodingRun;
import org.dyad.nlp.NerSentences;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad geoparse FILES}: the place names of each document, resolved against GeoNames. */
@Command(name = "geoparse", mixinStandardHelpOptions = true)
final class GeoparseCommand extends DyadCommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Input files (text, HTML, JSONL); '-' or none reads stdin.")
    List<String> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output: jsonl (the only format).")
    String format = "jsonl";

    @Option(names = "--geonames", paramLabel = "DIR",
            description = "GeoNames folder: allCountries.txt, cities500.txt or cities1000.txt, with admin1CodesASCII.txt or admin1.json (default: $DYAD_GEONAMES or ~/.cache/dyad/geonames).")
    Path geonames;

    @Option(names = "--threads", paramLabel = "N", description = "Documents annotated in parallel (default: available cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--explain", description = "Add each name's candidates and why one won (field \"why\").")
    boolean explain;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("jsonl")) throw new UserException("--format: only jsonl is supported, not " + format);
        if (threads < 1) throw new UserException("--threads must be at least 1, not " + threads);
        GeoParser parser = new GeoParser(Gazetteers.load(geonames, err()));
        Writer out = Stdout.writer(out());
        // The one ordered parallel run of the project, with geoparsing as its per-document step.
        CodingRun run = new CodingRun(threads, err(), CodingRun.Progress.NONE);
        run.run(this::read, "geoparsing", d -> lines(parser, d), (document, lines) -> out.write(lines));
        out.flush();
        return run.exitStatus();
    }

    /** The inputs: JSONL records read here (geoparsing needs no date), other files by the usual readers. */
    private void read(DocumentSink sink) {
        List<String> others = new ArrayList<>();
        for (String f : files) {
            if (f.endsWith(".jsonl")) readJsonl(Path.of(f), sink);
            else others.add(f);
        }
        if (!others.isEmpty() || files.isEmpty()) {
            new Readers(new ReaderOptions(LocalDate.now(), null, ReaderOptions.DEFAULT_MAX_WORDS))
                    .readAll(others, System.in, sink);
        }
    }

    /** Each record with an "id" and a "text" is a document; a bad line or an unreadable file costs one line. */
    private static void readJsonl(Path file, DocumentSink sink) {
        int n = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                String origin = file + ":" + n;
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    sink.problem(InputProblem.error(origin, "not a JSON record: " + e.getOriginalMessage()));
                    continue;
                }
                if (node == null || !node.hasNonNull("text") || !node.hasNonNull("id")) {
                    sink.problem(InputProblem.error(origin, "a JSONL record needs \"id\" and \"text\""));
                    continue;
                }
                sink.document(new Document(node.get("id").asText(), LocalDate.now(), node.get("text").asText(),
                        null, null, null, origin));
            }
        } catch (IOException e) {
            sink.problem(InputProblem.error(file.toString(), "cannot read: " + e.getMessage()));
        }
    }

    private String lines(GeoParser parser, Document d) {
        List<Toponym> toponyms = parser.parse(d.text(), NerSentences.annotate(d.text()));
        StringBuilder sb = new StringBuilder();
        for (Toponym t : toponyms) {
            GeoPlace p = t.place();
            sb.append("{\"doc\":").append(jsonString(d.id()))
                    .append(",\"start\":").append(t.start()).append(",\"end\":").append(t.end())
                    .append(",\"name\":").append(jsonString(t.name()));
            if (p == null) {
                sb.append(",\"geonameid\":null,\"lat\":null,\"lon\":null,\"country\":null,\"admin1\":null,\"feature\":null");
            } else {
                sb.append(",\"geonameid\":").append(p.geonameidOrNull())
                        .append(String.format(Locale.ROOT, ",\"lat\":%.5f,\"lon\":%.5f", p.lat(), p.lon()))
                        .append(",\"country\":").append(jsonString(p.country3()))
                        .append(",\"admin1\":").append(jsonString(p.admin1Name()))
                        .append(",\"feature\":").append(jsonString(p.featureCode()));
            }
            if (explain) sb.append(",\"why\":").append(jsonString(t.why()));
            sb.append("}\n");
        }
        return sb.toString();
    }

    /** A JSON string literal, quoted by Jackson's encoder, or null. */
    private static String jsonString(String s) {
        return s == null ? "null" : "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }

}
