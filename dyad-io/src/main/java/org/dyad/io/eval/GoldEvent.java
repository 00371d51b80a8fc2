package org.dyad.io.eval;

import java.util.Locale;

/**
 * One labelled event of a gold record, as in the common format: {@code {"source", "target", "cameo", "plover",
 * "pentaclass"}}.
 *
 * @param source     the source actor's words in the sentence, a CAMEO actor code ("RUSGOV"), or null: not labelled,
 *                   so not checked
 * @param target     the same for the target
 * @param cameo      a CAMEO event code, or null
 * @param plover     a PLOVER type (or an older draft name such as YIELD), or null
 * @param pentaclass 0 statement, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *                   conflict; or null
 */
public record GoldEvent(String source, String target, String cameo, String plover, String pentaclass) {

    /** What is compared, in this order: the PLOVER type, else the CAMEO root (two digits), else the pentaclass. */
    public enum Kind { PLOVER, CAMEO, PENTACLASS }

    /** A label of one kind: "ACCUSE" (PLOVER), "19" (CAMEO root), "4" (pentaclass). */
    public record Label(Kind kind, String value) {}

    /** The label this event is scored on; null when it carries none (such an event is not counted). */
    public Label label() {
        if (plover != null && !plover.isEmpty()) return new Label(Kind.PLOVER, plover.toUpperCase(Locale.ROOT));
        if (cameo != null && !cameo.isEmpty()) return new Label(Kind.CAMEO, Scorer.prefix(cameo, 2));
        if (pentaclass != null) return new Label(Kind.PENTACLASS, pentaclass);
        return null;
    }

    public static GoldEvent plover(String source, String type, String target) {
        return new GoldEvent(source, target, null, type, null);
    }

    public static GoldEvent cameo(String source, String code, String target) {
        return new GoldEvent(source, target, code, null, null);
    }

    public static GoldEvent pentaclass(String source, String pentaclass, String target) {
        return new GoldEvent(source, target, null, null, pentaclass);
    }
}
