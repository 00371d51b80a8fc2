package org.dyad.core.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.dictionary.ActorDictionary;
import org.dyad.core.dictionary.ActorEntry;
import org.dyad.core.dictionary.ActorEntry.Kind;
import org.dyad.core.model.Actor;
import org.dyad.core.model.Token;
import org.junit.jupiter.api.Test;

/** How the actor coder composes countries, role words and names, on hand-tagged tokens. */
class ActorCoderTest {
    static final LocalDate DAY = LocalDate.of(1995, 1, 3);

    static final ActorDictionary CODER_DICTIONARY = ActorDictionary.of(List.of(
            new ActorEntry("Arnor", false, Kind.COUNTRY, "ARN", List.of()),
            new ActorEntry("Ithilen", false, Kind.COUNTRY, "ITH", List.of()),
            new ActorEntry("Calimehtar", false, Kind.COUNTRY, "CAL", List.of()),
            new ActorEntry("Fornost", false, Kind.COUNTRY, "FOR", List.of()),
            new ActorEntry("Gondor", false, Kind.COUNTRY, "GON", List.of()),
            new ActorEntry("Minas Tirith", false, Kind.METONYM, "GONGOV", List.of()),
            new ActorEntry("Council of Elrond", false, Kind.ORGANISATION, "IGOCOE", List.of()),
            new ActorEntry("ambassador", false, Kind.AGENT, "GOV", List.of()),
            new ActorEntry("THE SHIRE", false, Kind.COUNTRY, "FRO/BIL/SAM", List.of()),
            new ActorEntry("White House", false, Kind.ORGANISATION, "USAGOV", List.of()),
            new ActorEntry("Gonzo GMO", false, Kind.ORGANISATION, "GONGMO", List.of()),
            new ActorEntry("MSF", false, Kind.AGENT, "NGO~", List.of()),
            new ActorEntry("human rights activist", false, Kind.AGENT, "OPP", List.of()),
            new ActorEntry("minister", false, Kind.AGENT, "GOV", List.of()),
            new ActorEntry("prime minister", false, Kind.AGENT, "GOV", List.of()),
            new ActorEntry("diplomat", false, Kind.AGENT, "GOV", List.of()),
            new ActorEntry("official", false, Kind.AGENT, "GOV", List.of()),
            new ActorEntry("lawmaker", false, Kind.AGENT, "LEG", List.of()),
            new ActorEntry("police", false, Kind.AGENT, "COP", List.of(), true, false)));

    static final ActorCoder CODER = new ActorCoder(CODER_DICTIONARY);

    /** Hand-tagged "word/lemma/POS" tokens, unparsed. */
    static List<Token> tokens(String tagged) {
        StringBuilder conll = new StringBuilder();
        String[] words = tagged.split(" ");
        for (int i = 0; i < words.length; i++) {
            String[] w = words[i].split("/");
            conll.append(i + 1).append(' ').append(w[0]).append(' ').append(w[1]).append(' ').append(w[2])
                    .append(" 0 dep\n");
        }
        return HandParse.parse(conll.toString()).tokens();
    }

    /** Codes of the mentions in "word/lemma/POS" tokens. */
    static List<String> codes(String tagged) {
        return CODER.mentions(tokens(tagged), DAY).stream().map(ActorMention::code).toList();
    }

    @Test
    void adjectivesMayStandInsideASpreadPhraseButNotInsideAJoinedOne() {
        ActorCoder coder = new ActorCoder(ActorDictionary.of(List.of(
                new ActorEntry("Ithilen", false, Kind.COUNTRY, "ITH", List.of()),
                new ActorEntry("Ithilen television", false, Kind.ORGANISATION, "ITHTV", List.of(), false, true),
                new ActorEntry("Ithilen radio", false, Kind.ORGANISATION, "ITHRAD", List.of()))));
        // PETRARCH's ITHILEN TELEVISION (a space) names "Ithilen state-run television"; ITHILEN_RADIO (joined) does not
        // name "Ithilen state-run radio".
        assertEquals(List.of("ITHTV"), coder.mentions(
                tokens("Ithilen/Ithilen/NNP state-run/state-run/JJ television/television/NN"), DAY).stream()
                .map(ActorMention::code).toList());
        assertEquals(List.of("ITH"), coder.mentions(
                tokens("Ithilen/Ithilen/NNP state-run/state-run/JJ radio/radio/NN"), DAY).stream()
                .map(ActorMention::code).toList());
    }

    @Test
    void aPluralHeadNounFindsAMultiWordRoleWord() {
        // Neither the words ("activists") nor all lemmas ("human right activist") spell the dictionary's phrase.
        assertEquals(List.of("ARNOPP"), codes("Human/human/JJ rights/rights/NNS activists/activist/NNS in/in/IN Arnor/Arnor/NNP"));
    }

    @Test
    void aPrefixRoleACountryAndARoleMakeOneActor() {
        assertEquals(List.of("NGOARNGOV"), codes("An/a/DT MSF/MSF/NNP Arnor/Arnor/NNP diplomat/diplomat/NN"));
    }

    @Test
    void titleWordsAndCoordinatedAdjectivesStillLinkACountryToItsRole() {
        assertEquals(List.of("ARNGOV"), codes("Arnor/Arnor/NNP 's/'s/POS first/first/JJ Deputy/Deputy/NNP Prime/Prime/NNP Minister/Minister/NNP"));
        assertEquals(List.of("ITHGOV"), codes("Ithilen/Ithilen/NNP 's/'s/POS awful/awful/JJ and/and/CC evil/evil/JJ minister/minister/NN"));
        // "and" between nouns is no link: Arnor and the officials are two parties.
        assertEquals(List.of("ARN"), codes("Arnor/Arnor/NNP and/and/CC officials/official/NNS"));
    }

    @Test
    void aNameAfterACountrysTitleIsTheTitleHolder() {
        // The dictionary lists Calimehtar under another country; "Ithilen's minister" says whose minister he is.
        assertEquals(List.of("ITHGOV"), codes("Ithilen/Ithilen/NNP 's/'s/POS minister/minister/NN Calimehtar/Calimehtar/NNP"));
    }

    @Test
    void severalRoleWordsBeforeSeveralCountriesNameEachRoleOfEach() {
        assertEquals(List.of("FORLEG/FORGOV/GONLEG/GONGOV"), codes(
                "Lawmakers/lawmaker/NNS and/and/CC officials/official/NNS in/in/IN Fornost/Fornost/NNP and/and/CC Gondor/Gondor/NNP"));
    }

    @Test
    void aRoleWordListedWithAllItsFormsIsNotFoundByLemma() {
        // PETRARCH's POLICE {}: no plural, so "Gondor's polices" names Gondor alone.
        assertEquals(List.of("GONCOP"), codes("Gondor/Gondor/NNP 's/'s/POS police/police/NN"));
        assertEquals(List.of("GON"), codes("Gondor/Gondor/NNP 's/'s/POS polices/police/NNS"));
    }

    @Test
    void aRoleWordInAnOrganisationTakesTheOrganisationsCode() {
        assertEquals(List.of("USAGOV"), codes("officials/official/NNS in/in/IN White/White/NNP House/House/NNP"));
    }

    @Test
    void aRoleOtherThanOfficialsNamesAPartOfANationalOrganisation() {
        assertEquals(List.of("GONGMOOPP"),
                codes("human/human/JJ rights/rights/NNS activists/activist/NNS of/of/IN Gonzo/Gonzo/NNP GMO/GMO/NNP"));
        assertEquals(List.of("GONGMO"), codes("Gonzo/Gonzo/NNP GMO/GMO/NNP officials/official/NNS"));
        assertEquals("GMWGOVWGO", ActorCoder.withRole("GMWGOV", "WGO"), "an inner WGO is not at a code boundary");
        assertEquals("HGWGOVMED", ActorCoder.withRole("HGWGOVMED", "GOVMED"), "the newspaper is already GOVMED");
        assertEquals("IGOWSTNAT", ActorCoder.withRole("IGOWSTNAT", "MIL"), "NATO troops are NATO");
    }

    @Test
    void aPhraseWithSeveralCodesNamesEachActorAndTakesItsArticleLowerCase() {
        assertEquals(List.of("FRO/BIL/SAM"), codes("welcomed/welcome/VBD the/the/DT Shire/Shire/NNP"));
        ActorMention shire = new ActorMention(0, 2, "FRO/BIL/SAM", "The Shire", true);
        assertEquals(List.of("FRO", "BIL", "SAM"), shire.actors().stream().map(Actor::code).toList());
        assertEquals("FROGOV/BILGOV/SAMGOV", ActorCoder.compose("FRO/BIL/SAM", "GOV"));
    }

    @Test
    void aSentenceOfRoleWordsAloneIsWorthParsingOnlyUnderPetrarchsConvention() {
        // "Officials criticized lawmakers": no country, so nothing to code for Dyad; ---GOV and ---LEG for PETRARCH.
        List<Token> tokens = tokens("Officials/official/NNS criticized/criticize/VBD lawmakers/lawmaker/NNS");
        org.junit.jupiter.api.Assertions.assertFalse(CODER.mentionsAnActor(tokens));
        ActorCoder petrarch = new ActorCoder(CODER_DICTIONARY, true);
        org.junit.jupiter.api.Assertions.assertTrue(petrarch.mentionsAnActor(tokens));
        assertEquals(List.of("---GOV", "---LEG"), petrarch.mentions(tokens, DAY).stream().map(ActorMention::code).toList());
    }

    @Test
    void underPetrarchsConventionARoleAdjectiveBeforeACommonNounNamesItsParty() {
        // "the official news agency said": PETRARCH matches role words whatever their part of speech, and an official
        // news agency is the government's. Dyad's own convention keeps "official" as an adjective no actor.
        List<Token> agency = tokens("the/the/DT official/official/JJ news/news/NN agency/agency/NN said/say/VBD");
        ActorCoder petrarch = new ActorCoder(CODER_DICTIONARY, true);
        assertEquals(List.of("---GOV"), petrarch.mentions(agency, DAY).stream().map(ActorMention::code).toList());
        assertEquals(List.of(), CODER.mentions(agency, DAY).stream().map(ActorMention::code).toList());
        // Before a name or at the end of a phrase the adjective stays an adjective: "official Gondor", "was official".
        assertEquals(List.of(), petrarch.mentions(tokens("it/it/PRP was/be/VBD official/official/JJ"), DAY));
    }

    @Test
    void formerOfficialsAreElitesAsCameoCodesThem() {
        // CAMEO codes former officials as ELI, whichever side of the country "former" stands.
        assertEquals(List.of("GONELI"), codes("former/former/JJ Gondor/Gondor/NNP police/police/NNS"));
        assertEquals(List.of("GONELI"), codes("Gondor/Gondor/NNP former/former/JJ security/security/NN officials/official/NNS"));
        // A former official of a national organisation: the organisation with the elite role.
        assertEquals(List.of("USAGOVELI"), codes("a/a/DT former/former/JJ White/White/NNP House/House/NNP official/official/NN"));
        // "former" that modifies something else is not read into the role.
        assertEquals(List.of("GONGOV"), codes("Gondor/Gondor/NNP officials/official/NNS of/of/IN the/the/DT former/former/JJ regime/regime/NN"));
    }

    @Test
    void aCapitalNamingADocumentIsNoParty() {
        assertEquals(List.of("FOR"), codes(
                "Fornost/Fornost/NNP signed/sign/VBD the/the/DT Minas/Minas/NNP Tirith/Tirith/NNP Charter/Charter/NNP"));
        assertEquals(List.of("FOR", "GONGOV"), codes(
                "Fornost/Fornost/NNP criticized/criticize/VBD Minas/Minas/NNP Tirith/Tirith/NNP"));
    }

    @Test
    void aCountrysEnvoyToABodyIsTheCountrysNotTheBodys() {
        assertEquals(List.of("GONGOV"), codes("Gondor/Gondor/NNP 's/'s/POS Council/Council/NNP of/of/IN "
                + "Elrond/Elrond/NNP ambassador/ambassador/NN attended/attend/VBD"));
        assertEquals(List.of("IGOCOE"), codes("the/the/DT Council/Council/NNP of/of/IN Elrond/Elrond/NNP "
                + "ambassador/ambassador/NN attended/attend/VBD"));
    }
}
