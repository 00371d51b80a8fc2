package org.dyad.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * MinHash signatures over word shingles, and their locality-sensitive bands: the usual way to find wire copies
 * and republished stories among millions without comparing every pair.
 *
 * <p>A story is lower-cased, split into words, and cut into overlapping {@value #SHINGLE_WORDS}-word shingles.
 * Two stories' Jaccard similarity (shared shingles over all shingles) is estimated by the share of the
 * {@value #HASHES} minimum hashes they agree on. The signature is cut into {@value #BANDS} bands of
 * {@value #ROWS} rows; stories that agree on a whole band are candidates. With these numbers a pair at Jaccard 0.5
 * agrees on at least two bands with probability above 0.9, a pair at 0.2 almost never. A changed headline or a
 * moved paragraph changes only the few shingles that cross the edits, so copies stay well above 0.5.
 *
 * <p>Everything here is deterministic across runs and machines: the word hash is our own 64-bit FNV-1a, not
 * {@code String.hashCode} salted by anything, so a resumed ingest computes the same bands as the first run.
 */
public final class MinHash {
    public static final int SHINGLE_WORDS = 4;
    public static final int HASHES = 128;
    public static final int BANDS = 32;
    public static final int ROWS = HASHES / BANDS;

    private MinHash() {}

    /** The signature of a text: {@value #HASHES} minimum hashes, or null when the text has no words. */
    public static long[] signature(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) return null;
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        int shingles = Math.max(1, words.size() - SHINGLE_WORDS + 1);
        for (int i = 0; i < shingles; i++) {
            long h = 0xcbf29ce484222325L;
            for (int w = i; w < Math.min(words.size(), i + SHINGLE_WORDS); w++) {
                h = fnv(h, words.get(w));
                h = fnv(h, " ");
            }
            for (int k = 0; k < HASHES; k++) {
                long v = mix(h ^ SEEDS[k]);
                if (v < sig[k]) sig[k] = v;
            }
        }
        return sig;
    }

    /** One key per band: stories with an equal key in the same band are near-duplicate candidates. */
    public static long[] bands(long[] signature) {
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = 0x9E3779B97F4A7C15L * (b + 1);
            for (int r = 0; r < ROWS; r++) h = mix(h ^ signature[b * ROWS + r]);
            keys[b] = h;
        }
        return keys;
    }

    /** Estimated Jaccard similarity from the number of bands two stories share: (m / BANDS)^(1 / ROWS). */
    public static double similarityFromBands(int sharedBands) {
        return Math.pow((double) sharedBands / BANDS, 1.0 / ROWS);
    }

    /** Estimated Jaccard similarity of two signatures: the share of equal minimum hashes. */
    public static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) if (a[i] == b[i]) same++;
        return (double) same / HASHES;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                w.append(c);
            } else if (w.length() > 0) {
                words.add(w.toString());
                w.setLength(0);
            }
        }
        if (w.length() > 0) words.add(w.toString());
        return words;
    }

    private static long fnv(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: a cheap, well-mixed 64-bit permutation. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static final long[] SEEDS = new long[HASHES];

    static {
        long s = 0x5DEECE66DL;
        for (int i = 0; i < HASHES; i++) {
            s += 0x9E3779B97F4A7C15L;
            SEEDS[i] = mix(s);
        }
    }
}
