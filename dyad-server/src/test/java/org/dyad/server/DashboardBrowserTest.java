package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in Debian's headless Chromium over the crisis corpus, as an analyst would use it. Screenshots go
 * to target/screenshots/ for a person to look at.
 */
class DashboardBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;
    static Path db;
    static DyadServer server;
    static ChromeDriver browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        db = CrisisCorpus.ingest(dir);
        server = DyadServer.create(new DyadServer.Options(db, "127.0.0.1", 0, null,
                Http.SHARED_CODER)).start();
        base = "http://127.0.0.1:" + server.port() + "/";
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
        // A given driver binary keeps Selenium Manager from looking for one on the network.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 1400));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    static WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    static void screenshot(String name) throws Exception {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    static JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    /** Waits until no panel is loading. */
    static void settled() {
        waitUpTo(20).until(d -> d.findElements(By.cssSelector("[aria-busy=true]")).isEmpty()
                && !d.findElements(By.cssSelector("#events-label[data-total]")).isEmpty());
    }

    static void chooseModality(String value) {
        js().executeScript("document.querySelector('#view-form [name=modality]').value = arguments[0]", value);
        browser.findElement(By.cssSelector("#view-form button[type=submit]")).click();
        settled();
    }

    /** Clicks the series bar of a period where a reader would: on the bar, through the chart's click layer. */
    static void clickBar(String chart, String period) {
        WebElement bar = waitUpTo(20).until(d -> d.findElements(By.cssSelector(chart + " rect.bar[data-period='" + period + "']"))
                .stream().findFirst().orElse(null));
        new Actions(browser).moveToElement(bar).click().perform();
        java.time.LocalDate day = java.time.LocalDate.parse(period);
        String words = "week of " + day.getDayOfMonth() + " "
                + day.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH) + " " + day.getYear();
        waitUpTo(20).until(d -> d.findElement(By.id("events-label")).getText().contains(words));
        settled();
    }

    static int listed() {
        return Integer.parseInt(browser.findElement(By.id("events-label")).getAttribute("data-total"));
    }

    static int rows() {
        return browser.findElements(By.cssSelector("#events-table tbody tr")).size();
    }

    @Test
    void theSeriesCountsAssertedEventsByDefaultOnATrueWeekAxis() throws Exception {
        browser.get(base);
        settled();
        waitUpTo(20).until(d -> !d.findElements(By.cssSelector("#series-chart circle.point")).isEmpty());
        WebElement svg = browser.findElement(By.cssSelector("#series-chart svg"));
        // RUS:UKR, asserted only: 27 Dec, 24 Jan, 21 Feb; the denied assault of 10 Jan is not counted.
        assertEquals("3", svg.getAttribute("data-periods"));
        assertEquals(3, browser.findElements(By.cssSelector("#series-chart circle.point")).size());
        // Every week from the first to the last is on the axis, the empty ones at zero: 27 Dec to 21 Feb is 9 weeks.
        assertEquals("9", svg.getAttribute("data-points"));
        List<WebElement> ticks = browser.findElements(By.cssSelector("#series-chart text.tick"));
        assertTrue(ticks.size() >= 3, "dated ticks");
        for (WebElement t : ticks) assertTrue(t.getText().matches("\\d{1,2} [A-Z][a-z]{2}|[A-Z][a-z]{2} \\d{4}|\\d{4}"), t.getText());
        assertTrue(browser.findElement(By.cssSelector("#series-chart text.unit")).getText().contains("events per week"));
        assertTrue(browser.findElements(By.cssSelector("#series-chart line.grid")).size() >= 2, "count gridlines");
        assertEquals(1, browser.findElements(By.cssSelector("#series-chart line.gold-zero")).size());
        // The Goldstein line breaks over the empty weeks instead of bridging them.
        assertEquals(0, browser.findElements(By.cssSelector("#series-chart polyline.goldstein-line")).size(),
                "no two neighbouring weeks have events, so no segment joins them");
        assertTrue(browser.findElement(By.id("events-label")).getText().contains("asserted"));
        screenshot("dashboard.png");
        chooseModality("");
        waitUpTo(20).until(d -> "4".equals(d.findElement(By.cssSelector("#series-chart svg")).getAttribute("data-periods")));
        assertEquals(4, browser.findElements(By.cssSelector("#series-chart circle.point")).size());
        screenshot("all-modalities.png");
    }

    @Test
    void aBarListsExactlyItsEventsBothWaysInItsModalityAndSaysSo() throws Exception {
        browser.get(base);
        settled();
        // Asserted (the default): the week of 24 Jan has the drills (RUS→UKR) and Kyiv's call for talks (UKR→RUS).
        clickBar("#series-chart", "2022-01-24");
        JsonNode week = point(http().get("/api/series?dyad=RUS:UKR&by=week&modality=asserted").json(), "2022-01-24");
        assertEquals(week.get("events").asInt(), listed());
        assertEquals(2, listed());
        assertEquals(2, rows());
        String label = browser.findElement(By.id("events-label")).getText();
        assertTrue(label.startsWith("RUS:UKR · week of 24 Jan 2022"), label);
        assertTrue(label.endsWith("2 events"), label);
        List<String> sources = browser.findElements(By.cssSelector("#events-table tbody tr td:nth-child(2) .code"))
                .stream().map(WebElement::getText).toList();
        assertTrue(sources.stream().anyMatch(c -> c.startsWith("UKR")) && sources.stream().anyMatch(c -> c.startsWith("RUS")),
                "both directions: " + sources);
        screenshot("drill-down.png");
        // Every modality: the week of 10 Jan holds only the denied assault, and the list says it is negated.
        chooseModality("");
        clickBar("#series-chart", "2022-01-10");
        assertEquals(1, listed());
        assertEquals("negated", browser.findElement(By.cssSelector("#events-table tbody tr .mod")).getText());
        assertTrue(browser.findElement(By.id("events-label")).getText().contains("all modalities"));
        // A stale table filter does not survive a click on a bar.
        browser.findElement(By.cssSelector("#events-form [name=text]")).sendKeys("Geneva");
        browser.findElement(By.cssSelector("#events-form button")).click();
        settled();
        clickBar("#overview-chart", "2022-02-21");
        JsonNode all = point(http().get("/api/series?by=week").json(), "2022-02-21");
        assertEquals(all.get("events").asInt(), listed());
        assertEquals("", browser.findElement(By.cssSelector("#events-form [name=text]")).getAttribute("value"));
    }

    @Test
    void aSeriesPeriodCanBeListedFromTheKeyboard() throws Exception {
        browser.get(base);
        settled();
        WebElement chart = waitUpTo(20).until(d -> d.findElements(By.cssSelector("#series-chart svg[tabindex]")).stream().findFirst().orElse(null));
        js().executeScript("arguments[0].focus()", chart);
        new Actions(browser).sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT).sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT)
                .sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        waitUpTo(20).until(d -> d.findElement(By.id("events-label")).getText().startsWith("RUS:UKR · week of 24 Jan 2022"));
        settled();
        assertEquals(2, listed());
    }

    @Test
    void theBusiestDyadsAreTheEntryPoint() throws Exception {
        browser.get(base);
        settled();
        WebElement top = waitUpTo(20).until(d -> d.findElements(By.cssSelector("#top-dyads button")).stream().findFirst().orElse(null));
        assertEquals("RUS:UKR", top.getAttribute("data-dyad"));
        assertTrue(top.getText().contains("Russia – Ukraine"), top.getText());
        // Start from another dyad, then click the top one.
        js().executeScript("const f = document.getElementById('series-form'); f.a.value = 'USA'; f.b.value = '*';");
        browser.findElement(By.cssSelector("#series-form button")).click();
        waitUpTo(20).until(d -> d.findElement(By.id("series-title")).getText().contains("USA:*"));
        top = browser.findElement(By.cssSelector("#top-dyads button"));
        top.click();
        waitUpTo(20).until(d -> d.findElement(By.id("series-title")).getText().contains("Russia ↔ Ukraine"));
        waitUpTo(20).until(d -> d.findElement(By.id("events-label")).getText().startsWith("RUS:UKR"));
        settled();
        assertEquals(Integer.parseInt(top.getAttribute("data-events")), listed());
        assertEquals(5, listed(), "asserted events between Russia and Ukraine, both ways");
        screenshot("top-dyads.png");
    }

    @Test
    void theTableSortsShowsAnEmptyStateAndOpensASidePanel() throws Exception {
        browser.get(base);
        settled();
        List<String> dates = browser.findElements(By.cssSelector("#events-table tbody td.date span")).stream().map(WebElement::getText).toList();
        assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates, "newest first");
        WebElement first = browser.findElement(By.cssSelector("#events-table tbody tr"));
        assertTrue(first.findElement(By.cssSelector("td.date small")).getText().contains("day"), "precision and basis");
        assertTrue(first.findElement(By.cssSelector("td:nth-child(9) a")).getAttribute("href").startsWith("https://news.example/"));
        browser.findElement(By.cssSelector("th[data-sort=goldstein] button")).click();
        waitUpTo(20).until(d -> "descending".equals(d.findElement(By.cssSelector("th[data-sort=goldstein]")).getAttribute("aria-sort")));
        settled();
        assertEquals("8.3", browser.findElement(By.cssSelector("#events-table tbody tr td:nth-child(5)")).getText());
        browser.findElement(By.cssSelector("th[data-sort=goldstein] button")).click();
        waitUpTo(20).until(d -> "ascending".equals(d.findElement(By.cssSelector("th[data-sort=goldstein]")).getAttribute("aria-sort")));
        settled();
        assertEquals("-10.0", browser.findElement(By.cssSelector("#events-table tbody tr td:nth-child(5)")).getText());
        // The side panel opens beside the table; the table does not scroll away.
        WebElement row = browser.findElement(By.cssSelector("#events-table tbody tr"));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", row);
        long before = ((Number) js().executeScript("return window.scrollY")).longValue();
        row.click();
        waitUpTo(20).until(d -> !d.findElements(By.cssSelector("#document .sentence.selected")).isEmpty());
        assertTrue(browser.findElement(By.id("document")).isDisplayed());
        assertEquals(before, ((Number) js().executeScript("return window.scrollY")).longValue());
        assertTrue(browser.findElement(By.id("doc-event")).getText().contains("Goldstein -10"));
        screenshot("side-panel.png");
        browser.findElement(By.id("doc-close")).click();
        assertFalse(browser.findElement(By.id("document")).isDisplayed());
        browser.findElement(By.cssSelector("#events-form [name=text]")).sendKeys("no sentence says this");
        browser.findElement(By.cssSelector("#events-form button")).click();
        WebElement empty = waitUpTo(20).until(d -> d.findElement(By.id("events-empty")).isDisplayed() ? d.findElement(By.id("events-empty")) : null);
        assertTrue(empty.getText().startsWith("No events match"));
        assertEquals(0, rows());
        screenshot("empty-table.png");
    }

    @Test
    void theAddressKeepsTheView() throws Exception {
        browser.get(base + "?from=2022-01-01&to=2022-01-31&modality=any&by=month&dyad=UKR%3ERUS");
        settled();
        assertEquals("2022-01-01", browser.findElement(By.cssSelector("#view-form [name=from]")).getAttribute("value"));
        assertEquals("", browser.findElement(By.cssSelector("#view-form [name=modality]")).getAttribute("value"));
        waitUpTo(20).until(d -> d.findElement(By.id("series-title")).getText().contains("(UKR>RUS)"));
        assertEquals("1", browser.findElement(By.cssSelector("#series-chart svg")).getAttribute("data-periods"));
        // Changing the view writes it back to the address.
        js().executeScript("document.querySelector('#view-form [name=quad]').value = '1'");
        browser.findElement(By.cssSelector("#view-form button[type=submit]")).click();
        settled();
        String url = browser.getCurrentUrl();
        assertTrue(url.contains("quad=1") && url.contains("dyad=UKR%3ERUS") && url.contains("from=2022-01-01"), url);
    }

    @Test
    void aBadPeriodIsReportedNextToItAndClearedOnceFixed() throws Exception {
        browser.get(base);
        settled();
        js().executeScript("const f = document.getElementById('view-form'); f.from.value = '2022-02-01'; f.to.value = '2022-01-01';");
        browser.findElement(By.cssSelector("#view-form button[type=submit]")).click();
        WebElement error = waitUpTo(20).until(d -> {
            WebElement e = d.findElement(By.cssSelector("#overview .error"));
            return e.isDisplayed() ? e : null;
        });
        assertTrue(error.getText().contains("is before from"), error.getText());
        assertTrue(browser.findElements(By.cssSelector("#overview-chart svg")).isEmpty(), "no stale chart");
        screenshot("inline-error.png");
        js().executeScript("document.getElementById('view-form').to.value = '2022-03-01'");
        browser.findElement(By.cssSelector("#view-form button[type=submit]")).click();
        waitUpTo(20).until(d -> !d.findElement(By.cssSelector("#overview .error")).isDisplayed());
        assertFalse(browser.findElements(By.cssSelector("#overview-chart svg")).isEmpty());
    }

    /** The query of a link as name → value. */
    static java.util.Map<String, String> parameters(String href) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        for (String kv : java.net.URI.create(href).getRawQuery().split("&")) {
            String[] p = kv.split("=", 2);
            out.put(java.net.URLDecoder.decode(p[0], java.nio.charset.StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(p[1], java.nio.charset.StandardCharsets.UTF_8));
        }
        return out;
    }

    /** What the page gets when it follows the link: fetched by the page itself, with its own origin and headers. */
    static String fetchedByThePage(String href) {
        return (String) js().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " fetch(arguments[0]).then(r => r.ok ? r.text() : 'HTTP ' + r.status).then(done, e => done('failed: ' + e));", href);
    }

    /** dyad-store's export of the filter, computed on the store itself, as {@code dyad export} writes it. */
    static String storesOwnExport(org.dyad.store.Exporter.Format format, org.dyad.store.EventFilter filter) throws Exception {
        // The server's configuration (read-only, one thread): DuckDB shares one file in a process only under one.
        try (org.dyad.store.EventStore store = org.dyad.store.EventStore.openReadOnly(db, 1)) {
            java.io.StringWriter out = new java.io.StringWriter();
            new org.dyad.store.Exporter(store).write(format, filter, false, out);
            return out.toString();
        }
    }

    @Test
    void theExportIsTheStoresOwnExportOfExactlyTheListedViewAndTheAddressReproducesIt() throws Exception {
        // A view in the address: Dec to Feb, asserted only, weeks, the RUS:UKR dyad.
        browser.get(base + "?from=2021-12-01&to=2022-02-28&modality=asserted&by=week&dyad=RUS%3AUKR");
        settled();
        WebElement top = waitUpTo(20).until(d -> d.findElements(By.cssSelector("#top-dyads button[data-dyad='RUS:UKR']"))
                .stream().findFirst().orElse(null));
        top.click();
        waitUpTo(20).until(d -> d.findElement(By.id("events-label")).getText().startsWith("RUS:UKR"));
        settled();
        assertEquals(5, listed());
        assertEquals("Export these 5 events", browser.findElement(By.id("export-label")).getText());
        String csvHref = browser.findElement(By.id("export-csv")).getAttribute("href");
        assertEquals(java.util.Map.of("dyad", "RUS:UKR", "from", "2021-12-01", "to", "2022-02-28", "modality", "asserted",
                "format", "csv"), parameters(csvHref));
        org.dyad.store.EventFilter view = new org.dyad.store.EventFilter(java.time.LocalDate.parse("2021-12-01"),
                java.time.LocalDate.parse("2022-02-28"), org.dyad.store.Dyad.parse("RUS:UKR"), null, null, null, null, null,
                "asserted", null);
        String csv = fetchedByThePage(csvHref);
        assertEquals(storesOwnExport(org.dyad.store.Exporter.Format.CSV, view), csv);
        assertEquals(1 + 5, csv.lines().count(), "a header and the five listed events, both directions");
        String jsonHref = browser.findElement(By.id("export-json")).getAttribute("href");
        assertEquals(storesOwnExport(org.dyad.store.Exporter.Format.PLOVER_JSONL, view), fetchedByThePage(jsonHref));
        js().executeScript("document.getElementById('events').scrollIntoView()");
        screenshot("export.png");

        // A bar's drill-down exports the bar: its week, its dyad both ways, its modality.
        clickBar("#series-chart", "2022-01-24");
        assertEquals(2, listed());
        String weekHref = browser.findElement(By.id("export-json")).getAttribute("href");
        assertEquals(java.util.Map.of("dyad", "RUS:UKR", "from", "2022-01-24", "to", "2022-01-30", "modality", "asserted",
                "format", "plover-jsonl"), parameters(weekHref));
        String week = fetchedByThePage(weekHref);
        assertEquals(storesOwnExport(org.dyad.store.Exporter.Format.PLOVER_JSONL,
                view.withPeriod(java.time.LocalDate.parse("2022-01-24"), java.time.LocalDate.parse("2022-01-30"))), week);
        assertEquals(2, week.lines().count());
        assertTrue(week.contains("\"recipient_code\": \"UKR\"") && week.contains("\"recipient_code\": \"RUS\""), week);

        // The address kept the view: opened again, it shows the same dyad and the same export.
        String address = browser.getCurrentUrl();
        assertTrue(address.contains("dyad=RUS%3AUKR") && address.contains("from=2021-12-01") && address.contains("to=2022-02-28")
                && address.contains("modality=asserted") && address.contains("by=week"), address);
        browser.get(address);
        settled();
        waitUpTo(20).until(d -> d.findElement(By.id("series-title")).getText().contains("(RUS:UKR)"));
        waitUpTo(20).until(d -> !d.findElements(By.cssSelector("#top-dyads button[data-dyad='RUS:UKR']")).isEmpty());
        browser.findElement(By.cssSelector("#top-dyads button[data-dyad='RUS:UKR']")).click();
        waitUpTo(20).until(d -> d.findElement(By.id("events-label")).getText().startsWith("RUS:UKR"));
        settled();
        assertEquals(csvHref, browser.findElement(By.id("export-csv")).getAttribute("href"));
    }

    static Http http() {
        return new Http(server.port());
    }

    static JsonNode point(JsonNode series, String period) {
        for (JsonNode p : series.get("points")) if (p.get("period").asText().equals(period)) return p;
        throw new AssertionError("no period " + period + " in " + series);
    }

    @Test
    void clickingAnEventOpensItsDocumentWithTheSentenceHighlighted() throws Exception {
        browser.get(base);
        WebElement row = waitUpTo(20).until(d -> d.findElements(By.cssSelector("#events-table tbody tr")).stream()
                .filter(r -> r.getText().contains(CrisisCorpus.ATTACK_SENTENCE)).findFirst().orElse(null));
        row.click();
        WebElement selected = waitUpTo(20).until(d -> d.findElements(By.cssSelector("#doc-text .sentence.selected"))
                .stream().findFirst().orElse(null));
        String highlighted = browser.findElements(By.cssSelector("#doc-text .sentence.selected")).stream()
                .map(WebElement::getText).reduce("", String::concat);
        assertEquals(CrisisCorpus.ATTACK_SENTENCE, highlighted);
        assertEquals("Russian forces", browser.findElement(By.cssSelector("#doc-text .source")).getText());
        assertEquals("Russia attacks Ukraine", browser.findElement(By.id("doc-title")).getText());
        assertTrue(selected.isDisplayed());
        screenshot("document.png");
    }

    @Test
    void thePasteBoxCodesAStory() throws Exception {
        browser.get(base);
        WebElement text = browser.findElement(By.cssSelector("#code-form textarea"));
        text.sendKeys("Pakistan's army attacked Taliban positions on Tuesday. The weather was mild.");
        ((JavascriptExecutor) browser).executeScript("document.querySelector('#code-form [name=date]').value = '2021-12-28'");
        browser.findElement(By.cssSelector("#code-form button")).click();
        WebElement first = waitUpTo(120).until(d -> d.findElements(By.cssSelector("#code-events li.coded-event"))
                .stream().findFirst().orElse(null));
        assertTrue(first.getText().contains("PAKMIL"), first.getText());
        first.click();
        assertEquals("Pakistan's army attacked Taliban positions on Tuesday.",
                browser.findElement(By.cssSelector("#code-text .sentence.selected")).getText()
                        + browser.findElements(By.cssSelector("#code-text .sentence.selected")).stream().skip(1)
                        .map(WebElement::getText).reduce("", String::concat));
        ((JavascriptExecutor) browser).executeScript("document.getElementById('code').scrollIntoView()");
        screenshot("code-a-text.png");
    }

    @Test
    void aPhoneWidthScreenNeedsNoSidewaysScrolling() throws Exception {
        try {
            browser.manage().window().setSize(new Dimension(390, 1400));
            browser.get(base);
            waitUpTo(20).until(d -> !d.findElements(By.cssSelector("#series-chart circle.point")).isEmpty());
            waitUpTo(20).until(d -> !d.findElements(By.cssSelector("#events-table tbody tr")).isEmpty());
            settled();
            // Rows are cards that keep the modality and the sentence.
            WebElement card = browser.findElement(By.cssSelector("#events-table tbody tr"));
            assertFalse(browser.findElement(By.cssSelector("#events-table thead")).isDisplayed());
            assertTrue(card.findElement(By.cssSelector(".mod")).isDisplayed());
            assertTrue(card.findElement(By.cssSelector("td.wide")).isDisplayed());
            assertTrue(card.getSize().getWidth() <= 390, "a card fits the screen");
            Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth");
            assertTrue(overflow.intValue() <= 1, "page is wider than the screen by " + overflow + " px");
            screenshot("phone.png");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1400));
        }
    }

    /** The map's dots once the map has drawn the view: one per event with a place. */
    static List<WebElement> mapDots(int expected) {
        waitUpTo(20).until(d -> d.findElements(By.cssSelector("#map-chart circle.event-dot")).size() == expected
                && d.findElements(By.cssSelector("#map[aria-busy=true]")).isEmpty());
        return browser.findElements(By.cssSelector("#map-chart circle.event-dot"));
    }

    /** Ids of the events with coordinates that /api/events lists for these parameters. */
    static java.util.Set<String> locatedIds(String parameters) throws Exception {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        for (JsonNode e : http().get("/api/events?size=500&" + parameters).json().get("events")) {
            if (e.path("location").path("lat").isNumber()) ids.add(e.get("id").asText());
        }
        return ids;
    }

    static java.util.Set<String> dotIds(List<WebElement> dots) {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        for (WebElement d : dots) ids.add(d.getAttribute("data-event"));
        return ids;
    }

    @Test
    void theMapShowsOneDotPerLocatedEventOfTheViewAndAClickOpensThatEvent() throws Exception {
        browser.get(base);
        settled();
        // Asserted (the default view): near Donetsk, in Geneva, near Kyiv (two stories, one event).
        List<WebElement> dots = mapDots(3);
        assertEquals(locatedIds("modality=asserted"), dotIds(dots));
        assertEquals("3", browser.findElement(By.cssSelector("#map-chart svg")).getAttribute("data-events"));
        assertTrue(browser.findElement(By.id("map-title")).getText().startsWith("3 of 9 events have a place"),
                browser.findElement(By.id("map-title")).getText());
        // Each dot sits where its place is: x = (lon + 180) * 10, y = (90 - lat) * 10 (one place, no fanning out).
        WebElement geneva = dots.stream().filter(d -> d.getAttribute("aria-label").startsWith("Geneva, CHE"))
                .findFirst().orElseThrow();
        assertEquals((6.146 + 180) * 10, Double.parseDouble(geneva.getAttribute("cx")), 0.1);
        assertEquals((90 - 46.202) * 10, Double.parseDouble(geneva.getAttribute("cy")), 0.1);
        // The outline is drawn, and the frame holds every dot.
        assertFalse(browser.findElement(By.cssSelector("#map-chart path.land")).getAttribute("d").isEmpty());
        String[] box = browser.findElement(By.cssSelector("#map-chart svg")).getDomAttribute("viewBox").split(" ");
        double x0 = Double.parseDouble(box[0]), y0 = Double.parseDouble(box[1]);
        double x1 = x0 + Double.parseDouble(box[2]), y1 = y0 + Double.parseDouble(box[3]);
        for (WebElement d : dots) {
            double cx = Double.parseDouble(d.getAttribute("cx")), cy = Double.parseDouble(d.getAttribute("cy"));
            assertTrue(cx > x0 && cx < x1 && cy > y0 && cy < y1, "dot " + d.getAttribute("aria-label") + " outside the frame");
        }
        js().executeScript("document.getElementById('map').scrollIntoView({block: 'center'})");
        screenshot("map.png");

        new Actions(browser).moveToElement(geneva).click().perform();
        waitUpTo(20).until(d -> "Talks in Geneva".equals(d.findElement(By.id("doc-title")).getText()));
        assertEquals("American and Russian diplomats held talks in Geneva on Monday.",
                browser.findElements(By.cssSelector("#doc-text .sentence.selected")).stream()
                        .map(WebElement::getText).reduce("", String::concat));
        assertTrue(browser.findElement(By.id("doc-event")).getText().contains("Geneva, CHE"),
                browser.findElement(By.id("doc-event")).getText());
        assertTrue(geneva.getAttribute("class").contains("open"));
        screenshot("map-event.png");
        browser.findElement(By.id("doc-close")).click();

        // The view's period narrows the map as it narrows every panel: from 2022 on, Donetsk (27 Dec) is gone.
        js().executeScript("document.querySelector('#view-form [name=from]').value = '2022-01-01'");
        browser.findElement(By.cssSelector("#view-form button[type=submit]")).click();
        settled();
        List<WebElement> later = mapDots(2);
        assertEquals(locatedIds("modality=asserted&from=2022-01-01"), dotIds(later));
        // The whole world on demand.
        WebElement whole = browser.findElement(By.id("map-world"));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", whole);
        whole.click();
        assertEquals("0 60 3600 1440", browser.findElement(By.cssSelector("#map-chart svg")).getDomAttribute("viewBox"));
        assertEquals(2, mapDots(2).size());
    }
}
