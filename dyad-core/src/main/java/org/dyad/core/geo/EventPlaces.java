package org.dyad.core.geo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dyad.core.model.AnnotatedSentence;
import org.dyad.core.model.Dependency;
import org.dyad.core.model.Event;
import org.dyad.core.model.Location;

/**
 * Gives each event of a story the place where the act happened, from the GeoNames gazetteer (docs/GEO.md):
 * the location phrase of the event's own clause ("in/near/at/off X"), else the event's target when it is a place
 * ("captured Goma"), else the dateline's place; otherwise none. Thread-safe.
 */
public final class EventPlaces {
    /** Prepositions that make a clause's place: "clashed in Portland", "shelling near Kharkiv", "off Taiwan". */
    static final Set<String> LOCATIVE_CASES = Set.of("in", "at", "near", "off", "outside");

    private final GeoParser parser;

    public EventPlaces(GeoParser parser) {
        this.parser = parser;
    }

    /** The events with their locations filled; events and their order are unchanged. */
    public List<Event> locate(String text, List<AnnotatedSentence> sentences, List<Event> events) {
        if (events.isEmpty()) return events;
        Set<String> actorCountries = new LinkedHashSet<>();
        for (Event e : events) {
            if (e.source() != null && e.source().code().length() >= 3) actorCountries.add(e.source().code().substring(0, 3));
            if (e.target() != null && e.target().code().length() >= 3) actorCountries.add(e.target().code().substring(0, 3));
        }
        List<Toponym> toponyms = parser.parse(text, sentences, actorCountries);
        Toponym dateline = null;
        for (Toponym t : toponyms) if (t.dateline() && t.place() != null) dateline = t;
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            Location loc = locate(e, sentenceOf(sentences, e.sentence()), toponyms, dateline);
            out.add(loc == null && e.location() == null ? e : withLocation(e, loc != null ? loc : e.location()));
        }
        return out;
    }

    private static AnnotatedSentence sentenceOf(List<AnnotatedSentence> sentences, int index) {
        for (AnnotatedSentence s : sentences) if (s.index() == index) return s;
        return null;
    }

    private static Location locate(Event e, AnnotatedSentence s, List<Toponym> toponyms, Toponym dateline) {
        List<Toponym> here = new ArrayList<>();
        for (Toponym t : toponyms) if (t.sentence() == e.sentence() && t.place() != null && !t.adjective()) here.add(t);
        // 1. The clause's own place. The coder found the predicate's "in/at/near" phrase: take that name's place.
        if (e.location() != null) {
            String key = GeoNames.key(e.location().name());
            for (Toponym t : here) {
                if (GeoNames.key(t.name()).equals(key) || t.place().name().equalsIgnoreCase(e.location().name())) {
                    return location(t, "clause");
                }
            }
        }
        // Else a place in a locative phrase that hangs on a verb ("protesters clashed ... in Portland") or on its
        // object; a place that only qualifies a subject ("police in Portland said") is not where the act was.
        if (s != null && s.isParsed()) {
            for (Toponym t : here) {
                if (verbLocative(s, t)) return location(t, "clause");
            }
        }
        // 2. The target is a place: "captured Goma", "shelled Kharkiv".
        if (e.target() != null) {
            String key = GeoNames.key(e.target().text());
            for (Toponym t : here) {
                if (t.place().featureClass() == 'P' && GeoNames.key(t.name()).equals(key)) return location(t, "target");
            }
        }
        // 3. The dateline.
        if (dateline != null) return location(dateline, "dateline");
        return null;
    }

    private static boolean verbLocative(AnnotatedSentence s, Toponym t) {
        for (int head = t.tokenBegin(); head < t.tokenEnd(); head++) {
            for (Dependency d : s.dependencies()) {
                if (d.dependent() != head || d.governor() < 0) continue;
                String r = d.relation();
                if (!r.startsWith("obl:") && !r.startsWith("nmod:")) continue;
                String prep = r.substring(r.indexOf(':') + 1);
                if (!LOCATIVE_CASES.contains(prep)) continue;
                if (s.token(d.governor()).isVerb()) return true;
                // "held talks in Geneva", "shelled positions near Bakhmut": the act's object noun carries it.
                for (Dependency up : s.dependencies()) {
                    if (up.dependent() == d.governor() && up.governor() >= 0 && up.relation().equals("obj")
                            && s.token(up.governor()).isVerb()) return true;
                }
            }
        }
        return false;
    }

    static Location location(Toponym t, String basis) {
        GeoPlace p = t.place();
        // The place as the story names it ("Geneva", not GeoNames' "Genève"); an adjective ("Russian") by its name.
        return new Location(t.adjective() || t.name() == null ? p.name() : asWritten(t.name()), p.country3(), p.lat(), p.lon(), p.geonameidOrNull(),
                p.isCountry() ? null : p.admin1Name(), p.isCountry() || p.admin1().isEmpty() ? null : p.admin1(),
                p.featureCode(), basis);
    }

    /** A dateline's capitals ("KHARKIV") as a name is written ("Kharkiv"); other names as they stand. */
    private static String asWritten(String name) {
        if (!name.equals(name.toUpperCase(java.util.Locale.ROOT))) return name;
        StringBuilder b = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toCharArray()) {
            b.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }

    private static Event withLocation(Event e, Location l) {
        return new Event(e.doc(), e.sentence(), e.text(), e.spanBegin(), e.spanEnd(), e.source(), e.target(), e.cameo(),
                e.plover(), e.date(), e.dateBasis(), e.datePrecision(), e.modality(), l);
    }
}
