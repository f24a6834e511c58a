package it.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the distribution's packages, driven like a touch screen: taps are
 * clicks, every screen is photographed into target/screenshots.
 */
public final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
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
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--hide-scrollbars", "--lang=zh-CN",
                // as hall kiosks run it: the receipt prints without a print dialog
                "--kiosk-printing",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile.toAbsolutePath());
        options.addArguments(extra);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("servicehall.chromedriver", "/usr/bin/chromedriver")))
                .withEnvironment(Map.of("TMPDIR", tmp.toAbsolutePath().toString()))
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options));
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the test server with a fresh session (no cookies from an earlier test). */
    public void openFresh(String path) {
        driver.get(TestServer.uri("/health/live").toString());
        driver.manage().deleteAllCookies();
        open(path);
    }

    public void open(String path) {
        driver.get(TestServer.uri(path).toString());
        ajaxDone();
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Taps an element and waits until the page's requests are done. */
    public void tap(By by) {
        for (int attempt = 0; ; attempt++) {
            try {
                wait.until(ExpectedConditions.elementToBeClickable(by)).click();
                break;
            } catch (StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
        ajaxDone();
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

    /** Waits until PrimeFaces has no request in flight and the document is loaded. */
    public void ajaxDone() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (typeof PrimeFaces === 'undefined'"
                        + " || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /** Saves a screenshot as target/screenshots/NAME.png. */
    public Path shot(String name) throws IOException {
        File png = driver.getScreenshotAs(OutputType.FILE);
        Path target = TestServer.screenshots().resolve(name + ".png");
        Files.copy(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /**
     * Photographs the current screen in both kiosk orientations, as NAME-portrait.png and
     * NAME-landscape.png, and leaves the window in portrait.
     */
    public void shotBoth(String name) throws IOException {
        resizeViewport(1080, 1920);
        shot(name + "-portrait");
        resizeViewport(1920, 1080);
        shot(name + "-landscape");
        resizeViewport(1080, 1920);
    }

    /** Photographs the page as the receipt printer gets it: print media, 80 mm (302 px) wide. */
    public void printShot(String name) throws IOException {
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

    @Override
    public void close() {
        driver.quit();
    }
}
