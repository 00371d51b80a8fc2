package org.dyad.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.model.Document;
import org.junit.jupiter.api.Test;

/** A text that is not English is said to be so, once per document, instead of quietly giving no events. */
class EnglishTest {
    static final String ENGLISH = "The foreign minister said on Tuesday that the talks with the neighbouring state"
            + " would resume after the holiday, and that both sides had agreed to exchange prisoners by the end of"
            + " the month. Officials from the two capitals have met three times this year.";
    static final String SPANISH = "El ministro de Asuntos Exteriores dijo el martes que las conversaciones con el"
            + " estado vecino se reanudarán después de las fiestas, y que ambas partes acordaron intercambiar"
            + " prisioneros antes de fin de mes. Funcionarios de las dos capitales se han reunido tres veces este año.";
    static final String FRENCH = "Le ministre des Affaires étrangères a déclaré mardi que les pourparlers avec"
            + " l'État voisin reprendraient après les fêtes, et que les deux parties étaient convenues d'échanger"
            + " des prisonniers avant la fin du mois. Des responsables des deux capitales se sont rencontrés trois fois.";
    static final String GERMAN = "Der Außenminister sagte am Dienstag, die Gespräche mit dem Nachbarstaat würden"
            + " nach den Feiertagen fortgesetzt, und beide Seiten hätten vereinbart, bis Ende des Monats Gefangene"
            + " auszutauschen. Vertreter der beiden Hauptstädte haben sich in diesem Jahr dreimal getroffen.";
    static final String RUSSIAN = "Министр иностранных дел заявил во вторник, что переговоры с соседним государством"
            + " возобновятся после праздников и что обе стороны договорились обменяться пленными до конца месяца."
            + " Представители двух столиц встречались в этом году три раза.";

    @Test
    void englishNewsProseReadsAsEnglishAndOtherLanguagesDoNot() {
        assertTrue(English.looksEnglish(ENGLISH));
        for (String other : List.of(SPANISH, FRENCH, GERMAN, RUSSIAN)) assertFalse(English.looksEnglish(other), other);
        assertTrue(English.looksEnglish("Kyiv, Moscow, Geneva"), "too short to judge");
    }

    @Test
    void theCoderWarnsOncePerDocumentThatIsNotEnglish() {
        DocumentCoder coder = new DocumentCoder((document, selector) -> List.of(), Codebook.builtIn());
        LocalDate day = LocalDate.of(2024, 5, 7);
        List<String> warnings = coder.code(new Document("es-1", day, SPANISH + " " + SPANISH, null, null, null,
                "noticias.jsonl:3")).warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("noticias.jsonl:3: the text does not look like English"), warnings.get(0));
        assertTrue(coder.code(Document.of("en-1", day, ENGLISH)).warnings().isEmpty());
    }
}
