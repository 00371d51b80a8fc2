package org.dyad.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.dyad.core.bench.HeapPeak;

/**
 * Throughput of the Spark job in local mode, for docs/BENCHMARKS.md. One warm-up run per master (loads CoreNLP,
 * lets the JIT compile), then timed rounds that alternate the masters in the same JVM, so that a slow minute
 * on a shared machine slows every master alike and the ratio between them stays meaningful. Prints each run, the
 * best run per master, the ratio of the best runs to the first master's, and the JVM's peak heap (in local mode
 * driver and executor are one JVM).
 *
 * <pre>java -Xmx3g -XX:+UseParallelGC @dyad-spark/spark-java17.options \
 *     -cp "dyad-cli/target/lib/*:dyad-spark/target/spark-lib/*" org.dyad.spark.SparkBench CORPUS \
 *     [--masters local[1],local[2]] [--rounds 3] [--splits-per-core N]</pre>
 */
public final class SparkBench {
    private SparkBench() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            throw new IllegalArgumentException(
                    "usage: SparkBench INPUT [--masters local[1],local[2]] [--rounds N] [--splits-per-core N] [--repeat N]");
        }
        List<String> masters = List.of("local[1]", "local[2]");
        int rounds = 3;
        int splits = JobOptions.DEFAULT_SPLITS_PER_CORE;
        int repeat = 1;
        for (int i = 1; i < args.length; i += 2) {
            if (i + 1 >= args.length) throw new IllegalArgumentException(args[i] + " needs a value");
            switch (args[i]) {
                case "--masters" -> masters = List.of(args[i + 1].split(","));
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--splits-per-core" -> splits = Integer.parseInt(args[i + 1]);
                case "--repeat" -> repeat = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "org/dyad/spark/log4j2-local.properties");
        }
        Path out = Files.createTempDirectory("dyad-spark-bench");
        String input = repeat == 1 ? args[0] : repeated(Path.of(args[0]), repeat, out.resolve("input.jsonl")).toString();
        JobOptions options = JobOptions.of(input, out.resolve("events").toString())
                .withOverwrite(true).withSplitsPerCore(splits);

        for (String master : masters) System.out.println("warm-up " + master + "  " + SparkCoder.runLocal(master, options));
        HeapPeak.reset();
        Map<String, List<RunSummary>> runs = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (String master : masters) {
                RunSummary s = SparkCoder.runLocal(master, options);
                runs.computeIfAbsent(master, m -> new ArrayList<>()).add(s);
                System.out.println("round " + round + " " + master + "  " + s);
            }
        }
        double base = 0;
        for (Map.Entry<String, List<RunSummary>> e : runs.entrySet()) {
            RunSummary best = e.getValue().stream()
                    .max((a, b) -> Double.compare(a.sentencesPerSecond(), b.sentencesPerSecond())).orElseThrow();
            if (base == 0) base = best.sentencesPerSecond();
            System.out.printf("best %-10s %.1f s (events written after %.1f s), %.1f sentences/s, %.2fx%n", e.getKey(), best.seconds(),
                    best.eventsSeconds(), best.sentencesPerSecond(), best.sentencesPerSecond() / base);
        }
        if (masters.size() == 2) {
            // Round by round, the second master against the first: the spread shows how much the machine wandered.
            List<Double> ratios = new ArrayList<>();
            List<RunSummary> first = runs.get(masters.get(0)), second = runs.get(masters.get(1));
            for (int i = 0; i < rounds; i++) ratios.add(second.get(i).sentencesPerSecond() / first.get(i).sentencesPerSecond());
            List<Double> sorted = ratios.stream().sorted().toList();
            double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                    : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
            System.out.printf("per round %s / %s: %s, median %.2fx%n", masters.get(1), masters.get(0),
                    ratios.stream().map(r -> String.format("%.2fx", r)).toList(), median);
        }
        System.out.printf("peak heap %,d MB (-Xmx %,d MB)%n", HeapPeak.bytes() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    /**
     * A JSONL corpus written {@code times} times over, each copy's ids suffixed ("8011115#2"): a longer run of the
     * same text, so that what a run pays once (job start, the last task's tail, writing the tables) weighs less
     * against the coding, as it would on a real archive.
     */
    private static Path repeated(Path corpus, int times, Path to) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = Files.readAllLines(corpus);
        List<String> out = new ArrayList<>();
        for (int copy = 1; copy <= times; copy++) {
            for (String line : lines) {
                if (line.isBlank()) continue;
                ObjectNode doc = (ObjectNode) json.readTree(line);
                doc.put("id", doc.path("id").asText() + "#" + copy);
                out.add(json.writeValueAsString(doc));
            }
        }
        return Files.write(to, out);
    }
}
