package org.dyad.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The Spark job: reads documents from any Hadoop-compatible path, codes each partition with the executor's one
 * pipeline ({@link Pipeline}), and writes under OUTPUT:
 * <ul>
 *   <li>{@code events/year=YYYY/month=M/} — Parquet, the JSONL contract's fields ({@link Tables#EVENTS});</li>
 *   <li>{@code documents/} — one row per document coded, with its counts and warnings;</li>
 *   <li>{@code failed/} — one row per document or file that could not be read or coded, with the error.</li>
 * </ul>
 * Each document is coded alone and by the same code as {@code dyad code}, so the events do not depend on how the
 * input is split or on how many executors there are. docs/SPARK.md has the spark-submit line.
 */
public final class SparkCoder {
    private SparkCoder() {}

    /** spark-submit entry point: {@code INPUT OUTPUT [--date YYYY-MM-DD] [--max-words N] [--max-sentence-tokens N] [--splits-per-core N] [--overwrite]}. */
    public static void main(String[] args) {
        JobOptions options = parse(args);
        SparkSession spark = SparkSession.builder().appName("dyad").getOrCreate();
        try {
            RunSummary s = run(spark, options);
            System.err.println("dyad: " + s);
        } finally {
            spark.stop();
        }
    }

    /**
     * A local-mode session in this JVM, as `./dyad spark` and the tests use it: no web UI, bound to the loopback
     * address, few shuffle partitions (the only shuffle groups events by month), and local files written without a
     * process per file ({@link ForklessLocalFileSystem}).
     */
    public static SparkSession localSession(String master) {
        return SparkSession.builder()
                .appName("dyad")
                .master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "8")
                .config("spark.hadoop.fs.file.impl", ForklessLocalFileSystem.class.getName())
                .getOrCreate();
    }

    /** Runs the job in local mode ({@code local[N]}) in this JVM and stops the session. */
    public static RunSummary runLocal(String master, JobOptions options) {
        SparkSession spark = localSession(master);
        try {
            return run(spark, options);
        } finally {
            spark.stop();
        }
    }

    public static RunSummary run(SparkSession spark, JobOptions options) {
        long t0 = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = jsc.hadoopConfiguration();
        prepareOutput(options, conf);
        InputFiles files = InputFiles.list(options.input(), conf);
        if (files.isEmpty()) throw new IllegalArgumentException("no input files in " + options.input());

        int tasks = Math.max(1, jsc.defaultParallelism() * options.splitsPerCore());
        RecordCoder coder = new RecordCoder(options);
        List<JavaRDD<Outcome>> parts = new ArrayList<>();
        if (!files.jsonl().isEmpty()) parts.add(jsonl(jsc, files, tasks, coder));
        if (!files.whole().isEmpty()) parts.add(wholeFiles(jsc, files, tasks, coder));
        if (!files.unsupported().isEmpty()) {
            List<Outcome> refused = new ArrayList<>();
            for (String f : files.unsupported()) {
                Outcome o = new Outcome();
                o.failed.add(Tables.failed(f, null, "read", "WARC input is not read by dyad spark yet"));
                refused.add(o);
            }
            parts.add(jsc.parallelize(refused, 1));
        }
        JavaRDD<Outcome> outcomes = parts.size() == 1 ? parts.get(0)
                : jsc.union(parts.toArray(JavaRDD[]::new));
        // Coding is the expensive part; the three tables are written from one pass over the input.
        outcomes.persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            Dataset<Row> events = spark.createDataFrame(outcomes.flatMap(o -> o.events.iterator()), Tables.EVENTS);
            // The events write is the first action: its tasks code the documents (caching the outcomes) and
            // shuffle the events by month in one stage. One sorted file per month: the same input gives the
            // same files, whatever the partitioning.
            events.repartition(col("year"), col("month"))
                    .sortWithinPartitions("year", "month", "doc", "sentence", "cameo", "source.code", "target.code")
                    .write().mode(SaveMode.ErrorIfExists).partitionBy("year", "month")
                    .parquet(options.output() + "/events");
            double eventsWritten = (System.nanoTime() - t0) / 1e9;
            Dataset<Row> documents = spark.createDataFrame(outcomes.flatMap(o -> o.documents.iterator()), Tables.DOCUMENTS);
            Dataset<Row> failed = spark.createDataFrame(outcomes.flatMap(o -> o.failed.iterator()), Tables.FAILED);
            // The other two tables come from the cached outcomes. Their writes are independent jobs that spend
            // most of their time opening, committing and renaming files, so they are submitted together.
            writeAll(List.of(
                    // One file per core rather than per input split: a row per document is small.
                    () -> documents.coalesce(jsc.defaultParallelism()).write().mode(SaveMode.ErrorIfExists)
                            .parquet(options.output() + "/documents"),
                    () -> failed.coalesce(1).write().mode(SaveMode.ErrorIfExists).parquet(options.output() + "/failed")));
            long[] counts = outcomes.map(SparkCoder::counts).fold(new long[4], SparkCoder::add);
            return new RunSummary(counts[0], counts[1], counts[2], counts[3], outcomes.getNumPartitions(), eventsWritten,
                    (System.nanoTime() - t0) / 1e9);
        } finally {
            outcomes.unpersist(false);
        }
    }

    /** Runs the writes as concurrent Spark jobs and waits for all; the first failure is rethrown as it was. */
    private static void writeAll(List<Runnable> writes) {
        ExecutorService pool = Executors.newFixedThreadPool(writes.size(), r -> {
            Thread t = new Thread(r, "dyad-write");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Runnable w : writes) running.add(pool.submit(w));
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) throw r;
                    if (e.getCause() instanceof Error err) throw err;
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while writing the output", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** JSONL by byte ranges: a file of millions of lines is split across tasks, each line read once. */
    private static JavaRDD<Outcome> jsonl(JavaSparkContext jsc, InputFiles files, int tasks, RecordCoder coder) {
        Configuration conf = new Configuration(jsc.hadoopConfiguration());
        // Small corpora are cut into several splits per core so both cores get work; large ones keep HDFS blocks.
        long split = Math.max(16 << 10, Math.min(128L << 20, files.jsonlBytes() / tasks + 1));
        conf.setLong("mapreduce.input.fileinputformat.split.maxsize", split);
        @SuppressWarnings("unchecked")
        JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(
                String.join(",", files.jsonl()), TextInputFormat.class, LongWritable.class, Text.class, conf);
        return lines.mapPartitionsWithInputSplit((split0, records) -> {
            String file = ((FileSplit) split0).getPath().toString();
            return map(records, r -> coder.jsonLine(file + "@" + r._1().get(), r._2().copyBytes()));
        }, false);
    }

    /** Text, HTML and PETRARCH XML: each file is read whole by the reader its extension or content calls for. */
    private static JavaRDD<Outcome> wholeFiles(JavaSparkContext jsc, InputFiles files, int tasks, RecordCoder coder) {
        Broadcast<Map<String, LocalDate>> modified = jsc.broadcast(files.modified());
        return jsc.binaryFiles(String.join(",", files.whole()), tasks).mapPartitions(records -> map(records,
                r -> coder.wholeFile(r._1(), modified.value().get(r._1()), r._2()::open)));
    }

    /** A lazy map over a partition: records are coded one at a time as Spark pulls them, never all held. */
    private static <A, B> Iterator<B> map(Iterator<A> in, java.util.function.Function<A, B> f) {
        return new Iterator<>() {
            @Override public boolean hasNext() { return in.hasNext(); }

            @Override public B next() { return f.apply(in.next()); }
        };
    }

    private static long[] counts(Outcome o) {
        long sentences = 0;
        for (Row d : o.documents) sentences += d.getInt(Tables.DOCUMENTS.fieldIndex("sentences"));
        return new long[] {o.documents.size(), sentences, o.events.size(), o.failed.size()};
    }

    private static long[] add(long[] a, long[] b) {
        return new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]};
    }

    /** Refuses to mix two runs in one directory, unless asked to replace it. */
    private static void prepareOutput(JobOptions options, Configuration conf) {
        try {
            Path out = new Path(options.output());
            FileSystem fs = out.getFileSystem(conf);
            if (fs.exists(out)) {
                if (!options.overwrite()) {
                    throw new IllegalArgumentException("output " + options.output() + " exists (use --overwrite to replace it)");
                }
                fs.delete(out, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare output " + options.output() + ": " + e.getMessage(), e);
        }
    }

    static JobOptions parse(String[] args) {
        List<String> positional = new ArrayList<>();
        JobOptions o = JobOptions.of("", "");
        LocalDate date = null;
        int maxWords = o.maxWords(), maxTokens = o.maxSentenceTokens(), splits = o.splitsPerCore();
        boolean overwrite = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--date" -> date = LocalDate.parse(value(args, ++i));
                case "--max-words" -> maxWords = Integer.parseInt(value(args, ++i));
                case "--max-sentence-tokens" -> maxTokens = Integer.parseInt(value(args, ++i));
                case "--splits-per-core" -> splits = Integer.parseInt(value(args, ++i));
                case "--overwrite" -> overwrite = true;
                default -> {
                    if (args[i].startsWith("--")) throw new IllegalArgumentException("unknown option " + args[i]);
                    positional.add(args[i]);
                }
            }
        }
        if (positional.size() != 2) {
            throw new IllegalArgumentException("usage: SparkCoder INPUT OUTPUT [--date YYYY-MM-DD] [--max-words N] "
                    + "[--max-sentence-tokens N] [--splits-per-core N] [--overwrite]");
        }
        return new JobOptions(positional.get(0), positional.get(1), date, maxWords, maxTokens, splits, overwrite);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) throw new IllegalArgumentException(args[i - 1] + " needs a value");
        return args[i];
    }
}
