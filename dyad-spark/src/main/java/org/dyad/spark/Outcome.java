package org.dyad.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * What one input record (a JSONL line, or a whole text/HTML/XML file) gave: its documents' rows, their events'
 * rows, and a failed row for each document that could not be read or coded.
 */
final class Outcome implements Serializable {
    final List<Row> documents = new ArrayList<>(1);
    final List<Row> events = new ArrayList<>();
    final List<Row> failed = new ArrayList<>(0);
}
