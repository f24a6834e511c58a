package it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;

/**
 * A citizen's moves at the kiosk, and what every screen must pass on the way: axe-core's serious
 * and critical rules, no English on a Chinese screen, photographs in both orientations.
 */
public final class KioskSteps {

    public static final By WELCOME = By.cssSelector("h1.welcome");

    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");
    /** Latin words a Chinese screen shows: the language switch, tracking numbers, the SMS opt-out reply "TD". */
    private static final List<String> ALLOWED_LATIN = List.of("English", "TS", "TD");

    private final Browser browser;
    private boolean photograph = true;

    public KioskSteps(Browser browser) {
        this.browser = browser;
    }

    public Browser browser() {
        return browser;
    }

    /** Takes no photographs from now on (screens already photographed elsewhere). */
    public KioskSteps withoutPhotographs() {
        photograph = false;
        return this;
    }

    /** A fresh kiosk (no cookies, no session) at its start URL. */
    public void start(String query) {
        browser.openFresh("/kiosk/index.xhtml" + query);
        browser.await(WELCOME);
    }

    public boolean english() {
        return browser.present(By.cssSelector(".kiosk-page.kiosk-en"));
    }

    public boolean elderly() {
        return browser.present(By.cssSelector(".kiosk-page.elderly"));
    }

    public void language(String language) {
        if ("en".equals(language) != english()) {
            browser.tap(By.id("language:" + language));
            browser.await(By.cssSelector(".kiosk-page.kiosk-" + language));
        }
    }

    public void elderly(boolean on) {
        if (on != elderly()) {
            browser.tap(By.id("language:elderly"));
            browser.await(By.cssSelector(".kiosk-page." + (on ? "elderly" : "standard")));
        }
    }

    /** The checks every screen passes in the mode and language it shows now. */
    public void check(String screen) throws IOException {
        String name = screen + "-" + (elderly() ? "elderly" : "standard") + "-" + (english() ? "en" : "zh");
        List<String> violations = Axe.seriousOrCritical(browser.driver(), name);
        assertEquals(List.of(), violations, "axe-core on " + name);
        assertEquals(english() ? "en" : "zh-CN", browser.script("return document.documentElement.lang;"),
                "<html lang> of " + name + " (a switch of language replaces all but the html element)");
        if (!english()) {
            assertEquals(List.of(), latinWords(browser.visibleText()), "English on the Chinese screen " + name);
        }
        assertEquals(List.of(), tooSmallTargets(elderly() ? 60 : 48), "touch targets on " + name);
        if (photograph) {
            browser.shotBoth(name);
        }
    }

    /** Checks the screen in both modes and both languages, switching on the screen itself; ends as it began. */
    public void checkEveryWay(String screen) throws IOException {
        boolean wasElderly = elderly();
        boolean wasEnglish = english();
        for (boolean elderly : new boolean[] {false, true}) {
            elderly(elderly);
            for (String language : new String[] {"zh", "en"}) {
                language(language);
                check(screen);
            }
        }
        elderly(wasElderly);
        language(wasEnglish ? "en" : "zh");
    }

    /** Everything a finger can tap that is smaller than {@code min} px either way, described. */
    @SuppressWarnings("unchecked")
    List<String> tooSmallTargets(int min) {
        return (List<String>) browser.script("""
                var min = arguments[0], small = [];
                document.querySelectorAll('a[href], button, [role=button], input, textarea').forEach(function (e) {
                    var r = e.getBoundingClientRect();
                    if (r.width === 0 || r.height === 0 || e.closest('dialog:not([open])')) { return; }
                    if (r.width < min || r.height < min) {
                        small.push((e.id || e.className || e.tagName) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));
                    }
                });
                return small;
                """, min);
    }

    static List<String> latinWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = LATIN_WORD.matcher(text);
        while (matcher.find()) {
            if (!ALLOWED_LATIN.contains(matcher.group())) {
                words.add(matcher.group());
            }
        }
        return words;
    }

    /**
     * Reads the receipt's QR code off the screen. The screen may still be settling after a resize
     * (a busy machine paints late), so a photo that holds no readable code is taken again, for up
     * to five seconds; a code that is not there at all still fails.
     */
    public String qrCodeText() throws Exception {
        var qr = browser.find(By.id("qrCode"));
        com.google.zxing.NotFoundException last = null;
        for (int attempt = 0; attempt < 25; attempt++) {
            byte[] png = qr.getScreenshotAs(OutputType.BYTES);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            try {
                return new QRCodeReader().decode(bitmap).getText();
            } catch (com.google.zxing.NotFoundException e) {
                last = e;
                Thread.sleep(200);
            }
        }
        throw last;
    }

    /** The receipt as the citizen sees it. */
    public record Receipt(String number, String queryCode) {
    }

    public Receipt receipt() {
        browser.await(By.cssSelector("form.step-RECEIPT"));
        String number = browser.find(By.id("trackingNumber")).getText().replaceAll("\\s", "");
        String code = browser.find(By.id("queryCode")).getText().strip();
        assertTrue(number.matches("TS-\\d{8}-\\d{5,6}"), number);
        assertTrue(code.matches("\\d{6}"), code);
        return new Receipt(number, code);
    }

    /** Files an anonymous complaint the quickest way: a tile, a common problem, no details. */
    public Receipt fileAnonymously(String category, String quickPick) {
        browser.tap(By.id("file"));
        browser.tap(By.cssSelector("a.tile-" + category));
        browser.tap(By.cssSelector("a.pick-" + quickPick));
        browser.tap(By.id("wizard:nextFromProblem"));
        browser.await(By.cssSelector("form.step-DETAILS"));
        while (browser.present(By.cssSelector("form.step-DETAILS"))) {
            browser.tap(By.id("wizard:nextFromDetails"));
        }
        browser.tap(By.id("wizard:anonymous"));
        browser.tap(By.id("wizard:submit"));
        return receipt();
    }

    /** Types the digits of a tracking number on the keypad (13, or 14 for a six-digit day number). */
    public void typeNumber(String trackingNumber) {
        browser.tapDigits(trackingNumber.replaceAll("\\D", ""));
        browser.awaitText(By.id("numberDisplay"), trackingNumber);
    }
}
