package it.support;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.remote.http.ClientConfig;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the distribution's packages, driven like a touch screen: taps are
 * clicks, every screen is photographed into target/screenshots.
 *
 * <p>Photographs are for people to look at; no test reads them. A CI run ({@code CI=true}), whose
 * clone is thrown away afterwards, takes none unless {@code -Dit.photographs=true} asks for them.
 */
public final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(15);
    /**
     * How often a wait asks the page again. An answer takes the driver a few milliseconds; asked
     * every half second (Selenium's default), a tap whose ajax is still under way when first asked
     * costs half a second however fast the server answered.
     */
    private static final Duration POLL = Duration.ofMillis(20);
    /** The longest a page may take to load, a script to run, or chromedriver to answer: a hang fails with a message. */
    private static final Duration PAGE_LOAD = Duration.ofSeconds(60);
    private static final Duration SCRIPT = Duration.ofSeconds(30);
    private static final Duration DRIVER_ANSWER = Duration.ofSeconds(90);
    private static final boolean PHOTOGRAPHS = Boolean.parseBoolean(
            System.getProperty("it.photographs", String.valueOf(!"true".equals(System.getenv("CI")))));

    /**
     * Whether tapping an element loads another document: a plain link (no script of its own, not
     * to another window, not a download, not to a place on the same page). Ajax controls and
     * PrimeFaces command links (href="#") do not; buttons that post a form without ajax do, and
     * are tapped with {@link #tapAndLoad}.
     */
    private static final String LOADS_ANOTHER_PAGE = """
            var a = arguments[0].closest('a[href]');
            if (a === null || a.hasAttribute('onclick') || a.hasAttribute('download')) { return false; }
            if (a.target && a.target !== '_self') { return false; }
            var href = a.getAttribute('href');
            if (href === '' || href.charAt(0) === '#' || /^javascript:/i.test(href)) { return false; }
            var to = new URL(a.href, location.href);
            return !(to.origin === location.origin && to.pathname === location.pathname
                     && to.search === location.search && to.hash !== '');
            """;

    private final ChromeDriver driver;
    private URI base;
    private final WebDriverWait wait;
    private final List<String> violations = new ArrayList<>();

    private Browser(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT, POLL);
    }

    /** A fresh browser with an empty profile and a window of the given size (a kiosk is 1080 x 1920). */
    public static Browser start(int width, int height) throws IOException {
        return start(width, height, new String[0]);
    }

    /**
     * As {@link #start(int, int)} for a test server with a self-signed certificate made for the
     * test (the directory-login server is HTTPS only, as deployed).
     */
    public static Browser startAcceptingTestCertificates(int width, int height) throws IOException {
        return start(width, height, "--ignore-certificate-errors");
    }

    private static Browser start(int width, int height, String... extra) throws IOException {
        Path profile = Files.createTempDirectory(Path.of("target"), "chromium-profile-");
        // Chromium puts its singleton socket under TMPDIR, and a Unix socket path has at most 107
        // bytes: a deep checkout's target/ is too long for it, the system's temporary folder is not.
        Path tmp = Files.createTempDirectory("sh-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File(System.getProperty("servicehall.chromium", "/usr/bin/chromium")));
        options.setPageLoadTimeout(PAGE_LOAD);
        options.setScriptTimeout(SCRIPT);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--hide-scrollbars", "--lang=zh-CN",
                // as hall kiosks run it: the receipt prints without a print dialog
                "--kiosk-printing",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile.toAbsolutePath());
        // the console, to see what the pages' Content Security Policy blocked
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        options.addArguments(extra);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("servicehall.chromedriver", "/usr/bin/chromedriver")))
                .withEnvironment(Map.of("TMPDIR", tmp.toAbsolutePath().toString()))
                .usingAnyFreePort()
                .build();
        ClientConfig client = ClientConfig.defaultConfig().connectionTimeout(Duration.ofSeconds(30)).readTimeout(DRIVER_ANSWER);
        ChromeDriver driver = new ChromeDriver(service, options, client);
        // No favicon requests: the server answers them with its error page, which opens a session,
        // and one still on its way when a test starts afresh would set that session's cookie.
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", java.util.List.of("*/favicon.ico")));
        return new Browser(driver);
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Opens a path of the test server with a fresh session (no cookies from an earlier test). The
     * last page is left first, for a blank one: nothing of it may set a cookie after the clean slate.
     */
    public void openFresh(String path) {
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        open(path);
    }

    public void open(String path) {
        driver.get((base == null ? TestServer.uri(path) : base.resolve(path)).toString());
        ajaxDone();
    }

    /**
     * From now on, paths are opened at {@code server} (e.g. a load balancer or one node of several)
     * instead of the test server.
     */
    public Browser at(URI server) {
        this.base = server;
        return this;
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Taps an element and waits until the page's requests are done. A tap on a plain link waits for
     * the page it leads to: until then the old page would still answer every read.
     */
    public void tap(By by) {
        tap(by, false);
    }

    /**
     * Taps a control that loads another page (a button that posts its form without ajax, as login
     * and logout do) and waits until that page has replaced this one and is loaded.
     */
    public void tapAndLoad(By by) {
        tap(by, true);
    }

    private void tap(By by, boolean loads) {
        WebElement page = driver.findElement(By.tagName("html"));
        boolean navigates = loads;
        for (int attempt = 0; ; attempt++) {
            try {
                WebElement target = wait.until(ExpectedConditions.elementToBeClickable(by));
                navigates = loads || Boolean.TRUE.equals(script(LOADS_ANOTHER_PAGE, target));
                target.click();
                break;
            } catch (WebDriverException e) {
                if (!isStale(e) || attempt == 3) {
                    throw e;
                }
                page = driver.findElement(By.tagName("html"));
            }
        }
        if (navigates) {
            awaitNewPage(page, by);
        }
        ajaxDone();
    }

    /**
     * Waits until the document that {@code page} belonged to has been replaced by another. Asked
     * about an element of the old document while the new one comes in, Chromium answers either that
     * the element is stale or, for a moment, with the inspector error "Node with given id does not
     * belong to the document": both mean the same.
     */
    private void awaitNewPage(WebElement page, By tapped) {
        ExpectedCondition<Boolean> replaced = d -> {
            try {
                page.isEnabled();
                return false;
            } catch (WebDriverException e) {
                if (isStale(e)) {
                    return true;
                }
                throw e;
            }
        };
        try {
            new WebDriverWait(driver, PAGE_LOAD, POLL).until(replaced);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("tapping " + tapped + " did not load another page; still at "
                    + driver.getCurrentUrl(), e);
        }
    }

    /**
     * Whether the element asked about belongs to a document that is no longer shown: Chromium says
     * so as a stale element, or as the inspector error "Node with given id does not belong to the
     * document" (https://github.com/SeleniumHQ/selenium/issues/15401).
     */
    private static boolean isStale(WebDriverException e) {
        return e instanceof StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    /** Waits until an element is on the page. */
    public void await(By by) {
        wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public void awaitGone(By by) {
        wait.until(ExpectedConditions.numberOfElementsToBe(by, 0));
    }

    public void awaitText(By by, String text) {
        wait.until(ExpectedConditions.textToBe(by, text));
    }

    public void awaitContains(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    public boolean present(By by) {
        return !driver.findElements(by).isEmpty();
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * Waits until the document is loaded and PrimeFaces has no request in flight, nor one that
     * waits for its delay (a field that asks the server a moment after typing stops, as the
     * window's duplicate hints do). PrimeFaces keeps no count of the delayed ones, so the page's
     * queue is taught to keep one the first time this runs on a document.
     * A page under the Content Security Policy is done once PrimeFaces' scripts have put the
     * page's nonce into the forms (without it a postback is refused). A page is done only once its
     * style sheets and fonts have loaded: a language switch updates @all, which replaces the head.
     */
    public void ajaxDone() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(AJAX_DONE)));
        // read the console now, while the page that wrote it is still the one shown
        cspViolations();
    }

    private static final String AJAX_DONE = """
            var pf = window.PrimeFaces;
            if (document.readyState !== 'complete') { return false; }
            // an update of @all replaces the head: its style sheets load again, and until they have,
            // the page shows unstyled (a contrast or size check would read the wrong colours)
            var links = document.querySelectorAll('link[rel="stylesheet"]');
            for (var i = 0; i < links.length; i++) { if (!links[i].sheet) { return false; } }
            if (document.fonts && document.fonts.status !== 'loaded') { return false; }
            if (!pf || !pf.ajax || !pf.ajax.Queue) { return true; }
            var queue = pf.ajax.Queue, request = pf.ajax.Request;
            if (!queue.servicehallDelayed) {
                var delayed = queue.servicehallDelayed = {};
                var source = function (r) { return typeof r.source === 'string' ? r.source : jQuery(r.source).attr('id'); };
                var offer = queue.offer, send = request.send;
                queue.offer = function (r) {
                    if (r && r.delay) { delayed[source(r)] = r; }
                    return offer.apply(this, arguments);
                };
                request.send = function (r) {
                    if (r && delayed[source(r)] === r) { delete delayed[source(r)]; }
                    return send.apply(this, arguments);
                };
            }
            return queue.isEmpty() && Object.keys(queue.servicehallDelayed).length === 0
                    && (!pf.csp || !!pf.csp.NONCE_VALUE || !document.querySelector('script[nonce]'));
            """;

    /** Saves a screenshot as target/screenshots/NAME.png (none when photographs are off). */
    public void shot(String name) throws IOException {
        if (!PHOTOGRAPHS) {
            return;
        }
        File png = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), TestServer.screenshots().resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /**
     * Photographs the current screen in both kiosk orientations, as NAME-portrait.png and
     * NAME-landscape.png, and leaves the window in portrait.
     */
    public void shotBoth(String name) throws IOException {
        if (!PHOTOGRAPHS) {
            return;
        }
        resizeViewport(1080, 1920);
        shot(name + "-portrait");
        resizeViewport(1920, 1080);
        shot(name + "-landscape");
        resizeViewport(1080, 1920);
    }

    /** Photographs the page as the receipt printer gets it: print media, 80 mm (302 px) wide. */
    public void printShot(String name) throws IOException {
        if (!PHOTOGRAPHS) {
            return;
        }
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            resizeViewport(302, 900);
            shot(name);
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            resizeViewport(1080, 1920);
        }
    }

    /** Sizes the page area (not the window frame) to a kiosk screen. */
    public void resizeViewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        script("return document.body.offsetHeight;");
    }

    /** Taps each digit of {@code digits} on the page's keypad. */
    public void tapDigits(String digits) {
        for (char digit : digits.toCharArray()) {
            tap(By.cssSelector(".keypad .key-" + digit));
        }
    }

    /** The text a citizen sees on the whole page. */
    public String visibleText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public ChromeDriver chrome() {
        return driver;
    }

    /**
     * What the browser's console reported as blocked by the pages' Content Security Policy since
     * the browser started: a script, handler or style the pages need that the policy does not allow.
     */
    public List<String> cspViolations() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getMessage().contains("Content Security Policy")) {
                violations.add("on " + driver.getCurrentUrl() + ": " + entry.getMessage());
            }
        }
        return List.copyOf(violations);
    }

    /** Closes the browser; fails if any page broke its Content Security Policy meanwhile. */
    @Override
    public void close() {
        List<String> blocked;
        try {
            blocked = cspViolations();
        } finally {
            driver.quit();
        }
        if (!blocked.isEmpty()) {
            throw new AssertionError("the Content Security Policy blocked what a page needs: " + blocked);
        }
    }
}
