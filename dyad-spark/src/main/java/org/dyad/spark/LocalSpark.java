package org.dyad.spark;

/**
 * Local mode for the command line ({@code ./dyad spark}): checks that this JVM can run Spark, then runs the job
 * in it. No Spark type appears here, so the CLI can load this class and explain what is missing.
 */
public final class LocalSpark {
    private LocalSpark() {}

    /** Why Spark cannot run in this JVM, or null if it can. */
    public static String whyNot() {
        try {
            Class.forName("org.apache.spark.sql.SparkSession", false, LocalSpark.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return "Spark is not on the class path: run through ./dyad, which adds dyad-spark/target/spark-lib "
                    + "(built by `mvn package`)";
        }
        if (!Object.class.getModule().isOpen("sun.nio.ch", LocalSpark.class.getModule())) {
            return "Spark on Java 17 needs the JVM options in dyad-spark/spark-java17.options "
                    + "(java @dyad-spark/spark-java17.options ...); ./dyad adds them";
        }
        return null;
    }

    /**
     * Runs the job on {@code master} (local[N]) in this JVM. Spark logs only warnings, on stderr, unless a
     * log4j2 configuration is named already.
     */
    public static RunSummary run(String master, JobOptions options) {
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "org/dyad/spark/log4j2-local.properties");
        }
        return SparkCoder.runLocal(master, options);
    }
}
