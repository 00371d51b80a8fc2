package org.dyad.core.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.core.dictionary.Gazetteer;
import org.dyad.core.model.Token;
import org.junit.jupiter.api.Test;

/** A role word in a city or region of the gazetteer takes the place's country; the dictionary is ActorCoderTest's. */
class ActorPlaceTest {
    static final ActorCoder CODER = new ActorCoder(ActorCoderTest.CODER_DICTIONARY, false, Gazetteer.builtIn());

    private static List<String> codes(String tagged) {
        return CODER.mentions(ActorCoderTest.tokens(tagged), ActorCoderTest.DAY).stream()
                .map(m -> m.code() + " '" + m.text() + "'").toList();
    }

    @Test
    void aRoleWordInACityTakesItsCountry() {
        assertEquals(List.of("NGACOP 'police in Lagos'"),
                codes("Riot/riot/NN police/police/NNS in/in/IN Lagos/Lagos/NNP dispersed/disperse/VBD "
                        + "the/the/DT crowd/crowd/NN"));
        assertEquals(List.of("IRQGOV 'officials in northern Mosul'"),
                codes("Local/local/JJ officials/official/NNS in/in/IN northern/northern/JJ Mosul/Mosul/NNP "
                        + "said/say/VBD"));
    }

    @Test
    void aRoleWordInAPlaceIsAnActorForTheParseSelection() {
        List<Token> inLagos = ActorCoderTest.tokens("police/police/NNS in/in/IN Lagos/Lagos/NNP arrested/arrest/VBD");
        assertTrue(CODER.mentionsAnActor(inLagos));
        // Without a gazetteer, or with no place after the role word, a bare role word stays no actor.
        assertFalse(ActorCoderTest.CODER.mentionsAnActor(inLagos));
        assertFalse(CODER.mentionsAnActor(ActorCoderTest.tokens("police/police/NNS in/in/IN the/the/DT "
                + "streets/street/NNS arrested/arrest/VBD")));
    }
}
