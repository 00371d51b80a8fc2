package org.dyad.spark;

/**
 * What a run did; sentences and events as `dyad code` counts them.
 *
 * @param partitions the input splits the documents were coded in (Spark's tasks for the coding stage)
 * @param eventsSeconds wall-clock time from listing the input to the events table written; the documents are coded
 *                      inside that write, and the documents and failed tables follow from the cached results
 * @param seconds    wall-clock time of the run, from listing the input to the last table written
 */
public record RunSummary(long documents, long sentences, long events, long failed, int partitions,
                         double eventsSeconds, double seconds) {
    public double documentsPerSecond() { return documents / seconds; }

    public double sentencesPerSecond() { return sentences / seconds; }

    @Override
    public String toString() {
        return String.format("%,d documents, %,d sentences, %,d events, %,d failed; %d input splits, %.1f s "
                        + "(events written after %.1f s; %.2f documents/s, %.1f sentences/s)", documents, sentences, events, failed,
                partitions, seconds, eventsSeconds, documentsPerSecond(), sentencesPerSecond());
    }
}
