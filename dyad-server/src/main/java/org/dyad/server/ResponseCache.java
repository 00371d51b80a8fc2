package org.dyad.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Recently given JSON answers, least recently used out first, bounded by count and by bytes. Only for answers
 * from a read-only store, which cannot change under the server.
 */
final class ResponseCache {
    private final int maxEntries;
    private final long maxBytes;
    private long bytes;
    private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(256, 0.75f, true);

    ResponseCache(int maxEntries, long maxBytes) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    /** The same question asked with its parameters in another order is the same question. */
    static String key(String path, Map<String, List<String>> query) {
        return path + "?" + new TreeMap<>(query);
    }

    synchronized byte[] get(String key) {
        return entries.get(key);
    }

    synchronized void put(String key, byte[] body) {
        if (body.length > maxBytes / 16) return;  // one huge page must not flush everything else
        byte[] old = entries.put(key, body);
        if (old != null) bytes -= old.length;
        bytes += body.length;
        var it = entries.entrySet().iterator();
        while ((entries.size() > maxEntries || bytes > maxBytes) && it.hasNext()) {
            bytes -= it.next().getValue().length;
            it.remove();
        }
    }
}
