package it.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Browser;
import it.support.KioskSteps;
import it.support.TestDatabase;
import it.support.TestServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.servicehall.infrastructure.persistence.TrackingNumberSequence;

/**
 * After the 99 999th complaint of a day the day's number has six digits
 * ({@code TS-20261207-100001}): the citizen finds such a complaint by typing its number at the
 * kiosk, on the website and over REST, as every screen reads numbers with one parser.
 * Runs on the PostgreSQL test server only: the test sets the day's counter in the database, which
 * the embedded Derby of the other test server does not let a second process open. From here on,
 * the complaints the PostgreSQL run files today are numbered with six digits too.
 */
class SixDigitDayNumberIT {

    /** How many numbers of a day a server reserves at once. */
    private static final int BLOCK_SIZE = TrackingNumberSequence.BLOCK_SIZE;

    private static Browser browser;
    private static KioskSteps kiosk;

    @BeforeAll
    static void startBrowser() throws IOException {
        TestServer.awaitReady();
        browser = Browser.start(1080, 1920);
        kiosk = new KioskSteps(browser);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_complaint_numbered_after_the_99999th_of_its_day_is_found_at_the_kiosk_on_the_website_and_over_rest()
            throws Exception {
        KioskSteps.Receipt receipt = fileAfterTheDaysHundredThousandth();
        String digits = receipt.number().replaceAll("\\D", "");
        assertEquals(14, digits.length(), receipt.number());

        // the kiosk: fourteen digits on the keypad
        kiosk.start("?terminal=IT-NUMBERING");
        browser.tap(By.id("status"));
        kiosk.typeNumber(receipt.number());
        browser.tap(By.id("lookup:next"));
        browser.tapDigits(receipt.queryCode());
        browser.tap(By.id("lookup:search"));
        browser.await(By.id("resultNumber"));
        assertEquals(receipt.number(), browser.find(By.id("resultNumber")).getText());

        // the website: the digits alone, as a hurried citizen types them
        browser.open("/public/track.xhtml");
        browser.find(By.id("lookup:number")).sendKeys(digits);
        browser.find(By.id("lookup:code")).sendKeys(receipt.queryCode());
        browser.tap(By.id("lookup:search"));
        browser.await(By.id("resultNumber"));
        assertEquals(receipt.number(), browser.find(By.id("resultNumber")).getText());

        // REST: lower case, without dashes
        Api.Reply reply = Api.status(receipt.number().toLowerCase(Locale.ROOT).replace("-", ""), receipt.queryCode());
        assertEquals(200, reply.status(), reply.body());
        JsonObject status = reply.json();
        assertEquals(receipt.number(), status.getString("trackingNumber"));
    }

    /**
     * Files at the kiosk after setting today's counter to 100 000. The server hands out the rest of
     * the block of today's numbers it reserved before (fewer than a block) first: filings
     * over REST use them up, until one is numbered from a block reserved after the 100 000th.
     * Should the hall's day turn over meanwhile, the new day starts at 1 again: set its counter and
     * file once more.
     */
    private static KioskSteps.Receipt fileAfterTheDaysHundredThousandth() throws SQLException {
        KioskSteps.Receipt receipt = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            LocalDate day = TestServer.hallToday();
            counterAtLeast(day, 100_000);
            useUpTheServersBlock(day);
            kiosk.start("?terminal=IT-NUMBERING");
            receipt = kiosk.fileAnonymously("SERVICE_ATTITUDE", "RUDE");
            if (receipt.number().startsWith("TS-" + DateTimeFormatter.BASIC_ISO_DATE.format(day) + "-")) {
                assertTrue(receipt.number().matches("TS-\\d{8}-\\d{6}"), receipt.number());
                return receipt;
            }
        }
        throw new AssertionError("the hall's day turned over twice while filing: " + receipt);
    }

    /** Files over REST until a number of the day has six digits (or the day has turned over). */
    private static void useUpTheServersBlock(LocalDate day) {
        String prefix = "TS-" + DateTimeFormatter.BASIC_ISO_DATE.format(day) + "-";
        for (int filing = 0; filing <= BLOCK_SIZE; filing++) {
            String number = Api.fileAnonymously("SERVICE_ATTITUDE", "窗口工作人员态度生硬（编号测试）");
            if (!number.startsWith(prefix) || number.matches("TS-\\d{8}-\\d{6}")) {
                return;
            }
        }
        throw new AssertionError("still five-digit numbers after " + (BLOCK_SIZE + 1) + " filings: the server's"
                + " block of numbers is larger than " + BLOCK_SIZE);
    }

    private static void counterAtLeast(LocalDate day, long last) throws SQLException {
        assertEquals("postgresql", TestDatabase.kind(), "runs against the PostgreSQL test server only");
        try (Connection db = TestDatabase.connect(TestDatabase.serverDatabase());
             PreparedStatement upsert = db.prepareStatement("""
                     INSERT INTO TRACKING_COUNTER (COUNTER_DAY, LAST_NUMBER) VALUES (?, ?)
                     ON CONFLICT (COUNTER_DAY) DO UPDATE
                     SET LAST_NUMBER = GREATEST(TRACKING_COUNTER.LAST_NUMBER, EXCLUDED.LAST_NUMBER)""")) {
            upsert.setString(1, DateTimeFormatter.BASIC_ISO_DATE.format(day));
            upsert.setLong(2, last);
            upsert.executeUpdate();
        }
    }
}
