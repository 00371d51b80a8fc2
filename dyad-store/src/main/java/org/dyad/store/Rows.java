package org.dyad.store;

import java.io.IOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Prints a query result as an aligned table, CSV (RFC 4180, with a header), TSV or JSON lines. */
public final class Rows {
    public enum Format {
        TABLE, CSV, TSV, JSONL;

        public static Optional<Format> fromName(String name) {
            if (name == null) return Optional.empty();
            return switch (name.trim().toLowerCase(Locale.ROOT)) {
                case "table", "text" -> Optional.of(TABLE);
                case "csv" -> Optional.of(CSV);
                case "tsv" -> Optional.of(TSV);
                case "jsonl", "json", "ndjson" -> Optional.of(JSONL);
                default -> Optional.empty();
            };
        }
    }

    /** Table cells longer than this are shortened with "…": a sentence would make every row wrap. */
    static final int MAX_CELL = 60;

    private Rows() {}

    /** Writes every row; returns how many. The table format holds the rows to align them; the others stream. */
    public static long print(ResultSet r, Format format, Writer out) throws SQLException, IOException {
        return print(r, format, out, true);
    }

    /** As {@link #print(ResultSet, Format, Writer)}; {@code header} false leaves out CSV's and TSV's header line. */
    public static long print(ResultSet r, Format format, Writer out, boolean header) throws SQLException, IOException {
        ResultSetMetaData m = r.getMetaData();
        int n = m.getColumnCount();
        String[] names = new String[n];
        for (int i = 0; i < n; i++) names[i] = m.getColumnLabel(i + 1);
        long rows = 0;
        switch (format) {
            case TABLE -> {
                List<String[]> cells = new ArrayList<>();
                int[] width = new int[n];
                for (int i = 0; i < n; i++) width[i] = names[i].length();
                while (r.next()) {
                    String[] row = new String[n];
                    for (int i = 0; i < n; i++) {
                        String v = text(r, i + 1, m.getColumnType(i + 1));
                        v = v == null ? "" : shorten(v.replaceAll("\\s+", " "));
                        row[i] = v;
                        width[i] = Math.max(width[i], v.length());
                    }
                    cells.add(row);
                }
                writeRow(out, names, width, m);
                for (String[] row : cells) writeRow(out, row, width, m);
                rows = cells.size();
            }
            case CSV, TSV -> {
                char sep = format == Format.CSV ? ',' : '\t';
                if (header) writeDelimited(out, names, sep);
                while (r.next()) {
                    String[] row = new String[n];
                    for (int i = 0; i < n; i++) row[i] = text(r, i + 1, m.getColumnType(i + 1));
                    writeDelimited(out, row, sep);
                    rows++;
                }
            }
            case JSONL -> {
                while (r.next()) {
                    out.write('{');
                    for (int i = 0; i < n; i++) {
                        if (i > 0) out.write(", ");
                        out.write(Json.string(names[i]));
                        out.write(": ");
                        out.write(jsonValue(r, i + 1, m.getColumnType(i + 1)));
                    }
                    out.write("}\n");
                    rows++;
                }
            }
        }
        out.flush();
        return rows;
    }

    private static void writeRow(Writer out, String[] row, int[] width, ResultSetMetaData m) throws IOException, SQLException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            if (i > 0) line.append("  ");
            String v = row[i] == null ? "" : row[i];
            boolean right = numeric(m.getColumnType(i + 1));
            if (right) line.append(" ".repeat(width[i] - v.length())).append(v);
            else line.append(v).append(i == row.length - 1 ? "" : " ".repeat(width[i] - v.length()));
        }
        out.write(line.toString().stripTrailing());
        out.write('\n');
    }

    static void writeDelimited(Writer out, String[] row, char sep) throws IOException {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) out.write(sep);
            String v = row[i];
            if (v == null) continue;
            if (sep == '\t') {
                out.write(v.replaceAll("[\\t\\r\\n\\u2028\\u2029]+", " "));
            } else if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                out.write('"');
                out.write(v.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(v);
            }
        }
        out.write('\n');
    }

    static boolean numeric(int type) {
        return switch (type) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.FLOAT, Types.REAL, Types.DOUBLE,
                    Types.DECIMAL, Types.NUMERIC -> true;
            default -> false;
        };
    }

    /** A cell as text; doubles without a trailing ".0" noise beyond what the value has. */
    static String text(ResultSet r, int column, int type) throws SQLException {
        Object v = r.getObject(column);
        if (v == null) return null;
        if (v instanceof Double d) return formatDouble(d);
        if (v instanceof Float f) return formatDouble(f.doubleValue());
        return v.toString();
    }

    static String formatDouble(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d) + ".0";
        String s = String.format(Locale.ROOT, "%.4f", d);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s + "0" : s;
    }

    private static String jsonValue(ResultSet r, int column, int type) throws SQLException {
        Object v = r.getObject(column);
        if (v == null) return "null";
        if (v instanceof Boolean b) return b.toString();
        if (v instanceof Number num && numeric(type)) {
            double d = num.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) return "null";
            return v instanceof Double || v instanceof Float ? formatDouble(d) : v.toString();
        }
        return Json.string(v.toString());
    }

    private static String shorten(String s) {
        return s.length() <= MAX_CELL ? s : s.substring(0, MAX_CELL - 1) + "…";
    }
}
