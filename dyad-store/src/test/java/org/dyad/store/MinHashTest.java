package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Wire copies look alike to MinHash; different stories about the same conflict do not. */
class MinHashTest {
    static final String P1 = "Russian forces launched a large missile and drone attack on the Ukrainian capital overnight, "
            + "killing at least nine people and damaging apartment buildings in several districts, city officials said.";
    static final String P2 = "President Volodymyr Zelensky called on Western allies to send more air defence systems, "
            + "saying the strikes showed that Moscow had no interest in the ceasefire proposed by Washington last month.";
    static final String P3 = "The Kremlin said the strikes targeted military facilities and denied hitting civilian areas, "
            + "a claim that Ukrainian emergency services rejected as rescuers searched the rubble through the morning.";
    static final String OTHER = "Finance ministers of the Group of Seven met in Canada on Tuesday to discuss tariffs, "
            + "debt relief for poor countries and the frozen Russian assets that some members want to use for Ukraine, "
            + "while officials said no agreement was expected before the leaders meet in June.";

    @Test
    void aReorderedCopyIsNearlyTheSameStory() {
        long[] original = MinHash.signature(P1 + "\n\n" + P2 + "\n\n" + P3);
        long[] reordered = MinHash.signature(P1 + "\n\n" + P3 + "\n\n" + P2);
        assertTrue(MinHash.similarity(original, reordered) > 0.75, "similarity " + MinHash.similarity(original, reordered));
        assertTrue(shared(original, reordered) >= EventStore.MIN_SHARED_BANDS);
    }

    @Test
    void aDifferentStoryShares_noBands() {
        long[] story = MinHash.signature(P1 + "\n\n" + P2 + "\n\n" + P3);
        long[] other = MinHash.signature(OTHER);
        assertTrue(MinHash.similarity(story, other) < 0.1);
        assertTrue(shared(story, other) < EventStore.MIN_SHARED_BANDS);
    }

    @Test
    void signaturesDoNotDependOnTheRun() {
        // A resumed ingest must compute the bands the first run stored: no per-JVM salt anywhere.
        assertArrayEquals(MinHash.signature("Russia attacked Ukraine on Thursday."),
                MinHash.signature("russia ATTACKED ukraine, on thursday"));
    }

    static int shared(long[] a, long[] b) {
        long[] x = MinHash.bands(a);
        long[] y = MinHash.bands(b);
        int n = 0;
        for (int i = 0; i < x.length; i++) if (x[i] == y[i]) n++;
        return n;
    }
}
