package org.dyad.core.dictionary.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.core.dictionary.ActorEntry;
import org.dyad.core.dictionary.ActorEntry.Kind;

/**
 * Reads PETRARCH/TABARI agent dictionaries ({@code Phoenix.agents.txt}) into {@link Kind#AGENT} entries.
 *
 * <h2>The format</h2>
 * <pre>
 * !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON      a substitution set, used as !PERSON! in later lines
 * GOVERNMENT  [~GOV]                             a role word; ~GOV: the role follows the country (RUSGOV)
 * ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]    an irregular plural in braces
 * TROOPS {}  [~MIL]                              {} : no plural to form
 * CATTLE!PERSON! [~AGR]                          CATTLEMAN, CATTLEMEN, CATTLEWOMAN, ...
 * HUMAN_RIGHTS_BODY  [NGO~]                      NGO~: the role comes before the country (NGORUS)
 * </pre>
 *
 * <h2>Mapping</h2>
 * Every phrase, every substitution and every plural in braces becomes an {@link Kind#AGENT} entry whose code is
 * the role ({@code GOV}, {@code GOVMED}); the coder adds the country as Dyad does for its own agents. Regular
 * plurals are not generated: Dyad matches role words on lemmas as well as words, so "ministers" already finds
 * MINISTER. Braces replace the regular plural, so a phrase with braces ({@code POLICE {}}, {@code GOLDEN_GOOSE
 * {GOLDEN_GEESE}}) and its listed plurals match only as written ({@link ActorEntry#asWritten}): "polices" is no
 * police. A prefix code ({@code [NGO~]}) has no counterpart in Dyad, where the role always follows the
 * country: it is read as the role NGO and reported as approximated.
 */
public final class PetrarchAgentReader {
    private static final Pattern SUBSTITUTION = Pattern.compile("\\s*(![A-Za-z0-9_]+!)\\s*=\\s*(.*)");
    private static final Pattern ENTRY =
            Pattern.compile("\\s*(.+?)\\s*(?:\\{([^}]*)\\})?\\s*\\[\\s*([^\\]]*?)\\s*\\]\\s*");
    private static final Pattern MARKER = Pattern.compile("![A-Za-z0-9_]+!");

    private PetrarchAgentReader() {}

    public static List<ActorEntry> read(Path file, LoadReport.Builder report) {
        return read(PetrarchText.read(file), report);
    }

    public static List<ActorEntry> read(String name, String text, LoadReport.Builder report) {
        return read(PetrarchText.of(name, text), report);
    }

    static List<ActorEntry> read(PetrarchText text, LoadReport.Builder report) {
        Map<String, List<String>> substitutions = new HashMap<>();
        List<ActorEntry> out = new ArrayList<>();
        for (PetrarchText.Line line : text.lines()) {
            if (line.isBlank()) continue;
            Matcher s = SUBSTITUTION.matcher(line.text());
            if (s.matches()) {
                List<String> values = new ArrayList<>();
                for (String v : s.group(2).split(",")) if (!v.isBlank()) values.add(v.strip());
                substitutions.put(s.group(1).toUpperCase(), values);
                report.count("agents.substitution sets");
                continue;
            }
            Matcher m = ENTRY.matcher(line.text());
            if (!m.matches()) {
                report.unmapped(text.file(), line.number(), line.raw(), "unreadable agent line");
                continue;
            }
            String code = m.group(3).replace(" ", "");
            String role;
            if (code.matches("~[A-Z0-9]+")) {
                role = code.substring(1);
            } else if (code.matches("[A-Z0-9]+~")) {
                // A prefix agent ("MSF Arnor" -> NGOARN): the trailing ~ tells the actor coder to put it first.
                role = code;
            } else {
                report.unmapped(text.file(), line.number(), line.raw(), "agent code is not ~ROLE or ROLE~");
                continue;
            }
            Set<String> phrases;
            try {
                phrases = new LinkedHashSet<>(expand(m.group(1), substitutions));
                if (m.group(2) != null) {
                    for (String plural : m.group(2).trim().split("\\s+")) {
                        if (plural.isEmpty()) continue;
                        List<String> forms = expand(plural, substitutions);
                        phrases.addAll(forms);
                        report.count("agents.plurals", forms.size());
                    }
                }
            } catch (IllegalArgumentException e) {
                report.unmapped(text.file(), line.number(), line.raw(), e.getMessage());
                continue;
            }
            report.count("agents.entries");
            for (String p : phrases) {
                if (p.isEmpty()) continue;
                out.add(new ActorEntry(p, false, Kind.AGENT, role, List.of(), m.group(2) != null, false));
                report.count("agents.phrases");
            }
        }
        return out;
    }

    /** Replaces each !SET! by each of its values (all combinations), then joins the words with spaces. */
    private static List<String> expand(String raw, Map<String, List<String>> substitutions) {
        List<String> done = new ArrayList<>();
        List<String> todo = new ArrayList<>(List.of(raw));
        while (!todo.isEmpty()) {
            String s = todo.remove(todo.size() - 1);
            Matcher m = MARKER.matcher(s);
            if (!m.find()) {
                done.add(0, PetrarchActorReader.phrase(s, false));
                continue;
            }
            List<String> values = substitutions.get(m.group().toUpperCase());
            if (values == null) throw new IllegalArgumentException("undefined substitution set " + m.group());
            for (String v : values) todo.add(s.substring(0, m.start()) + v + s.substring(m.end()));
        }
        return done;
    }
}
