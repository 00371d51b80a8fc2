package org.dyad.spark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * Throughput of the Spark job in local mode, for docs/BENCHMARKS.md: one warm-up run (loads CoreNLP, lets the JIT
 * compile), then timed runs in the same session; prints each run and the peak heap of the JVM, which in local
 * mode is driver and executor in one.
 *
 * <pre>java -Xmx3g -XX:+UseParallelGC @dyad-spark/spark-java17.options \
 *     -cp "dyad-cli/target/lib/*:dyad-spark/target/spark-lib/*" org.dyad.spark.SparkBench CORPUS local[2] [RUNS]</pre>
 */
public final class SparkBench {
    private SparkBench() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) throw new IllegalArgumentException("usage: SparkBench INPUT local[N] [RUNS]");
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "org/dyad/spark/log4j2-local.properties");
        }
        Path out = Files.createTempDirectory("dyad-spark-bench");
        SparkSession spark = SparkCoder.localSession(args[1]);
        try {
            JobOptions options = JobOptions.of(args[0], out.resolve("events").toString()).withOverwrite(true);
            System.out.println("warm-up  " + SparkCoder.run(spark, options));
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
            }
            for (int i = 1; i <= runs; i++) System.out.println("run " + i + "    " + SparkCoder.run(spark, options));
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
            }
            System.out.printf("peak heap %,d MB (%s, -Xmx %,d MB)%n", peak >> 20, args[1],
                    Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            spark.stop();
        }
    }
}
