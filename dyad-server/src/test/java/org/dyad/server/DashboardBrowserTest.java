package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
    static DyadServer server;
    static ChromeDriver browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        server = DyadServer.create(new DyadServer.Options(CrisisCorpus.ingest(dir), "127.0.0.1", 0, null,
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

    @Test
    void theTimeSeriesDrawsAPointPerWeekWithEvents() throws Exception {
        browser.get(base);
        waitUpTo(20).until(d -> !d.findElements(By.cssSelector("#series-chart circle.point")).isEmpty());
        List<WebElement> points = browser.findElements(By.cssSelector("#series-chart circle.point"));
        // RUS:UKR by week: 27 Dec, 10 Jan, 24 Jan, 21 Feb (the attack and the fighting near Kyiv).
        assertEquals(4, points.size());
        assertTrue(browser.findElements(By.cssSelector("#series-chart rect.bar.q4")).size() >= 2, "material conflict bars");
        waitUpTo(20).until(d -> !d.findElements(By.cssSelector("#network-chart path.edge")).isEmpty());
        screenshot("dashboard.png");
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
            Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth");
            assertTrue(overflow.intValue() <= 1, "page is wider than the screen by " + overflow + " px");
            screenshot("phone.png");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1400));
        }
    }
}
