package org.dyad.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rule for user SQL ({@code dyad sql}, and any API that passes a query through): exactly one read-only query
 * (SELECT, WITH, FROM, DESCRIBE, SUMMARIZE, ...) over the store's documented views. DuckDB's own parser decides:
 * the query is parsed with {@code json_serialize_sql}, which serializes SELECT statements only, and its tree is
 * walked so that every table it reads is a view (or one of the query's own CTEs) and every table function is a
 * generator such as {@code range}. The connection is also opened read-only with external access off
 * ({@link EventStore#openReadOnly}), so a query that got past this check still could not write or read a file.
 */
final class ReadOnlySql {
    /** The documented views (docs/FORMATS.md). */
    static final List<String> VIEWS = List.of("documents", "events", "mentions", "names", "failures");

    /** Table functions that read nothing outside the query. */
    private static final Set<String> GENERATORS = Set.of("range", "generate_series", "unnest");

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReadOnlySql() {}

    /** Throws IllegalArgumentException, in one line for the user, unless the text is one allowed query. */
    static void check(Connection connection, String query) throws SQLException {
        JsonNode parsed;
        try (PreparedStatement p = connection.prepareStatement("SELECT json_serialize_sql(?)")) {
            p.setString(1, query);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                parsed = JSON.readTree(r.getString(1));
            }
        } catch (IOException e) {
            throw new SQLException("cannot read DuckDB's parse of the query: " + e.getMessage(), e);
        }
        if (parsed.path("error").asBoolean(false)) {
            String type = parsed.path("error_type").asText("");
            if (type.equals("parser")) {
                throw new IllegalArgumentException(oneLine(parsed.path("error_message").asText("syntax error")));
            }
            // DuckDB serializes SELECT statements only: anything else (COPY, INSTALL, ATTACH, SET, ...) lands here.
            // The count below only picks the message; the query is refused either way.
            List<String> parts = statements(query);
            if (parts.size() > 1) throw oneStatementOnly(parts.size());
            throw new IllegalArgumentException("only a read-only query is allowed (SELECT, WITH, DESCRIBE ...), not "
                    + firstWord(parts.isEmpty() ? query : parts.get(0)));
        }
        JsonNode statements = parsed.path("statements");
        if (statements.isEmpty()) throw new IllegalArgumentException("the query is empty");
        if (statements.size() != 1) throw oneStatementOnly(statements.size());
        Set<String> ctes = new HashSet<>();
        collectCtes(statements, ctes);
        walk(statements, ctes);
    }

    private static void collectCtes(JsonNode node, Set<String> out) {
        if (node.isObject()) {
            JsonNode map = node.path("cte_map").path("map");
            for (JsonNode entry : map) out.add(entry.path("key").asText().toLowerCase(Locale.ROOT));
        }
        for (JsonNode child : node) collectCtes(child, out);
    }

    private static void walk(JsonNode node, Set<String> ctes) {
        if (node.isObject()) {
            String type = node.path("type").asText("");
            if (type.equals("BASE_TABLE")) table(node, ctes);
            if (type.equals("TABLE_FUNCTION")) {
                String name = node.path("function").path("function_name").asText("").toLowerCase(Locale.ROOT);
                if (!GENERATORS.contains(name)) {
                    throw new IllegalArgumentException(name + "(...) is not allowed: a query reads the store's views ("
                            + String.join(", ", VIEWS) + "), not files or other sources");
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) walk(it.next().getValue(), ctes);
        } else if (node.isArray()) {
            for (JsonNode child : node) walk(child, ctes);
        }
    }

    private static void table(JsonNode node, Set<String> ctes) {
        String name = node.path("table_name").asText("");
        String schema = node.path("schema_name").asText("");
        String catalog = node.path("catalog_name").asText("");
        String lower = name.toLowerCase(Locale.ROOT);
        boolean plain = catalog.isEmpty() && (schema.isEmpty() || schema.equalsIgnoreCase("main"));
        if (plain && (VIEWS.contains(lower) || schema.isEmpty() && ctes.contains(lower))) return;
        String qualified = (catalog.isEmpty() ? "" : catalog + ".") + (schema.isEmpty() ? "" : schema + ".") + name;
        throw new IllegalArgumentException("'" + qualified + "' is not a view of the store: a query reads "
                + String.join(", ", VIEWS) + " (docs/FORMATS.md)");
    }

    private static IllegalArgumentException oneStatementOnly(int n) {
        return new IllegalArgumentException("one statement only, not " + n + " (a ';' ends the query; nothing may follow it)");
    }

    /**
     * The statements of a text split at semicolons outside quotes and comments, blank ones dropped. Used only to
     * word a refusal, never to decide what runs.
     */
    static List<String> statements(String sql) {
        List<String> out = new java.util.ArrayList<>();
        int start = 0;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int close = sql.indexOf(c, i + 1);
                while (close >= 0 && close + 1 < n && sql.charAt(close + 1) == c) close = sql.indexOf(c, close + 2);
                i = close < 0 ? n : close + 1;
            } else if (c == '-' && sql.startsWith("--", i)) {
                int nl = sql.indexOf('\n', i);
                i = nl < 0 ? n : nl + 1;
            } else if (c == '/' && sql.startsWith("/*", i)) {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else if (c == ';') {
                if (!sql.substring(start, i).isBlank()) out.add(sql.substring(start, i).strip());
                start = ++i;
            } else {
                i++;
            }
        }
        if (start < n && !sql.substring(start).isBlank()) out.add(sql.substring(start).strip());
        return out;
    }

    private static String firstWord(String query) {
        String q = query.strip();
        // Skip leading comments, which the parser allows.
        while (q.startsWith("--") || q.startsWith("/*")) {
            int end = q.startsWith("--") ? q.indexOf('\n') : q.indexOf("*/");
            if (end < 0) return "a comment";
            q = q.substring(end + (q.startsWith("--") ? 1 : 2)).strip();
        }
        String word = q.split("[\\s(;]+", 2)[0];
        return word.isEmpty() ? "an empty statement" : word.toUpperCase(Locale.ROOT);
    }

    private static String oneLine(String message) {
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
