package org.dyad.io;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * The story in a news page, by our own heuristics over jsoup's tree: take metadata from the intact page, remove
 * furniture (navigation, share bars, captions, cookie banners, "Check Also"/"Related" teaser blocks), then keep the
 * {@code <article>} or, failing that, the element with the most paragraph text, as blank-line separated paragraphs.
 * Headings and bylines ("By Staff Reporter · December 28, 2021") are dropped: they are not sentences of the story,
 * and the date is taken from the page's metadata instead.
 *
 * @param title headline, or null
 * @param date  the page's own publication date as written (meta or {@code <time datetime>}), or null
 * @param url   canonical address, or null
 * @param site  publisher name, or null
 * @param text  the article body, paragraphs separated by a blank line; empty if none was found
 */
record HtmlArticle(String title, String date, String url, String site, String text) {

    /** Elements that are never story text. */
    private static final String FURNITURE_TAGS = "script, style, noscript, template, iframe, svg, canvas, object, "
            + "embed, video, audio, button, input, select, textarea, form, nav, header, footer, aside, figure, "
            + "figcaption, picture, img, [hidden], [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [role=dialog], [role=alertdialog]";

    private static final Pattern COOKIE_TEXT = Pattern.compile(
            "(?i)\\bwe use cookies\\b|\\bcookie (policy|settings|preferences)\\b|\\baccept (all )?cookies\\b");

    /** Paragraph-like blocks: their text is a paragraph of the output. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol",
            "blockquote", "pre", "table", "thead", "tbody", "tr", "td", "th", "dl", "dt", "dd", "center", "address",
            "br", "hr", "body");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    static HtmlArticle extract(org.jsoup.nodes.Document page) {
        Element body = page.body();
        String title = firstNonBlank(meta(page, "meta[property=og:title]"), page.title(), textOf(body.selectFirst("h1")));
        String url = firstNonBlank(meta(page, "meta[property=og:url]"), attr(page.selectFirst("link[rel=canonical]"), "href"));
        String site = meta(page, "meta[property=og:site_name]");
        String date = publishedDate(page);

        removeFurniture(body);
        Element root = storyRoot(body);
        removeTeaserBlocks(root);
        removeLinkLists(root);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        collect(root, paragraphs, current);
        flush(paragraphs, current);
        String text = PageFurniture.clean(String.join("\n\n", paragraphs)).strip();
        return new HtmlArticle(title, date, url, site, text);
    }

    // ---- metadata -------------------------------------------------------------------------------------------

    private static String publishedDate(org.jsoup.nodes.Document page) {
        String fromMeta = firstNonBlank(
                meta(page, "meta[property=article:published_time]"),
                meta(page, "meta[name=article:published_time]"),
                meta(page, "meta[itemprop=datePublished]"),
                meta(page, "meta[name~=(?i)^(pubdate|publishdate|publish-date|date|dc\\.date\\.issued|dcterms\\.created|parsely-pub-date|sailthru\\.date)$]"));
        if (fromMeta != null) return fromMeta;
        Element article = page.selectFirst("article");
        Element time = article == null ? null : article.selectFirst("time[datetime]");
        if (time == null) time = page.selectFirst("time[datetime]");
        return time == null ? null : time.attr("datetime");
    }

    private static String meta(org.jsoup.nodes.Document page, String query) {
        Element e = page.selectFirst(query);
        return e == null ? null : blankToNull(e.attr("content"));
    }

    // ---- furniture ------------------------------------------------------------------------------------------

    private static void removeFurniture(Element body) {
        int pageText = paragraphText(body);
        for (Element e : body.select(FURNITURE_TAGS)) {
            if (!holdsStory(e, pageText)) e.remove();
        }
        for (Element e : body.getAllElements()) {
            if (e == body || e.parent() == null) continue;
            boolean named = PageFurniture.isFurnitureName(e.className()) || PageFurniture.isFurnitureName(e.id());
            boolean cookie = e.text().length() < 500 && COOKIE_TEXT.matcher(e.text()).find();
            if ((named || cookie) && !holdsStory(e, pageText)) e.remove();
        }
    }

    /**
     * A "Check Also" / "Related" / "More from" heading and what follows it in its container. A heading alone in
     * its wrapper ({@code <div class="title"><h3>Check Also</h3></div>}) takes the wrapper's following siblings.
     */
    private static void removeTeaserBlocks(Element root) {
        int storyText = paragraphText(root);
        for (Element e : root.select("h1, h2, h3, h4, h5, h6, p, div, span, strong, b, li, dt")) {
            if (e.parent() == null || e == root || !PageFurniture.isTeaserMarker(e.text())) continue;
            if (!e.select("p").isEmpty() && !e.tagName().equals("p")) continue;
            String marker = e.text().strip();
            Element block = e;
            while (block.parent() != null && block.parent() != root && block.parent().text().strip().equals(marker)) {
                block = block.parent();
            }
            for (Element sibling : block.nextElementSiblings()) {
                if (!holdsStory(sibling, storyText)) sibling.remove();
            }
            block.remove();
        }
        // "Read more: <a>another story</a>" inside the body: that paragraph only.
        for (Element p : root.select("p, li")) {
            String lower = p.text().toLowerCase(java.util.Locale.ROOT);
            if ((lower.startsWith("read more") || lower.startsWith("read also") || lower.startsWith("also read")
                    || lower.startsWith("see also") || lower.startsWith("check also") || lower.startsWith("related"))
                    && linkText(p) * 2 >= p.text().length() - 12) {
                p.remove();
            }
        }
    }

    /** Short blocks that are mostly links: teaser lists, tag clouds, "next story" boxes. */
    private static void removeLinkLists(Element root) {
        for (Element e : root.select("ul, ol, li, p, div")) {
            if (e.parent() == null || e == root) continue;
            int len = e.text().length();
            if (len > 0 && len < 400 && linkText(e) > 0.6 * len) e.remove();
        }
    }

    /** Whether removing {@code e} would take most of the story with it: then a class name misled us. */
    private static boolean holdsStory(Element e, int totalParagraphText) {
        String tag = e.tagName();
        if (tag.equals("html") || tag.equals("body") || tag.equals("main") || tag.equals("article")) return true;
        return totalParagraphText > 0 && paragraphText(e) * 2 > totalParagraphText;
    }

    // ---- choosing the story's element -----------------------------------------------------------------------

    private static Element storyRoot(Element body) {
        int total = paragraphText(body);
        Element best = bestOf(body.select("article, [itemprop=articleBody], main, [role=main]"));
        if (best != null && paragraphText(best) * 10 >= total * 4 && paragraphText(best) > 0) return best;
        // Text density: each paragraph scores for its parent, half for its grandparent, so a story split
        // over a few sibling divs still wins over a sidebar.
        Map<Element, Double> score = new IdentityHashMap<>();
        for (Element p : body.select("p")) {
            int len = p.text().length();
            if (len < 25) continue;
            Element parent = p.parent();
            if (parent == null) continue;
            score.merge(parent, (double) len, Double::sum);
            if (parent.parent() != null) score.merge(parent.parent(), len / 2.0, Double::sum);
        }
        Element winner = body;
        double top = 0;
        for (Map.Entry<Element, Double> e : score.entrySet()) {
            if (e.getValue() > top) { top = e.getValue(); winner = e.getKey(); }
        }
        return winner;
    }

    private static Element bestOf(Elements candidates) {
        Element best = null;
        int bestText = 0;
        for (Element e : candidates) {
            int t = paragraphText(e);
            if (t > bestText) { bestText = t; best = e; }
        }
        return best;
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p")) n += p.text().length();
        return n;
    }

    private static int linkText(Element e) {
        int n = 0;
        for (Element a : e.select("a")) n += a.text().length();
        return n;
    }

    // ---- text -----------------------------------------------------------------------------------------------

    /** Block elements end paragraphs; headings are not story sentences (the title is kept apart). */
    private static void collect(Node node, List<String> paragraphs, StringBuilder current) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                current.append(t.text());
            } else if (child instanceof Element e) {
                String tag = e.tagName();
                if (HEADINGS.contains(tag)) {
                    flush(paragraphs, current);
                } else if (BLOCKS.contains(tag)) {
                    flush(paragraphs, current);
                    collect(e, paragraphs, current);
                    flush(paragraphs, current);
                } else {
                    collect(e, paragraphs, current);
                }
            }
        }
    }

    private static void flush(List<String> paragraphs, StringBuilder current) {
        String p = current.toString().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        if (!p.isEmpty()) paragraphs.add(p);
        current.setLength(0);
    }

    // ---- small helpers --------------------------------------------------------------------------------------

    private static String textOf(Element e) {
        return e == null ? null : blankToNull(e.text());
    }

    private static String attr(Element e, String name) {
        return e == null ? null : blankToNull(e.attr(name));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }

}
