package org.dyad.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a news page carries besides its story: "Check Also" and "Read more" teasers for other stories, share bars,
 * advertisement labels, cookie banners. Coded as if it were the article, a teaser headline such as
 * "Bosnia's Serb leader threatens secession" becomes an event of a story that never said it. Shared by the
 * HTML reader (on elements) and the text reader (on lines of a scraped page).
 */
public final class PageFurniture {

    private PageFurniture() { }

    /** Lines or headings that introduce teasers for other stories. */
    private static final Set<String> TEASER_MARKERS = Set.of(
            "check also", "read more", "read also", "also read", "see also", "related", "related articles",
            "related stories", "related news", "related posts", "related content", "related coverage",
            "related topics", "recommended", "recommended for you", "recommended stories", "more stories",
            "more news", "you may also like", "you might also like", "you may be interested in",
            "share this", "share this article", "share this story", "most read", "most popular", "trending",
            "trending now", "latest news", "popular stories", "don't miss", "more on this story");

    /** Teaser headings that go on with a site or topic name: "More from VOA", "More on Ukraine". */
    private static final List<String> TEASER_PREFIXES = List.of(
            "more from ", "more on ", "related to ", "recommended for ", "read more about ", "more in ");

    /** Lines that are furniture wherever they stand, and are dropped alone. */
    private static final Set<String> LONE_LINES = Set.of("advertisement", "advertisment", "ad", "sponsored",
            "story continues below advertisement", "scroll to continue with content");

    // How much may follow a teaser marker for it to count as the page's tail: a few teaser headlines, not the
    // rest of an article. A mid-article sentence with "check also" in it is never a marker (whole line only).
    private static final int MAX_TAIL_LINES = 12;
    private static final int MAX_TAIL_CHARS = 2_000;

    /** class/id words of furniture elements; matched as parts of names such as "share-bar" or "socialLinks". */
    private static final Pattern FURNITURE_NAME = Pattern.compile(
            "share|sharing|social|caption|cookie|consent|gdpr|newsletter|subscribe|related|recommend"
                    + "|breadcrumb|promo|sponsor|advert|teaser|outbrain|taboola|comments|popular|trending"
                    + "|byline|skip-link|paywall|signup|sign-up|navbar|navigation|masthead|site-header|site-footer|sr-only|visually-hidden|screen-reader",
            Pattern.CASE_INSENSITIVE);
    /** Short furniture words that must stand as a whole part of a name ("ad-slot", not "header" or "read"). */
    private static final Pattern FURNITURE_TOKEN = Pattern.compile(
            "(?:^|[-_\\s])(?:ad|ads|adv|banner|nav|menu|footer|sidebar|widget|modal|popup|tags)(?:$|[-_\\s\\d])",
            Pattern.CASE_INSENSITIVE);

    /**
     * A scraped plain-text page without its furniture: lone "Advertisement" lines anywhere, and everything from
     * a teaser marker line ("Check Also", "Read more", "Related Articles", "Share this:") to the end when that
     * marker stands alone on its line near the end of the page.
     */
    public static String clean(String text) {
        String[] lines = text.split("\n", -1);
        List<String> kept = new ArrayList<>(lines.length);
        for (String line : lines) {
            if (!LONE_LINES.contains(normalise(line))) kept.add(line);
        }
        int cut = tailMarker(kept);
        if (cut >= 0) kept = kept.subList(0, cut);
        // A wire dateline opens the first paragraph of the body; it is not part of the first sentence.
        for (int i = 0; i < Math.min(kept.size(), 4); i++) {
            java.util.regex.Matcher m = DATELINE.matcher(kept.get(i));
            // A comma or an agency in parentheses tells a dateline from "NATO - the alliance - said".
            if (m.find() && (m.group().contains(",") || m.group().contains("(")) && m.end() < kept.get(i).length()) {
                kept.set(i, kept.get(i).substring(m.end()));
                break;
            }
        }
        return String.join("\n", kept).stripTrailing();
    }

    /**
     * "WASHINGTON/MOSCOW, Dec 28 - ", "KYIV, Ukraine (AP) — ", "LONDON (Reuters) - ": places in capitals,
     * optionally a region, a date and an agency, then a dash. Left in, it becomes the subject of the first
     * sentence's parse.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^[A-Z][A-Z.'\u2019]+(?:[ /-][A-Z][A-Z.'\u2019]+)*(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
                    + "(?:,? [A-Z][a-z]{2,8}\\.? \\d{1,2})?(?: \\([A-Za-z .]+\\))?\\s*[-\u2013\u2014]+\\s+");

    /** Index of the first marker line that begins the page's tail, or -1. */
    private static int tailMarker(List<String> lines) {
        boolean textBefore = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (textBefore && isTeaserMarker(line) && isShortTail(lines, i + 1)) return i;
            if (!line.isBlank()) textBefore = true;
        }
        return -1;
    }

    private static boolean isShortTail(List<String> lines, int from) {
        int nonBlank = 0;
        int chars = 0;
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            nonBlank++;
            chars += lines.get(i).length();
            if (nonBlank > MAX_TAIL_LINES || chars > MAX_TAIL_CHARS) return false;
        }
        return true;
    }

    /**
     * Whether a whole line or heading announces teasers: "Check Also", "Read more:", "Related Articles",
     * "More from VOA", "You may also like". A longer sentence that merely contains such words is not one.
     */
    public static boolean isTeaserMarker(String line) {
        String n = normalise(line);
        if (n.isEmpty() || n.length() > 60) return false;
        if (TEASER_MARKERS.contains(n)) return true;
        for (String prefix : TEASER_PREFIXES) {
            if (n.startsWith(prefix) && n.split(" ").length <= 6) return true;
        }
        return false;
    }

    /** Whether an element's class or id names furniture: share bars, captions, cookie banners, teasers, ads. */
    public static boolean isFurnitureName(String classOrId) {
        if (classOrId == null || classOrId.isBlank()) return false;
        return FURNITURE_NAME.matcher(classOrId).find() || FURNITURE_TOKEN.matcher(classOrId).find();
    }

    /** Lower case, spaces collapsed, trailing colons, arrows and ellipses gone: "Read more »" → "read more". */
    static String normalise(String line) {
        String n = line.replace('\u00A0', ' ').strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        n = n.replaceAll("[\\s:»›>….|\\-–—]+$", "");
        n = n.replaceAll("^[\\s»›>|\\-–—]+", "");
        return n.replace('\u2019', '\'');
    }
}
