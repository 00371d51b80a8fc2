package org.dyad.core.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.model.AnnotatedSentence;
import org.dyad.core.model.Token;

/**
 * Finds the place names of a document and chooses a place for each (docs/GEO.md). Stateless and thread-safe.
 *
 * <p>Recognition: the longest gazetteer name over capitalised tokens, NER LOCATION spans where CoreNLP's NER
 * ran, country adjectives and demonyms ("Russian", "Georgians"), and place names that begin an organisation's
 * name ("Paris police"). A name tagged PERSON is no place.
 *
 * <p>Resolution scores each candidate by a prior (country, then division, then population and seat of
 * government) plus what the story says: "X, Y" restricts X to the division or country Y; the dateline's and the
 * other places' countries and divisions, and the countries of the story's actors, favour candidates that share
 * them. One name keeps one place throughout a story.
 */
public final class GeoParser {
    private static final Set<String> LOCATION_TAGS = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "GPE");
    private static final Set<String> CONNECTORS = Set.of("of", "de", "la", "le", "du", "del", "des", "da", "al", "el",
            "upon", "on", "the", "and", "y", "am", "an", "sur");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "outside", "across", "into",
            "toward", "towards", "throughout", "around", "to", "inside", "via", "through");
    /** Capitalised words that gazetteers list as towns but that news uses as something else. */
    private static final Set<String> NOT_PLACES = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "god", "president", "governor", "mayor", "senator", "police", "city", "county", "state", "north", "south",
            "east", "west", "central", "university", "college", "church", "street", "avenue", "road", "park", "lake",
            "river", "hospital", "school", "center", "centre", "department", "army", "court", "council", "democrat",
            "republican", "christian", "catholic", "muslim", "christmas", "easter", "internet", "union", "federal",
            "national", "independence", "ap", "reuters", "afp", "news", "post", "times", "mr", "mrs", "ms", "dr",
            "com", "people", "home", "man", "best", "about", "of", "be", "on", "the", "a", "new", "old", "san",
            "saint", "st", "fort", "port", "mount", "bay", "beach", "island", "islands", "valley", "hills", "springs",
            "obama", "trump", "bush", "clinton", "kennedy", "lincoln", "king", "queen", "prince", "victoria",
            "english", "french", "spanish", "european", "western", "eastern", "northern", "southern", "asian",
            "african", "arab", "latin", "hispanic", "islamic", "jewish", "middle", "date", "time", "today",
            "tomorrow", "yesterday", "page", "photo", "video", "more", "click", "here", "read", "email", "share");

    private static final Map<String, String> ISO2_OF_ISO3 = new HashMap<>();

    static {
        for (String iso2 : Locale.getISOCountries()) ISO2_OF_ISO3.put(GeoPlace.iso3(iso2), iso2);
        ISO2_OF_ISO3.put("XKX", "XK");
    }

    private final GeoNames gazetteer;

    public GeoParser(GeoNames gazetteer) {
        this.gazetteer = gazetteer;
    }

    public GeoNames gazetteer() {
        return gazetteer;
    }

    /** The place names of a document, in text order, each with its chosen place. */
    public List<Toponym> parse(String text, List<AnnotatedSentence> sentences) {
        return parse(text, sentences, Set.of());
    }

    /**
     * @param actorCountries ISO-3 codes of the countries of the story's actors: candidates there are favoured
     */
    public List<Toponym> parse(String text, List<AnnotatedSentence> sentences, Collection<String> actorCountries) {
        List<Mention> mentions = new ArrayList<>();
        for (AnnotatedSentence s : sentences) recognise(text, s, mentions);
        markDateline(text, mentions);
        resolve(mentions, actorCountries);
        List<Toponym> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.add(new Toponym(m.start, m.end, text.substring(m.start, m.end), m.chosen, m.sentence, m.tokenBegin,
                    m.tokenEnd, m.adjective, m.dateline, m.why, m.ranked.size() > 5 ? m.ranked.subList(0, 5) : m.ranked));
        }
        return out;
    }

    // ---- recognition -----------------------------------------------------------------------------------------

    private static final class Mention {
        int start, end, sentence, tokenBegin, tokenEnd;
        String key;
        boolean adjective;
        boolean dateline;
        List<GeoPlace> candidates;
        GeoPlace qualifier;
        List<GeoPlace> ranked = List.of();
        GeoPlace chosen;
        String why = "";
    }

    private void recognise(String text, AnnotatedSentence s, List<Mention> out) {
        List<Token> t = s.tokens();
        int longest = gazetteer.longestName();
        int i = 0;
        while (i < t.size()) {
            Token tok = t.get(i);
            if (!capitalised(tok.word())) {
                i++;
                continue;
            }
            int gazEnd = -1;
            for (int j = i + 1; j <= Math.min(t.size(), i + longest); j++) {
                Token last = t.get(j - 1);
                if (j - 1 > i && !capitalised(last.word()) && !CONNECTORS.contains(last.word())) break;
                if (gazetteer.has(text.substring(tok.begin(), last.end()))) gazEnd = j;
            }
            int nerEnd = i;
            while (nerEnd < t.size() && LOCATION_TAGS.contains(t.get(nerEnd).ner())) nerEnd++;
            int end;
            List<GeoPlace> candidates;
            if (nerEnd > i && nerEnd >= gazEnd) {
                end = nerEnd;
                candidates = gazetteer.candidates(text.substring(tok.begin(), t.get(end - 1).end()));
            } else if (gazEnd > 0 && accept(t, i, gazEnd, text)) {
                end = gazEnd;
                candidates = gazetteer.candidates(text.substring(tok.begin(), t.get(end - 1).end()));
            } else {
                var country = gazetteer.countryOfAdjective(tok.word());
                if (country.isPresent() && !tok.ner().equals("PERSON")) {
                    Mention m = mention(s, i, i + 1);
                    m.adjective = true;
                    m.candidates = List.of(country.get());
                    out.add(m);
                }
                i++;
                continue;
            }
            Mention m = mention(s, i, end);
            m.candidates = candidates;
            m.key = GeoNames.key(text.substring(m.start, m.end));
            out.add(m);
            i = end;
            // "Portland, Maine", "Paris, Texas", "Portland, Ore.": the second name says which first one.
            if (end + 1 < t.size() && t.get(end).word().equals(",") && capitalised(t.get(end + 1).word())) {
                Mention q = qualifier(text, s, end + 1);
                if (q != null) {
                    m.qualifier = q.candidates.get(0);
                    out.add(q);
                    i = q.tokenEnd;
                }
            }
        }
    }

    /** A division or country (or a US state's abbreviation) at token {@code i}, as a mention, or null. */
    private Mention qualifier(String text, AnnotatedSentence s, int i) {
        List<Token> t = s.tokens();
        for (int j = Math.min(t.size(), i + 4); j > i; j--) {
            String surface = text.substring(t.get(i).begin(), t.get(j - 1).end());
            GeoPlace best = null;
            for (GeoPlace p : gazetteer.candidates(surface)) {
                if ((p.isAdmin1() || p.isCountry()) && (best == null || p.isAdmin1())) best = p;
            }
            if (best == null) best = gazetteer.stateOfAbbreviation(surface).orElse(null);
            if (best != null) {
                Mention q = mention(s, i, j);
                q.candidates = List.of(best);
                q.key = GeoNames.key(surface);
                return q;
            }
        }
        return null;
    }

    private static Mention mention(AnnotatedSentence s, int begin, int end) {
        Mention m = new Mention();
        m.sentence = s.index();
        m.tokenBegin = begin;
        m.tokenEnd = end;
        m.start = s.tokens().get(begin).begin();
        m.end = s.tokens().get(end - 1).end();
        return m;
    }

    /** Whether a gazetteer name that NER did not tag as a location stands for a place here. */
    private boolean accept(List<Token> t, int begin, int end, String text) {
        String ner = t.get(begin).ner();
        List<GeoPlace> candidates = gazetteer.candidates(text.substring(t.get(begin).begin(), t.get(end - 1).end()));
        boolean big = false;
        long maxPopulation = 0;
        for (GeoPlace p : candidates) {
            if (p.isCountry() || p.isAdmin1()) big = true;
            maxPopulation = Math.max(maxPopulation, p.population());
        }
        boolean qualified = end + 1 < t.size() && t.get(end).word().equals(",") && capitalised(t.get(end + 1).word())
                && qualifierAhead(t, end + 1, text);
        if (ner.equals("PERSON")) return qualified;
        if (end - begin == 1 && NOT_PLACES.contains(t.get(begin).lowerWord())) return false;
        for (int k = begin; k < end; k++) {
            Token w = t.get(k);
            if (!w.pos().startsWith("NNP") && !(k > begin && CONNECTORS.contains(w.word()))) return false;
        }
        // Organisation names: only a country, a division or a large city begins one as a place ("Paris police").
        if (ner.equals("ORGANIZATION")) return big || maxPopulation >= 100_000;
        if (big || qualified) return true;
        boolean locative = begin > 0 && LOCATIVE.contains(t.get(begin - 1).lowerWord());
        if (locative) return true;
        return maxPopulation >= 100_000;
    }

    private boolean qualifierAhead(List<Token> t, int i, String text) {
        for (int j = Math.min(t.size(), i + 4); j > i; j--) {
            String surface = text.substring(t.get(i).begin(), t.get(j - 1).end());
            for (GeoPlace p : gazetteer.candidates(surface)) if (p.isAdmin1() || p.isCountry()) return true;
            if (gazetteer.stateOfAbbreviation(surface).isPresent()) return true;
        }
        return false;
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /** A story's dateline: a place name that opens the text and is followed by a dash, "(AP)" or a colon. */
    private static void markDateline(String text, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.start > 300) return;
            String before = text.substring(0, m.start);
            // The text's first words, or the first words of a line (after a headline).
            if (!before.isBlank() && !before.matches("(?s).*\\n[ \\t]*")) continue;
            String after = text.substring(m.end, Math.min(text.length(), m.end + 40));
            if (after.matches("(?s)^(,[^\\n]{1,25}?)?\\s*(\\([A-Za-z ]+\\))?\\s*[\\u2014\\u2013:-].*")
                    || after.matches("(?s)^\\s*\\((AP|Reuters|AFP|VOA|CNN|UPI)\\).*")) {
                m.dateline = true;
                return;
            }
        }
    }

    // ---- resolution ------------------------------------------------------------------------------------------

    private void resolve(List<Mention> mentions, Collection<String> actorCountries) {
        // "X, Y" said once holds for the whole story: a later bare "Portland" is the same Portland.
        Map<String, GeoPlace> qualifierOf = new HashMap<>();
        for (Mention m : mentions) if (m.qualifier != null) qualifierOf.putIfAbsent(m.key, m.qualifier);

        // First pass: priors only, to learn which countries and divisions the story is about.
        Map<String, Double> countryWeight = new HashMap<>();
        Set<String> divisions = new HashSet<>();
        Set<String> townDivisions = new HashSet<>();
        double total = 0;
        for (Mention m : mentions) {
            if (m.candidates.isEmpty()) continue;
            GeoPlace q = m.key == null ? null : qualifierOf.get(m.key);
            List<GeoPlace> c = restrict(m.candidates, q);
            GeoPlace best = c.stream().max(Comparator.comparingDouble(GeoParser::prior)).orElseThrow();
            double w = m.dateline ? 3 : (c.size() == 1 ? 1.5 : 1);
            countryWeight.merge(best.country(), w, Double::sum);
            total += w;
            if (best.featureClass() == 'P' && !best.admin1().isEmpty() && (best.population() >= 50_000 || c.size() == 1)) {
                townDivisions.add(best.country() + "." + best.admin1());
            }
            if (best.isAdmin1() || m.dateline || c.size() == 1 || q != null) {
                if (!best.admin1().isEmpty()) divisions.add(best.country() + "." + best.admin1());
            }
        }
        Set<String> actorIso2 = new HashSet<>();
        for (String a : actorCountries) {
            String iso2 = ISO2_OF_ISO3.get(a);
            if (iso2 != null) actorIso2.add(iso2);
        }
        final double sum = Math.max(total, 1);
        for (Mention m : mentions) {
            if (m.candidates.isEmpty()) {
                m.why = "a place name (NER) the gazetteer does not hold";
                continue;
            }
            GeoPlace q = m.key == null ? null : qualifierOf.get(m.key);
            List<GeoPlace> c = restrict(m.candidates, q);
            List<Scored> scored = new ArrayList<>(c.size());
            for (GeoPlace p : c) {
                double share = countryWeight.getOrDefault(p.country(), 0.0) / sum;
                double score = prior(p) + 2.5 * share;
                StringBuilder why = new StringBuilder();
                why.append(String.format(Locale.ROOT, "prior %.1f", prior(p)));
                if (share > 0) why.append(String.format(Locale.ROOT, ", story's country share %.2f", share));
                if (!p.isAdmin1() && !p.admin1().isEmpty() && divisions.contains(p.country() + "." + p.admin1())) {
                    score += 2.5;
                    why.append(", in a division the story names");
                }
                if (p.isAdmin1() && townDivisions.contains(p.country() + "." + p.admin1())) {
                    score += 2.0;
                    why.append(", the story names a town in it");
                }
                if (actorIso2.contains(p.country())) {
                    score += 1.0;
                    why.append(", an actor's country");
                }
                scored.add(new Scored(p, score, why.toString()));
            }
            scored.sort(Comparator.comparingDouble((Scored x) -> -x.score));
            m.ranked = scored.stream().map(x -> x.place).toList();
            m.chosen = scored.get(0).place;
            StringBuilder why = new StringBuilder();
            if (m.adjective) why.append("adjective of ").append(m.chosen.name()).append("; ");
            if (q != null) why.append("\"X, ").append(q.name()).append("\" narrows it; ");
            if (m.dateline) why.append("dateline; ");
            why.append(describe(m.chosen)).append(": ").append(scored.get(0).why);
            if (scored.size() > 1) {
                why.append(String.format(Locale.ROOT, "; beat %s (%.1f vs %.1f) among %d", describe(scored.get(1).place),
                        scored.get(1).score, scored.get(0).score, scored.size()));
            }
            m.why = why.toString();
        }
    }

    private record Scored(GeoPlace place, double score, String why) {}

    private static List<GeoPlace> restrict(List<GeoPlace> candidates, GeoPlace qualifier) {
        if (qualifier == null) return candidates;
        List<GeoPlace> in = new ArrayList<>();
        for (GeoPlace p : candidates) {
            if (p.equals(qualifier)) continue;
            boolean inside = qualifier.isCountry() ? p.country().equals(qualifier.country())
                    : p.country().equals(qualifier.country()) && p.admin1().equals(qualifier.admin1());
            if (inside) in.add(p);
        }
        return in.isEmpty() ? candidates : in;
    }

    /** Countries first, then divisions, then towns by size, a capital or divisional seat counting extra. */
    static double prior(GeoPlace p) {
        if (p.isCountry()) return 7.5;
        if (p.isAdmin1()) return 6.5;
        if (p.featureCode().equals("ADM2")) return 5.0;
        double s = Math.log10(p.population() + 10);
        if (p.featureCode().equals("PPLC")) s += 1.2;
        else if (p.featureCode().startsWith("PPLA")) s += 0.4;
        return s;
    }

    static String describe(GeoPlace p) {
        StringBuilder s = new StringBuilder(p.name());
        if (p.admin1Name() != null && !p.isAdmin1()) s.append(", ").append(p.admin1Name());
        s.append(" (").append(p.country3() == null ? p.country() : p.country3()).append(' ').append(p.featureCode());
        if (p.population() > 0) s.append(String.format(Locale.ROOT, ", pop %,d", p.population()));
        return s.append(')').toString();
    }
}
