package org.dyad.core.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.core.dictionary.Gazetteer.PlaceMatch;
import org.dyad.core.model.Location;
import org.dyad.core.model.Token;
import org.junit.jupiter.api.Test;

/** The built-in gazetteer: where "talks in Geneva" or "shelling in Kharkov" took place. */
class GazetteerTest {
    private static final Gazetteer GAZETTEER = Gazetteer.builtIn();

    /** Tokens split on spaces, as CoreNLP would for these simple sentences. */
    private static List<Token> tokens(String sentence) {
        List<Token> out = new ArrayList<>();
        int offset = 0;
        for (String w : sentence.split(" ")) {
            out.add(new Token(out.size(), w, w, "NN", "O", offset, offset + w.length()));
            offset += w.length() + 1;
        }
        return out;
    }

    /** The first place named in the sentence, scanning left to right as a coder would. */
    private static Optional<PlaceMatch> firstPlace(String sentence) {
        List<Token> tokens = tokens(sentence);
        for (int i = 0; i < tokens.size(); i++) {
            Optional<PlaceMatch> m = GAZETTEER.at(tokens, i);
            if (m.isPresent()) return m;
        }
        return Optional.empty();
    }

    @Test
    void talksInGenevaTakePlaceInSwitzerland() {
        PlaceMatch m = firstPlace("Iran and the E3 held talks in Geneva on Friday").orElseThrow();
        assertEquals("Geneva", m.place().name());
        assertEquals("CHE", m.place().country());
        assertEquals(46.2, m.place().lat(), 0.05);
        assertEquals(6.14, m.place().lon(), 0.05);
        assertEquals(7, m.begin());
        assertEquals(1, m.length());
        assertEquals(new Location("Geneva", "CHE", 46.20, 6.14), m.place().toLocation());
    }

    @Test
    void gazaCityIsOneMatchOfTwoTokensAndBareGazaIsTheStrip() {
        PlaceMatch city = firstPlace("Israeli tanks entered Gaza City overnight").orElseThrow();
        assertEquals("Gaza City", city.place().name());
        assertEquals("PSE", city.place().country());
        assertEquals(3, city.begin());
        assertEquals(5, city.end());

        PlaceMatch strip = firstPlace("aid trucks reached Gaza on Sunday").orElseThrow();
        assertEquals("Gaza Strip", strip.place().name());
        assertEquals(Place.REGION, strip.place().kind());
    }

    @Test
    void oldSpellingsFindTheEnglishName() {
        assertEquals("Kyiv", firstPlace("Russian missiles struck Kiev").orElseThrow().place().name());
        assertEquals("Kharkiv", firstPlace("shelling in Kharkov killed three").orElseThrow().place().name());
        assertEquals("Odesa", GAZETTEER.find("Odessa").orElseThrow().name());
        assertEquals("UKR", GAZETTEER.find("Crimea").orElseThrow().country());
    }

    @Test
    void multiWordNamesMatchWhateverTheTokenizerDidWithPunctuation() {
        PlaceMatch petersburg = firstPlace("Putin hosted the forum in St. Petersburg").orElseThrow();
        assertEquals("St. Petersburg", petersburg.place().name());
        assertEquals(2, petersburg.length());
        PlaceMatch cox = firstPlace("Rohingya refugees in Cox 's Bazar").orElseThrow();
        assertEquals("BGD", cox.place().country());
        assertEquals(3, cox.length());
        assertEquals("Port-au-Prince", firstPlace("gangs in Port au Prince").orElseThrow().place().name());
    }

    @Test
    void lowerCaseWordsAreNotPlaces() {
        assertTrue(firstPlace("it was a nice day for a nice walk").isEmpty());
        assertTrue(firstPlace("she ordered lima beans").isEmpty());
        assertEquals("PER", firstPlace("protests in Lima turned violent").orElseThrow().place().country());
    }

    /** Every state's first metonym in countries.tsv (its capital or seat) must have a place of that state. */
    @Test
    void everyCapitalInCountriesTsvHasAPlaceOfThatCountry() {
        List<String> missing = new ArrayList<>();
        for (TsvLines.Row row : TsvLines.readResource(ActorDictionary.DICT + "countries.tsv", 2)) {
            List<String> metonyms = row.phrases(3);
            if (metonyms.isEmpty()) continue;
            String capital = metonyms.get(0);
            Optional<Place> place = GAZETTEER.find(capital);
            if (place.isEmpty() || !place.get().country().equals(row.column(0))) missing.add(row.column(0) + " " + capital);
        }
        assertTrue(missing.isEmpty(), "capitals without a place row: " + missing);
        long capitals = GAZETTEER.places().stream().filter(Place::isCapital).count();
        assertTrue(capitals >= 195, "expected a capital for every state, found " + capitals);
    }

    /** "Gaza", "Crimea" or "Hong Kong" are in both files; the actor and the place must belong to one state. */
    @Test
    void namesSharedWithCountriesTsvBelongToTheSameCountry() {
        List<String> disagree = new ArrayList<>();
        int shared = 0;
        for (TsvLines.Row row : TsvLines.readResource(ActorDictionary.DICT + "countries.tsv", 2)) {
            List<String> phrases = new ArrayList<>(row.phrases(1));
            phrases.addAll(row.phrases(3));
            for (String phrase : phrases) {
                Optional<Place> place = GAZETTEER.find(phrase.startsWith("=") ? phrase.substring(1) : phrase);
                if (place.isEmpty()) continue;
                shared++;
                if (!place.get().country().equals(row.column(0))) disagree.add(row.column(0) + " " + phrase + " vs " + place.get());
            }
        }
        assertTrue(disagree.isEmpty(), "countries.tsv and places.tsv disagree: " + disagree);
        assertTrue(shared >= 200, "expected the capitals to be shared, found " + shared);
    }

    @Test
    void yangonIsACityAndNaypyidawTheCapital() {
        assertFalse(GAZETTEER.find("Yangon").orElseThrow().isCapital());
        assertTrue(GAZETTEER.find("Naypyidaw").orElseThrow().isCapital());
    }

    @Test
    void aMalformedLineNamesFileLineAndColumn() {
        String tsv = "# test\nGeneva\tCHE\t46.20\t6.14\tcity\nAtlantis\tXXX\tnorth\t0\tcity\n";
        DictionaryFormatException e = assertThrows(DictionaryFormatException.class,
                () -> Gazetteer.read("test.tsv", new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8))));
        assertEquals("test.tsv:3 [lat]: not a number of degrees: 'north'", e.getMessage());
    }

    @Test
    void aNameMayNameOnlyOnePlace() {
        String tsv = "Tripoli\tLBY\t32.89\t13.19\tcapital\nTripoli\tLBN\t34.44\t35.83\tcity\n";
        DictionaryFormatException e = assertThrows(DictionaryFormatException.class,
                () -> Gazetteer.read("test.tsv", new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().startsWith("test.tsv:2 [names]"), e.getMessage());
    }
}
