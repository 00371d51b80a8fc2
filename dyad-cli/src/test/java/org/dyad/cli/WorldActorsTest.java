package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.dyad.core.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built-in actor dictionaries on the world's states, through the real pipeline (CoreNLP's parse, the coder),
 * on a story dated 2025-06-01. The first test's sentences are generated from countries.tsv itself: for every UN
 * member and observer, its name, its demonym and its capital must code the state as the source of an event. The
 * second is a hand-written list of institutions, international bodies and armed groups.
 */
class WorldActorsTest {
    static final LocalDate STORY = LocalDate.of(2025, 6, 1);
    private static final String COUNTRIES = "/org/dyad/core/dict/countries.tsv";
    /** The section of countries.tsv after the UN members and observers. */
    private static final String TERRITORIES = "# -------- Territories";

    /** A UN member or observer as countries.tsv writes it: its code and the first phrase of each column. */
    record State(String code, String name, String demonym, String capital) {}

    static List<State> unMembersAndObservers() {
        List<State> out = new ArrayList<>();
        InputStream in = Objects.requireNonNull(WorldActorsTest.class.getResourceAsStream(COUNTRIES), COUNTRIES);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith(TERRITORIES)) break;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t", -1);
                out.add(new State(cols[0], first(cols, 1), first(cols, 2), first(cols, 3)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String first(String[] cols, int i) {
        if (i >= cols.length || cols[i].isBlank()) return null;
        String p = cols[i].split("\\|")[0].trim();
        return p.startsWith("=") ? p.substring(1) : p;
    }

    /** One sentence per state and form: name, demonym (or "police in" the name when it has none), capital. */
    static Stream<Arguments> generated() {
        List<Arguments> out = new ArrayList<>();
        for (State s : unMembersAndObservers()) {
            out.add(Arguments.of(s.code(), "name", s.name() + " criticized the United Nations on Tuesday.", s.code()));
            String police = s.demonym() != null
                    ? s.demonym() + " police arrested dozens of protesters on Monday."
                    : "Police in " + s.name() + " arrested dozens of protesters on Monday.";
            out.add(Arguments.of(s.code(), "demonym", police, s.code() + "COP"));
            if (s.capital() != null) {
                out.add(Arguments.of(s.code(), "capital", s.capital() + " criticized the United Nations on Tuesday.",
                        s.code() + "GOV"));
            }
        }
        return out.stream();
    }

    @Test
    void countriesTsvListsEveryUnMemberAndBothObservers() {
        List<State> states = unMembersAndObservers();
        assertEquals(195, states.size(), "193 members, the Holy See and Palestine");
        assertTrue(states.stream().anyMatch(s -> s.code().equals("VAT")) && states.stream().anyMatch(s -> s.code().equals("PSE")));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("generated")
    void everyStateCodesByNameDemonymAndCapital(String state, String form, String sentence, String expected) {
        List<Event> events = Coding.code(sentence, STORY);
        List<String> sources = events.stream().map(e -> e.source().code()).toList();
        // A capital stands for the government; the bare state is accepted too.
        boolean ok = sources.contains(expected) || form.equals("capital") && sources.contains(state);
        assertTrue(ok, form + " of " + state + ": expected source " + expected + " in " + summaries(events));
    }

    /** Institutions, international bodies and armed groups written by hand, not read from the data files. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Kremlin criticized the United Nations on Tuesday.|RUSGOV|IGOUNO",
        "Downing Street accused Moscow of lying.|GBRGOV|RUSGOV",
        "The Pentagon accused China of provocations.|USAMIL|CHN",
        "The Elysee condemned the attack on Monday.|FRAGOV|",
        "Kiev accused Moscow of shelling civilians.|UKRGOV|RUSGOV",
        "The State Department criticized Iran on Tuesday.|USAGOV|IRN",
        "Mossad agents arrested two suspects.|ISRSPY|",
        "The FSB arrested a Ukrainian citizen on Monday.|RUSSPY|",
        "The CIA accused Russia of interference.|USASPY|RUS",
        "Pakistan's ISI accused India of backing militants.|PAKSPY|IND",
        "The Duma criticized the European Union on Tuesday.|RUSLEG|IGOEUREEC",
        "The Knesset condemned the decision.|ISRLEG|",
        "The Bundestag criticized Hungary on Thursday.|DEULEG|HUN",
        "The National People's Congress criticized Japan.|CHNLEG|JPN",
        "Xinhua accused the United States of hypocrisy.|CHNMED|USA",
        "KCNA criticized South Korea on Sunday.|PRKMED|KOR",
        "The Security Council condemned the attack on Monday.|IGOUNO|",
        "The IAEA criticized Iran on Wednesday.|IGOUNOIAE|IRN",
        "UNHCR criticized Greece for pushbacks.|IGOUNOREFHCR|GRC",
        "The ICC accused Libyan officials of war crimes.|IGOJUDICC|LBYGOV",
        "ECOWAS criticized Niger's military junta.|IGOWAFWAS|NERGOV",
        "The African Union condemned the coup in Gabon.|IGOAFRAFU|",
        "The European Commission criticized Hungary on Friday.|IGOEUREEC|HUN",
        "NATO accused Russia of sabotage.|IGOWSTNAT|RUS",
        "Amnesty International accused Israeli forces of abuses.|NGOHRIAMN|ISRMIL",
        "Human Rights Watch criticized Egypt on Tuesday.|NGOHRIHRW|EGY",
        "Houthi rebels fired missiles at Israel.|YEMREBHTH|ISR",
        "Hamas fighters attacked Israeli soldiers.|PSEREBHMS|ISRMIL",
        "Hezbollah fired rockets at northern Israel.|LBNREBHEZ|ISR",
        "Islamic State militants attacked a checkpoint.|IMGMOSISI|",
        "Al-Shabab fighters attacked an army base in Somalia.|SOMREBSHB|",
        "Boko Haram fighters abducted dozens of students.|NGAREBBKH|",
        "M23 rebels attacked Congolese troops.|CODREBMTT|CODMIL",
        "The RSF attacked Sudanese soldiers.|SDNREBRSF|SDNMIL",
        "Wagner fighters attacked villagers in Mali.|RUSUAFWAG|",
        "The PKK attacked Turkish soldiers.|TURREBPKK|TURMIL",
        "ELN rebels attacked a Colombian army post.|COLREBELN|",
        "Peshmerga fighters attacked Islamic State positions.|IRQMIL|IMGMOSISI",
        "Militants in North Waziristan attacked a police post.|PAKREB|",
        "Police in Kenya arrested dozens of protesters.|KENCOP|",
        "The People's Republic of China criticized Japan.|CHN|JPN",
        "The Republic of China criticized Japan.|TWN|JPN",
        "Russia's Security Council criticized Ukraine.|RUSGOV|UKR",
        "Sweden Democrats criticized the government.|SWEPTYSDE|",
        "Syria's Republican Guard attacked rebels.|SYR|",
        "The BJP accused the Congress party of corruption.|INDPTYBJP|INDPTYINC",
        "Hong Kong police arrested dozens of activists.|HKGCOP|",
    })
    void namedActorsCode(String sentence, String source, String target) {
        List<Event> events = Coding.code(sentence, STORY);
        boolean found = events.stream().anyMatch(e -> e.source().code().equals(source)
                && (target == null || e.target() != null && e.target().code().equals(target)));
        assertTrue(found, "expected " + source + ">" + (target == null ? "*" : target) + " in " + summaries(events));
    }

    /** A former name codes as its successor state on a date when it was in use. */
    @Test
    void yugoslavTroopsIn1991AreSerbia() {
        List<String> events = Coding.summary("Yugoslav troops attacked Croatian towns on Monday.", LocalDate.of(1991, 10, 1));
        assertTrue(events.stream().anyMatch(e -> e.startsWith("SRBMIL>HRV")), events.toString());
    }

    private static List<String> summaries(List<Event> events) {
        return events.stream().map(Coding::summary).toList();
    }
}
