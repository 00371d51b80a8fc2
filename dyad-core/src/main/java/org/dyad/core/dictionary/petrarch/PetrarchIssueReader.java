package org.dyad.core.dictionary.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.core.dictionary.petrarch.IssueList.Exclusion;
import org.dyad.core.dictionary.petrarch.IssueList.Issue;
import org.dyad.core.dictionary.petrarch.IssueList.Term;

/**
 * Reads a PETRARCH issues file ({@code Phoenix.IssueCoding.txt}).
 *
 * <pre>
 * &lt;ISSUE CATEGORY="FOREIGN_AID" TYPE="ALL"&gt;   a category block, closed by &lt;/ISSUE&gt;
 * foreign aid [FOREIGN_AID]                   a phrase and its issue code
 * international n:donor [FOREIGN_AID]         n: (v:, m:) the word matches by lemma ("donors")
 * pre+n:school [EARLY_CHILDHOOD_EDUCATION]    + joins parts written together, hyphenated or apart
 * ~blood n:donor                              not this category when the sentence has this phrase
 * ~~oil                                       not this category anywhere in an article with this phrase
 * </pre>
 * The part-of-speech in {@code n:}/{@code v:} is not checked: the word is matched by lemma or word form. A
 * {@code †} (a no-break space garbled by a Mac text editor in the Phoenix file) separates words like a space.
 * A phrase without a code inside a block ({@code european central bank} under {@code EUROPEAN_UNION}) takes
 * the block's category as its code. Lines outside any block (the older flat format, {@code PHRASE [CODE]}) are
 * read with no category.
 */
public final class PetrarchIssueReader {
    private static final Pattern OPEN = Pattern.compile("\\s*<ISSUE\\b([^>]*)>\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern CLOSE = Pattern.compile("\\s*</ISSUE>\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern PHRASE = Pattern.compile("\\s*(.*?)\\s*\\[\\s*([^\\]]+?)\\s*\\]\\s*\\**\\s*");
    private static final Pattern POS = Pattern.compile("(^|\\+)[nvm]:");

    private PetrarchIssueReader() {}

    public static IssueList read(Path file, LoadReport.Builder report) {
        return read(PetrarchText.read(file), report);
    }

    public static IssueList read(String name, String text, LoadReport.Builder report) {
        return read(PetrarchText.of(name, text), report);
    }

    static IssueList read(PetrarchText text, LoadReport.Builder report) {
        List<Issue> issues = new ArrayList<>();
        List<Exclusion> exclusions = new ArrayList<>();
        String category = null;
        for (PetrarchText.Line line : text.lines()) {
            if (line.isBlank()) continue;
            String t = line.text().replace('\u2020', ' ').replace('\u00a0', ' ').strip();
            Matcher open = OPEN.matcher(t);
            if (open.matches()) {
                category = null;
                Matcher a = ATTRIBUTE.matcher(open.group(1));
                while (a.find()) if (a.group(1).equalsIgnoreCase("CATEGORY")) category = a.group(2);
                report.count("issues.categories");
                continue;
            }
            if (CLOSE.matcher(t).matches()) {
                category = null;
                continue;
            }
            String origin = text.file() + ":" + line.number();
            if (t.startsWith("~")) {
                boolean article = t.startsWith("~~");
                List<Term> terms = terms(t.substring(article ? 2 : 1));
                if (terms.isEmpty() || category == null) {
                    report.unmapped(text.file(), line.number(), line.raw(),
                            terms.isEmpty() ? "empty exclusion" : "exclusion outside an <ISSUE> block");
                    continue;
                }
                exclusions.add(new Exclusion(terms, category, article, origin));
                report.count(article ? "issues.article exclusions" : "issues.sentence exclusions");
                continue;
            }
            Matcher m = PHRASE.matcher(t);
            String phrase;
            String code;
            if (m.matches() && m.group(2).matches("[A-Za-z0-9_-]+")) {
                phrase = m.group(1);
                code = m.group(2);
            } else if (category != null && t.indexOf('[') < 0 && t.indexOf(']') < 0) {
                // A phrase without a code inside a block: the block's category is its code.
                phrase = t;
                code = category;
                report.count("issues.phrases coded with their category");
            } else {
                report.unmapped(text.file(), line.number(), line.raw(), "unreadable issue line");
                continue;
            }
            List<Term> terms = terms(phrase);
            if (terms.isEmpty()) {
                report.unmapped(text.file(), line.number(), line.raw(), "issue code with no phrase");
                continue;
            }
            issues.add(new Issue(terms, code, category, origin));
            report.count("issues.phrases");
        }
        return new IssueList(issues, exclusions);
    }

    private static List<Term> terms(String phrase) {
        List<Term> out = new ArrayList<>();
        for (String w : phrase.replace('_', ' ').trim().split("\\s+")) {
            if (w.isEmpty()) continue;
            Matcher pos = POS.matcher(w);
            boolean byLemma = pos.find();
            String bare = POS.matcher(w).replaceAll("$1");
            String compact = IssueList.compact(bare);
            if (!compact.isEmpty()) out.add(new Term(compact, byLemma));
        }
        return out;
    }
}
