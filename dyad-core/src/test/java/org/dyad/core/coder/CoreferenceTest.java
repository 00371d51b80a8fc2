package org.dyad.core.coder;

import static org.dyad.core.coder.ActorCoderTest.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.dictionary.ActorDictionary;
import org.dyad.core.dictionary.ActorEntry;
import org.dyad.core.dictionary.ActorEntry.Kind;
import org.dyad.core.dictionary.ActorEntry.Tenure;
import org.dyad.core.model.Token;
import org.junit.jupiter.api.Test;

/** Pronouns, definite descriptions and titled names across the sentences of one hand-tagged story. */
class CoreferenceTest {
    static final LocalDate DAY = LocalDate.of(2024, 5, 2);

    static final ActorCoder CODER = new ActorCoder(ActorDictionary.of(List.of(
            new ActorEntry("Arnor", false, Kind.COUNTRY, "ARN", List.of()),
            new ActorEntry("Arnorian", false, Kind.COUNTRY, "ARN", List.of()),
            new ActorEntry("Gondor", false, Kind.COUNTRY, "GON", List.of()),
            new ActorEntry("Orc Front", false, Kind.ORGANISATION, "GONREBORC", List.of()),
            new ActorEntry("Elessar", false, Kind.PERSON, "GONGOV", List.of(
                    new Tenure("GON", "GOV", LocalDate.of(2020, 1, 1), null, "King"))),
            new ActorEntry("official", false, Kind.AGENT, "GOV", List.of()),
            new ActorEntry("president", false, Kind.AGENT, "GOV", List.of()),
            new ActorEntry("militant", false, Kind.AGENT, "REB", List.of()),
            new ActorEntry("rebel", false, Kind.AGENT, "REB", List.of()))));

    /** The codes and texts of each sentence's mentions, the story read in order. */
    static List<List<String>> story(String storyCountry, String... sentences) {
        Coreference story = new Coreference(CODER, storyCountry);
        List<List<String>> out = new ArrayList<>();
        for (String s : sentences) {
            List<Token> t = tokens(s);
            out.add(story.next(t, CODER.mentions(t, DAY)).stream().map(m -> m.code() + "=" + m.text()).toList());
        }
        return out;
    }

    @Test
    void aPersonalPronounStandsForTheLastPersonNamed() {
        List<List<String>> s = story(null,
                "Elessar/Elessar/NNP visited/visit/VBD Arnor/Arnor/NNP ./././.",
                "He/he/PRP accused/accuse/VBD Gondor/Gondor/NNP ./././.");
        assertEquals(List.of("GONGOV=He (Elessar)", "GON=Gondor"), s.get(1));
    }

    @Test
    void aPronounFindsNothingBeyondTheWindowOrWithoutAPerson() {
        List<List<String>> s = story(null,
                "Elessar/Elessar/NNP visited/visit/VBD Arnor/Arnor/NNP ./././.",
                "Rain/rain/NN fell/fall/VBD ./././.",
                "Snow/snow/NN fell/fall/VBD ./././.",
                "He/he/PRP accused/accuse/VBD Gondor/Gondor/NNP ./././.");
        assertEquals(List.of("GON=Gondor"), s.get(3));
        // A country is no "he".
        assertEquals(List.of("GON=Gondor"), story(null, "Arnor/Arnor/NNP left/leave/VBD ./././.",
                "He/he/PRP accused/accuse/VBD Gondor/Gondor/NNP ./././.").get(1));
    }

    @Test
    void aNameTheDictionaryDoesNotKnowBlocksThePronoun() {
        // "Faramir said he ...": he may be Faramir, whom the dictionary does not know; better no actor than a wrong one.
        List<List<String>> s = story(null,
                "Elessar/Elessar/NNP visited/visit/VBD Arnor/Arnor/NNP ./././.",
                "Faramir/Faramir/NNP said/say/VBD he/he/PRP accused/accuse/VBD Gondor/Gondor/NNP ./././.");
        assertEquals(List.of("GON=Gondor"), s.get(1));
    }

    @Test
    void definiteDescriptionsStandForACompatibleActor() {
        List<List<String>> s = story(null,
                "The/the/DT Orc/Orc/NNP Front/Front/NNP attacked/attack/VBD Arnor/Arnor/NNP ./././.",
                "The/the/DT group/group/NN later/later/RB threatened/threaten/VBD the/the/DT country/country/NN ./././.");
        assertEquals(List.of("GONREBORC=The group (Orc Front)", "ARN=the country (Arnor)"), s.get(1));
        // A role word with no country of its own: the last actor with that role.
        s = story(null,
                "Gondor/Gondor/NNP rebels/rebel/NNS shelled/shell/VBD Arnor/Arnor/NNP ./././.",
                "The/the/DT militants/militant/NNS also/also/RB attacked/attack/VBD Arnorian/Arnorian/JJ officials/official/NNS ./././.");
        assertEquals(List.of("GONREB=The militants (Gondor rebels)", "ARNGOV=Arnorian officials"), s.get(1));
    }

    @Test
    void bothCountriesAreTheLastTwoCountriesInPlay() {
        List<List<String>> s = story(null,
                "Arnorian/Arnorian/JJ officials/official/NNS met/meet/VBD Elessar/Elessar/NNP ./././.",
                "Both/both/DT countries/country/NNS recalled/recall/VBD their/they/PRP$ envoys/envoy/NNS ./././.");
        assertEquals(List.of("ARN/GON=Both countries (Arnorian officials and Elessar)"), s.get(1));
        // One country alone is no pair.
        s = story(null, "Arnor/Arnor/NNP protested/protest/VBD ./././.",
                "Both/both/DT countries/country/NNS recalled/recall/VBD their/they/PRP$ envoys/envoy/NNS ./././.");
        assertEquals(List.of(), s.get(1));
    }

    @Test
    void aGroupDescribedByWhatItIsStandsForTheLastOrganisation() {
        List<List<String>> s = story(null,
                "The/the/DT Orc/Orc/NNP Front/Front/NNP attacked/attack/VBD Arnor/Arnor/NNP ./././.",
                "The/the/DT separatist/separatist/JJ armed/arm/VBN group/group/NN threatened/threaten/VBD Gondor/Gondor/NNP ./././.");
        assertEquals(List.of("GONREBORC=The separatist armed group (Orc Front)", "GON=Gondor"), s.get(1));
        // A group named by its own name is no anaphor: "the armed group Black Hand".
        s = story(null,
                "The/the/DT Orc/Orc/NNP Front/Front/NNP attacked/attack/VBD Arnor/Arnor/NNP ./././.",
                "The/the/DT armed/arm/VBN group/group/NN Black/Black/NNP Hand/Hand/NNP threatened/threaten/VBD Gondor/Gondor/NNP ./././.");
        assertTrue(s.get(1).stream().noneMatch(m -> m.contains("Orc Front")), s.get(1).toString());
    }

    @Test
    void thePresidentIsAPersonAndThePossessedCountryNoActor() {
        List<List<String>> s = story(null,
                "Gondor/Gondor/NNP officials/official/NNS met/meet/VBD ./././.",
                "The/the/DT president/president/NN spoke/speak/VBD ./././.");
        assertEquals(List.of(), s.get(1), "officials are no president");
        s = story(null,
                "Arnor/Arnor/NNP protested/protest/VBD ./././.",
                "The/the/DT country/country/NN 's/'s/POS envoy/envoy/NN left/leave/VBD ./././.");
        assertEquals(List.of(), s.get(1));
    }

    @Test
    void titledNamesTakeTheirCountryFromOfOrFromTheStory() {
        assertEquals(List.of("ARNLEG=Sen. Bob Took"), story("ARN",
                "Sen./Sen./NNP Bob/Bob/NNP Took/Took/NNP criticized/criticize/VBD Elessar/Elessar/NNP ./././.").get(0)
                .subList(0, 1));
        assertEquals(List.of("GONGOV=Foreign Minister Ann Hart of Gondor", "ARN=Arnor"), story(null,
                "Foreign/Foreign/NNP Minister/Minister/NNP Ann/Ann/NNP Hart/Hart/NNP of/of/IN Gondor/Gondor/NNP "
                        + "visited/visit/VBD Arnor/Arnor/NNP ./././.").get(0));
        assertEquals(List.of("GONMIL=Gen. Tom Hale"), story("GON", "Gen./Gen./NNP Tom/Tom/NNP Hale/Hale/NNP spoke/speak/VBD ./././.").get(0));
        // No country of its own and none in play: uncoded.
        assertEquals(List.of(), story(null, "Judge/Judge/NNP Ann/Ann/NNP Hart/Hart/NNP ruled/rule/VBD ./././.").get(0));
    }

    @Test
    void theStoryCountryIsTheOnlyCountryInPlay() {
        List<Token> a = tokens("Arnorian/Arnorian/JJ officials/official/NNS met/meet/VBD ./././.");
        List<Token> b = tokens("Arnor/Arnor/NNP protested/protest/VBD ./././.");
        List<Token> c = tokens("Gondor/Gondor/NNP protested/protest/VBD ./././.");
        assertEquals("ARN", Coreference.singleCountry(List.of(CODER.mentions(a, DAY), CODER.mentions(b, DAY))));
        assertEquals(null, Coreference.singleCountry(List.of(CODER.mentions(a, DAY), CODER.mentions(c, DAY))));
        Coreference story = new Coreference(CODER, null);
        story.next(b, CODER.mentions(b, DAY));
        List<Token> d = tokens("It/it/PRP said/say/VBD the/the/DT country/country/NN would/would/MD respond/respond/VB ./././.");
        story.next(d, CODER.mentions(d, DAY));
        assertTrue(story.resolutions().stream().anyMatch(r -> r.antecedentText().equals("Arnor") && r.antecedentSentence() == 0));
    }
}
