package org.dyad.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Query parameters, checked before any SQL sees them. A bad value is a 400 that names the parameter; values that
 * pass are still only ever used as bound parameters.
 */
final class Params {
    /** CAMEO actor codes and prefixes: "RUS", "RUSGOV", "IGOWSTNAT". */
    static final Pattern ACTOR = Pattern.compile("[A-Z0-9]{1,30}");
    /** CAMEO event codes and prefixes: "19", "1312", "0871". */
    static final Pattern CAMEO = Pattern.compile("[0-9]{1,4}");
    /** PLOVER types: "THREATEN", "ASSAULT", "CONSULT". */
    static final Pattern PLOVER = Pattern.compile("[A-Z_]{2,30}");
    static final Set<String> MODALITIES = Set.of("asserted", "negated", "planned", "hypothetical");
    static final int MAX_TEXT = 200;

    private final Context ctx;

    Params(Context ctx) {
        this.ctx = ctx;
    }

    /** The value, trimmed; null when absent or empty. */
    String string(String name) {
        String v = ctx.queryParam(name);
        if (v == null) return null;
        v = v.strip();
        return v.isEmpty() ? null : v;
    }

    LocalDate date(String name) {
        String v = string(name);
        if (v == null) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiError.badParameter(name, name + " must be an ISO date such as 2021-12-28, not \"" + clip(v) + "\"");
        }
    }

    int integer(String name, int fallback, int min, int max) {
        String v = string(name);
        if (v == null) return fallback;
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ApiError.badParameter(name, name + " must be a whole number, not \"" + clip(v) + "\"");
        }
        if (n < min || n > max) {
            throw ApiError.badParameter(name, name + " must be between " + min + " and " + max + ", not " + n);
        }
        return n;
    }

    String matching(String name, Pattern pattern, String what) {
        String v = string(name);
        if (v == null) return null;
        String upper = pattern == CAMEO ? v : v.toUpperCase(java.util.Locale.ROOT);
        if (!pattern.matcher(upper).matches()) {
            throw ApiError.badParameter(name, name + " must be " + what + ", not \"" + clip(v) + "\"");
        }
        return upper;
    }

    String oneOf(String name, Set<String> allowed, String fallback) {
        String v = string(name);
        if (v == null) return fallback;
        String lower = v.toLowerCase(java.util.Locale.ROOT);
        if (!allowed.contains(lower)) {
            throw ApiError.badParameter(name, name + " must be one of " + new java.util.TreeSet<>(allowed) + ", not \"" + clip(v) + "\"");
        }
        return lower;
    }

    String text(String name) {
        String v = string(name);
        if (v != null && v.length() > MAX_TEXT) {
            throw ApiError.badParameter(name, name + " is longer than " + MAX_TEXT + " characters");
        }
        return v;
    }

    boolean bool(String name, boolean fallback) {
        String v = string(name);
        if (v == null) return fallback;
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiError.badParameter(name, name + " must be true or false, not \"" + clip(v) + "\"");
        };
    }

    /** The period from..to, checked to run forwards. */
    LocalDate[] period() {
        LocalDate from = date("from");
        LocalDate to = date("to");
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiError.badParameter("to", "to (" + to + ") is before from (" + from + ")");
        }
        return new LocalDate[] {from, to};
    }

    /** Echoing a bad value helps; echoing a megabyte of it does not. */
    static String clip(String v) {
        return v.length() <= 40 ? v : v.substring(0, 40) + "…";
    }
}
