package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dyad.core.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Leaders through the real pipeline (CoreNLP's parse, the built-in dictionaries, the coder): every head of state and
 * government in office on 2025-06-01, as people.tsv records them, codes as the government of their country; and a
 * hand-written check of leaders inside and outside their terms.
 */
class LeadersTest {
    static final LocalDate CHECK_DAY = LocalDate.of(2025, 6, 1);

    /** Titles of heads of state and government, as PeopleFileFormatTest reads them. */
    static final Pattern HEAD_TITLE = Pattern.compile("(?:(?:Acting|Interim|Transitional) )?(?:President|Prime Minister|"
            + "Premier|Chancellor|Federal Chancellor|Federal President|King|Queen|Emir|Amir|Sultan|Grand Duke|Prince|"
            + "Governor-General|Governor General|Emperor|Co-President|Member of the Presidency|Chair of the Council of Ministers|"
            + "Chairman of the Cabinet of Ministers|Supreme Leader|Pope|Captain Regent|Chief Adviser|Taoiseach|Head of State|"
            + "Head of Government|Chairman of the Presidency|Chair of the Presidency|Chairman of the Presidential Council|"
            + "Chairman of the Transitional Sovereignty Council|Chairman of the State Administration Council|"
            + "Chairman of the Presidential Leadership Council|President of the Presidential Council|"
            + "Supreme Leader of the Taliban|Crown Prince and Prime Minister)(?:$| \\(|,|;| of )");

    /** The first name of every person with a head's line in office on {@code day}, and that line's country. */
    static Map<String, String> headsOn(LocalDate day) throws IOException {
        Map<String, String> heads = new LinkedHashMap<>();
        InputStream in = LeadersTest.class.getResourceAsStream("/org/dyad/core/dict/people.tsv");
        assertNotNull(in);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t", -1);
                LocalDate from = LocalDate.parse(c[3]);
                LocalDate to = c[4].isEmpty() ? null : LocalDate.parse(c[4]);
                boolean covers = !day.isBefore(from) && (to == null || !day.isAfter(to));
                if (covers && c[2].equals("GOV") && HEAD_TITLE.matcher(c[5]).lookingAt()) {
                    heads.putIfAbsent(c[0].split("\\|")[0], c[1]);
                }
            }
        }
        return heads;
    }

    /** The source codes of the events of "{name} criticized the United Nations on Tuesday." dated {@code day}. */
    static List<String> sources(String name, LocalDate day) {
        List<String> out = new ArrayList<>();
        for (Event e : Coding.code(name + " criticized the United Nations on Tuesday.", day)) out.add(e.source().code());
        return out;
    }

    @Test
    void everyHeadInOfficeOnTheCheckDayCodesAsTheGovernment() throws IOException {
        Map<String, String> heads = headsOn(CHECK_DAY);
        assertTrue(heads.size() > 300, "heads on " + CHECK_DAY + ": " + heads.size());
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> h : heads.entrySet()) {
            List<String> sources = sources(h.getKey(), CHECK_DAY);
            if (!sources.contains(h.getValue() + "GOV")) wrong.add(h.getKey() + " → " + sources + ", not " + h.getValue() + "GOV");
        }
        assertEquals(List.of(), wrong);
    }

    /** name, date, expected source code: written by hand from public records, not read from people.tsv. */
    static final String[][] SPOT_CHECKS = {
            {"Donald Trump", "2018-03-01", "USAGOV"},
            {"Donald Trump", "2022-03-01", "USAELI"},
            {"Donald Trump", "2025-06-01", "USAGOV"},
            {"Benjamin Netanyahu", "1998-01-15", "ISRGOV"},
            {"Benjamin Netanyahu", "2000-06-01", "ISRELI"},
            {"Benjamin Netanyahu", "2015-06-01", "ISRGOV"},
            {"Vladimir Putin", "2010-06-01", "RUSGOV"},
            {"Vladimir Putin", "2003-06-01", "RUSGOV"},
            {"Luiz Inacio Lula da Silva", "2006-06-01", "BRAGOV"},
            {"Lula", "2015-06-01", "BRAELI"},
            {"Lula", "2024-06-01", "BRAGOV"},
            {"Mahathir Mohamad", "1995-06-01", "MYSGOV"},
            {"Mahathir Mohamad", "2010-06-01", "MYSELI"},
            {"Mahathir Mohamad", "2019-06-01", "MYSGOV"},
            {"Shinzo Abe", "2007-06-01", "JPNGOV"},
            {"Shinzo Abe", "2010-06-01", "JPNELI"},
            {"Silvio Berlusconi", "2010-06-01", "ITAGOV"},
            {"Silvio Berlusconi", "1998-06-01", "ITAELI"},
            {"Robert Fico", "2020-06-01", "SVKELI"},
            {"Robert Fico", "2024-06-01", "SVKGOV"},
            {"Viktor Orban", "2005-06-01", "HUNOPP"},
            {"Viktor Orban", "2000-06-01", "HUNGOV"},
            {"Angela Merkel", "2023-06-01", "DEUELI"},
            {"Emmanuel Macron", "2019-06-01", "FRAGOV"},
            {"Ashraf Ghani", "2023-06-01", "AFGELI"},
            {"Sheikh Hasina", "2025-06-01", "BGDELI"},
            {"Muhammad Yunus", "2025-06-01", "BGDGOV"},
            {"Bashar al-Assad", "2015-06-01", "SYRGOV"},
            {"Bashar al-Assad", "2025-06-01", "SYRELI"},
            {"Ahmed al-Sharaa", "2020-06-01", "SYRREBHTS"},
            {"Ahmed al-Sharaa", "2025-06-01", "SYRGOV"},
            {"Zelenskiy", "2022-06-01", "UKRGOV"},
            {"Zelensky", "2018-06-01", "UKR"},
            {"Kim Jong-un", "2025-06-01", "PRKGOV"},
            {"Abdel Fattah el-Sisi", "2016-06-01", "EGYGOV"},
            {"Jacob Zuma", "2019-06-01", "ZAFELI"},
            {"Mohammed bin Salman", "2023-06-01", "SAUGOV"},
            {"Recep Tayyip Erdogan", "2010-06-01", "TURGOV"},
            {"Narendra Modi", "2010-06-01", "INDGOV"},
            {"Yoweri Museveni", "2025-06-01", "UGAGOV"},
    };

    @Test
    void leadersInsideAndOutsideTheirTerms() {
        List<String> wrong = new ArrayList<>();
        for (String[] c : SPOT_CHECKS) {
            List<String> sources = sources(c[0], LocalDate.parse(c[1]));
            if (!sources.contains(c[2])) wrong.add(c[0] + " on " + c[1] + " → " + sources + ", not " + c[2]);
        }
        assertEquals(List.of(), wrong);
    }
}
