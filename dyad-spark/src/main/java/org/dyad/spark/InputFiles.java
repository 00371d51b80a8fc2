package org.dyad.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The input files of a run, listed on the driver from any Hadoop file system and sorted by how they are read:
 * JSONL (one document a line, split across tasks by byte ranges; .gz and .bz2 work as Hadoop reads them), whole
 * files (text, HTML, PETRARCH XML: one file, one task record) and what this job cannot read (WARC, for now).
 * Files and directories whose names start with "_" or "." (Spark's _SUCCESS, checksums) are skipped.
 */
record InputFiles(List<String> jsonl, long jsonlBytes, List<String> whole, Map<String, LocalDate> modified,
                  List<String> unsupported) {

    static InputFiles list(String input, Configuration conf) {
        List<String> jsonl = new ArrayList<>();
        List<String> whole = new ArrayList<>();
        List<String> unsupported = new ArrayList<>();
        Map<String, LocalDate> modified = new HashMap<>();
        long[] jsonlBytes = {0};
        try {
            for (String one : input.split(",")) {
                if (one.isBlank()) continue;
                Path pattern = new Path(one.strip());
                FileSystem fs = pattern.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(pattern);
                if (matches == null || matches.length == 0) {
                    throw new IllegalArgumentException("no such input: " + one.strip());
                }
                for (FileStatus match : matches) {
                    if (match.isFile()) {
                        add(match, jsonl, whole, unsupported, modified, jsonlBytes);
                        continue;
                    }
                    RemoteIterator<LocatedFileStatus> files = fs.listFiles(match.getPath(), true);
                    while (files.hasNext()) {
                        LocatedFileStatus f = files.next();
                        if (!hidden(f.getPath(), match.getPath())) add(f, jsonl, whole, unsupported, modified, jsonlBytes);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + input + ": " + e.getMessage(), e);
        }
        // Sorted, so that the same input gives the same splits and the same file order on every run.
        jsonl.sort(null);
        whole.sort(null);
        unsupported.sort(null);
        return new InputFiles(jsonl, jsonlBytes[0], whole, modified, unsupported);
    }

    boolean isEmpty() {
        return jsonl.isEmpty() && whole.isEmpty() && unsupported.isEmpty();
    }

    private static void add(FileStatus f, List<String> jsonl, List<String> whole, List<String> unsupported,
                            Map<String, LocalDate> modified, long[] jsonlBytes) {
        String path = f.getPath().toString();
        String name = f.getPath().getName().toLowerCase(Locale.ROOT);
        String plain = name.replaceFirst("\\.(gz|bz2|deflate|zst)$", "");
        if (plain.endsWith(".jsonl") || plain.endsWith(".ndjson")) {
            jsonl.add(path);
            jsonlBytes[0] += f.getLen();
        } else if (plain.endsWith(".warc") || plain.endsWith(".arc")) {
            unsupported.add(path);
        } else {
            whole.add(path);
            modified.put(path, LocalDate.ofInstant(Instant.ofEpochMilli(f.getModificationTime()), ZoneId.systemDefault()));
        }
    }

    /** A name starting with "_" or "." anywhere below the listed directory. */
    private static boolean hidden(Path file, Path root) {
        for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
            String n = p.getName();
            if (n.startsWith("_") || n.startsWith(".")) return true;
        }
        return false;
    }
}
