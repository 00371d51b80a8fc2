package org.dyad.io.output;

import java.time.LocalDate;
import org.dyad.core.model.Actor;
import org.dyad.core.model.DateBasis;
import org.dyad.core.model.Event;
import org.dyad.core.model.Location;
import org.dyad.core.model.Modality;
import org.dyad.core.ontology.CameoCode;
import org.dyad.core.ontology.PloverType;

/** Events as the coder would produce them from the US–Russia story of 28 Dec 2021. */
final class SampleEvents {
    private SampleEvents() { }

    static final String DOC = "reuters-2021-12-28";

    /** "The United States has threatened to impose economic sanctions on Russia if it attacks Ukraine." */
    static Event sanctionsThreat() {
        String sentence = "The United States has threatened to impose economic sanctions on Russia if it attacks Ukraine.";
        return new Event(DOC, 5, sentence, 612, 612 + sentence.length(),
                new Actor("USA", "The United States"), new Actor("RUS", "Russia"),
                new CameoCode("1312", "Threaten with sanctions, boycott, embargo", -5.8),
                new PloverType("THREATEN", "restrict"),
                LocalDate.of(2021, 12, 28), DateBasis.DOCUMENT, "day", Modality.ASSERTED, null);
    }

    /** "U.S. and Russian officials will hold talks on Jan. 10 in Geneva ..." */
    static Event genevaTalks() {
        String sentence = "U.S. and Russian officials will hold talks on Jan. 10 in Geneva\tover Moscow's build-up,\n"
                + "a White House official said on Tuesday.";
        return new Event(DOC, 1, sentence, 90, 90 + sentence.length(),
                new Actor("USAGOV", "U.S. officials"), new Actor("RUSGOV", "Russian officials"),
                new CameoCode("036", "Express intent to meet or negotiate", 4.0),
                new PloverType("AGREE", null),
                LocalDate.of(2022, 1, 10), DateBasis.TEXT, "day", Modality.PLANNED,
                new Location("Geneva", "CHE", 46.2, 6.14));
    }

    /** "Russia has denied plans for an assault on Ukraine." — no target coded, to show the null. */
    static Event deniedAssault() {
        String sentence = "Russia has denied plans for an assault on Ukraine.";
        return new Event(DOC, 6, sentence, 700, 700 + sentence.length(),
                new Actor("RUS", "Russia"), null,
                new CameoCode("190", "Use conventional military force, not specified below", -10.0),
                new PloverType("ASSAULT", null),
                LocalDate.of(2021, 12, 28), DateBasis.DOCUMENT, "day", Modality.NEGATED, null);
    }
}
