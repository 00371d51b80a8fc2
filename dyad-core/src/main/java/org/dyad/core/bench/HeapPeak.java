package org.dyad.core.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The peak heap of this JVM, as the benchmarks report it (`dyad bench`, the Spark bench): the sum of the heap
 * pools' peaks since the last {@link #reset()}, an upper bound on the heap in use at any one time.
 */
public final class HeapPeak {
    private HeapPeak() {}

    /** Starts a new measurement (after a warm-up, say). */
    public static void reset() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        }
    }

    public static long bytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }
}
