package it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.support.Api;
import it.support.Await;
import it.support.Browser;
import it.support.Cluster;
import it.support.KioskSteps;
import it.support.PluginFolder;
import it.support.Plugins;
import it.support.Staff;
import it.support.TestDatabase;
import it.support.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two nodes on one PostgreSQL database behind HAProxy, as a hall runs them: what one node does
 * shows on the other, and when a node dies (SIGKILL) nothing acknowledged is lost, nothing is done
 * twice, staff stay logged in and a citizen at a kiosk goes on.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Duration LIVE = Duration.ofSeconds(20);
    /** The periodic jobs that run on one node at a time: escalation rules, channel deliveries and mailbox polls. */
    private static final List<String> JOBS = List.of("escalation", "channels");
    private static final String SAMPLE_PLUGIN = "org.servicehall.plugins.category.sample";

    private static Browser window;
    private static Browser supervisor;
    private static Browser kiosk;

    @BeforeAll
    static void clusterUp() throws Exception {
        // -Dit.test=ClusterIT picks it in the single-server runs as well: it runs in the cluster run only
        assumeTrue(System.getProperty("servicehall.cluster.lb.port") != null, "not the cluster run");
        TestServer.awaitReady();
        Cluster.awaitReady(Cluster.nodeB(), Duration.ofMinutes(3));
        Cluster.awaitReady(Cluster.balancer(), Duration.ofMinutes(1));
    }

    @AfterAll
    static void closeBrowsers() {
        for (Browser browser : new Browser[] {window, supervisor, kiosk}) {
            if (browser != null) {
                browser.close();
            }
        }
    }

    @Test
    @Order(1)
    void a_complaint_filed_at_a_kiosk_on_node_a_appears_on_a_window_connected_to_node_b() throws IOException {
        window = Browser.start(1366, 900).at(Cluster.nodeB());
        login(window, Staff.RECEPTION);
        window.await(By.id("live:arrivals"));
        window.script("window.__sameDocument = true;");

        kiosk = Browser.start(1080, 1920);
        KioskSteps steps = new KioskSteps(kiosk).withoutPhotographs();
        steps.start("?terminal=HALL1-K05");
        String number = steps.fileAnonymously("FACILITIES_ENVIRONMENT", "NOT_ENOUGH_SEATS").number();
        long filed = System.nanoTime(); // the receipt is shown: the filing is committed

        new WebDriverWait(window.driver(), LIVE).ignoring(StaleElementReferenceException.class)
                .withMessage("the window on node b shows " + number + " filed on node a")
                .until(d -> d.findElement(By.id("live:arrivals")).getText().contains(number));
        long shownMillis = (System.nanoTime() - filed) / 1_000_000;
        assertEquals(Boolean.TRUE, window.script("return window.__sameDocument === true;"), "pushed, not reloaded");
        System.out.println("kiosk receipt on node a -> shown on a window on node b: " + shownMillis + " ms");
    }

    @Test
    @Order(2)
    void when_a_node_dies_under_load_nothing_acknowledged_is_lost_or_doubled_and_staff_and_citizens_go_on()
            throws Exception {
        // the supervisor and a citizen halfway through the kiosk wizard, both on node b
        supervisor = Browser.start(1366, 900).at(Cluster.balancer());
        pinToNodeB(supervisor);
        login(supervisor, Staff.SUPERVISOR);
        assertEquals("b", nodeOf(supervisor), "the supervisor works on node b");

        if (kiosk != null) {
            kiosk.close();
        }
        kiosk = Browser.start(1080, 1920).at(Cluster.balancer());
        pinToNodeB(kiosk);
        kiosk.open("/kiosk/index.xhtml?terminal=HALL1-K06");
        kiosk.await(KioskSteps.WELCOME);
        kiosk.tap(By.id("file"));
        kiosk.tap(By.cssSelector("a.tile-FACILITIES_ENVIRONMENT"));
        kiosk.await(By.cssSelector("a.pick-NOT_ENOUGH_SEATS"));
        assertEquals("b", nodeOf(kiosk), "the kiosk is served by node b");

        // the periodic jobs run on node b: the leases are handed to it, and it keeps renewing them
        for (String job : JOBS) {
            update("UPDATE JOB_LEASE SET HOLDER = 'b', EXPIRES_AT = (CURRENT_TIMESTAMP AT TIME ZONE 'UTC')"
                    + " + INTERVAL '20 seconds' WHERE NAME = ?", job);
        }
        awaitLeasesRenewedBy("b");

        // filings through the load balancer, every one with a text of its own
        String run = "集群测试 " + UUID.randomUUID() + " 第";
        Load load = new Load(run);
        load.start(4);
        load.awaitAcknowledged(30, Duration.ofMinutes(2));
        Cluster.killNodeB();
        int atKill = load.acknowledged.size();
        load.awaitAcknowledged(atKill + 30, Duration.ofMinutes(2));
        load.stop();

        // the supervisor goes on without logging in again, now on node a
        supervisor.open("/staff/");
        try {
            supervisor.await(By.id("whoami"));
        } catch (TimeoutException e) {
            throw new AssertionError("the supervisor is not on a staff page after node b died: "
                    + supervisor.driver().getCurrentUrl() + " " + supervisor.visibleText(), e);
        }
        assertFalse(supervisor.driver().getCurrentUrl().contains("/login.xhtml"), "still logged in after node b died");
        assertEquals("a", nodeOf(supervisor), "the supervisor now works on node a");
        supervisor.tap(By.id("user:language"));
        assertEquals("en", supervisor.script("return document.documentElement.lang;"), "a postback works on node a");
        assertFalse(supervisor.driver().getCurrentUrl().contains("/login.xhtml"));

        // the citizen goes on where they were, or starts again cleanly; the complaint is filed once
        String number = finishFiling(kiosk);
        assertEquals("a", nodeOf(kiosk), "the kiosk is now served by node a");
        assertEquals(1, count("SELECT COUNT(*) FROM COMPLAINT WHERE TRACKING_NUMBER = ?", number));

        // nothing acknowledged lost, nothing twice, and filing went on after the kill
        assertTrue(load.acknowledged.size() >= atKill + 30, "filings went on through node a: " + load.acknowledged.size());
        Set<String> numbers = ConcurrentHashMap.newKeySet();
        for (Map.Entry<String, Api.Filed> filing : load.acknowledged.entrySet()) {
            Api.Filed receipt = filing.getValue();
            assertTrue(numbers.add(receipt.number()), "one tracking number for two filings: " + receipt.number());
            assertEquals(filing.getKey(), description(receipt.number()), "stored as acknowledged: " + receipt.number());
            assertEquals(200, Api.status(receipt.number(), receipt.queryCode()).status(), receipt.number() + " readable");
        }
        assertEquals(0, count("SELECT COUNT(*) FROM (SELECT DESCRIPTION FROM COMPLAINT WHERE DESCRIPTION LIKE ?"
                + " GROUP BY DESCRIPTION HAVING COUNT(*) > 1) TWICE", run + "%"), "no filing stored twice");
        assertEquals(0, count("SELECT COUNT(*) FROM (SELECT TRACKING_NUMBER FROM COMPLAINT"
                + " GROUP BY TRACKING_NUMBER HAVING COUNT(*) > 1) TWICE"), "tracking numbers unique");
        System.out.println("filings through HAProxy: " + load.acknowledged.size() + " acknowledged ("
                + atKill + " before node b was killed), " + load.failed.get() + " failed without an answer");

        String log = Files.readString(TestServer.messagesLog());
        assertFalse(log.contains("SESN0051E"), "every session written by node b was read back on node a");
    }

    @Test
    @Order(3)
    void the_jobs_that_ran_on_the_node_that_died_go_on_on_the_other_node() throws Exception {
        try {
            awaitLeasesRenewedBy("a");
        } finally {
            Cluster.startNodeB();
        }
    }

    @Test
    @Order(4)
    void a_plugin_uploaded_through_node_a_runs_on_node_b_and_a_removal_reaches_it_too() throws Exception {
        Plugins.ensureSampleAbsent();
        long uploaded = System.nanoTime();
        Api.Reply upload = Staff.ADMIN.postBytes("/api/v1/plugins?fileName=queueing.jar",
                Files.readAllBytes(TestServer.testBundle(PluginFolder.SAMPLE_BUNDLE)), "application/java-archive");
        assertEquals(200, upload.status(), upload.body());
        try {
            Await.until(() -> offeredBy(Cluster.nodeB(), PluginFolder.SAMPLE_CATEGORY), Duration.ofSeconds(60),
                    () -> "node b offers the category of the plugin uploaded through node a");
            System.out.println("plugin uploaded through node a -> its category offered by node b: "
                    + (System.nanoTime() - uploaded) / 1_000_000 + " ms");
            JsonObject report = Plugins.await(SAMPLE_PLUGIN, p -> p.getInt("nodesRunning", 0) == 2, Duration.ofSeconds(60),
                    "is reported running on both nodes");
            assertEquals(2, report.getJsonArray("nodes").size(), report.toString());
        } finally {
            assertEquals(200, Staff.ADMIN.delete("/api/v1/plugins/" + SAMPLE_PLUGIN).status());
        }
        Await.until(() -> !offeredBy(Cluster.nodeB(), PluginFolder.SAMPLE_CATEGORY), Duration.ofSeconds(60),
                () -> "node b still offers the category of the plugin removed through node a");
    }

    private static boolean offeredBy(URI node, String category) {
        try {
            HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(node.resolve("/api/v1/categories"))
                    .timeout(Duration.ofSeconds(10)).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return reply.statusCode() == 200 && reply.body().contains("\"" + category + "\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits until {@code node} holds every job's lease and has renewed each since (it runs the job). */
    private static void awaitLeasesRenewedBy(String node) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        for (String job : JOBS) {
            Timestamp first = null;
            while (true) {
                Lease lease = lease(job);
                if (node.equals(lease.holder())) {
                    if (first == null) {
                        first = lease.expires();
                    } else if (lease.expires().after(first)) {
                        break;
                    }
                }
                assertTrue(System.nanoTime() < end, job + ": node " + node + " does not run it; lease " + lease);
                Thread.sleep(200); // polling the lease row the nodes update
            }
        }
    }

    private record Lease(String holder, Timestamp expires) {
    }

    private static Lease lease(String job) throws SQLException {
        try (Connection db = TestDatabase.connect(TestDatabase.serverDatabase());
             PreparedStatement query = db.prepareStatement("SELECT HOLDER, EXPIRES_AT FROM JOB_LEASE WHERE NAME = ?")) {
            query.setString(1, job);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "no lease row for " + job);
                return new Lease(row.getString(1), row.getTimestamp(2));
            }
        }
    }

    private static void update(String sql, String parameter) throws SQLException {
        try (Connection db = TestDatabase.connect(TestDatabase.serverDatabase());
             PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, parameter);
            assertEquals(1, statement.executeUpdate(), sql);
        }
    }

    /** Finishes the kiosk filing begun on node b, on the other node. */
    private static String finishFiling(Browser kiosk) {
        kiosk.tap(By.cssSelector("a.pick-NOT_ENOUGH_SEATS"));
        String text = kiosk.visibleText();
        assertFalse(text.contains("Exception") || text.contains("Error 500") || text.contains("SRVE"), text);
        // the session, the wizard's view-scoped state with it, is read back from the database
        assertTrue(kiosk.present(By.id("wizard:nextFromProblem")), "the wizard goes on where the citizen was: " + text);
        kiosk.tap(By.id("wizard:nextFromProblem"));
        kiosk.await(By.cssSelector("form.step-DETAILS"));
        while (kiosk.present(By.cssSelector("form.step-DETAILS"))) {
            kiosk.tap(By.id("wizard:nextFromDetails"));
        }
        kiosk.tap(By.id("wizard:anonymous"));
        kiosk.tap(By.id("wizard:submit"));
        return new KioskSteps(kiosk).withoutPhotographs().receipt().number();
    }

    private static void pinToNodeB(Browser browser) {
        browser.open("/health/live");
        browser.driver().manage().addCookie(new Cookie(Cluster.NODE_COOKIE, "b", "/"));
    }

    private static String nodeOf(Browser browser) {
        Cookie cookie = browser.driver().manage().getCookieNamed(Cluster.NODE_COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    private static void login(Browser browser, Staff who) {
        browser.open("/login.xhtml");
        browser.find(By.id("login:username")).sendKeys(who.username());
        browser.find(By.id("login:password")).sendKeys(Staff.PASSWORD);
        browser.tapAndLoad(By.id("login:submit"));
        browser.await(By.id("whoami"));
    }

    private static String description(String number) throws SQLException {
        try (Connection db = TestDatabase.connect(TestDatabase.serverDatabase());
             PreparedStatement query = db.prepareStatement("SELECT DESCRIPTION FROM COMPLAINT WHERE TRACKING_NUMBER = ?")) {
            query.setString(1, number);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static long count(String sql, String... parameters) throws SQLException {
        try (Connection db = TestDatabase.connect(TestDatabase.serverDatabase());
             PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Anonymous filings over REST through the load balancer, each with a description of its own. */
    private static final class Load {

        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final String prefix;
        private final AtomicInteger sequence = new AtomicInteger();
        private final AtomicBoolean running = new AtomicBoolean(true);
        final Map<String, Api.Filed> acknowledged = new ConcurrentHashMap<>();
        final AtomicInteger failed = new AtomicInteger();
        final List<String> refusals = new ArrayList<>();
        private ExecutorService threads;

        Load(String prefix) {
            this.prefix = prefix;
        }

        void start(int clients) {
            threads = Executors.newFixedThreadPool(clients);
            for (int i = 0; i < clients; i++) {
                threads.execute(this::fileUntilStopped);
            }
        }

        private void fileUntilStopped() {
            URI filings = Cluster.balancer().resolve("/api/v1/complaints");
            while (running.get()) {
                String description = prefix + sequence.incrementAndGet() + " 号：大厅座位不够。";
                String body = Json.createObjectBuilder().add("categoryCode", "FACILITIES_ENVIRONMENT")
                        .add("description", description).add("anonymous", true).build().toString();
                try {
                    HttpResponse<String> reply = client.send(HttpRequest.newBuilder(filings)
                                    .timeout(Duration.ofSeconds(30))
                                    .header("Content-Type", "application/json").header("Accept", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (reply.statusCode() == 201) {
                        JsonObject receipt = Json.createReader(new StringReader(reply.body())).readObject();
                        acknowledged.put(description,
                                new Api.Filed(receipt.getString("trackingNumber"), receipt.getString("queryCode")));
                    } else if (reply.statusCode() >= 500) {
                        failed.incrementAndGet(); // the node died with the request: no answer, no promise
                    } else {
                        synchronized (refusals) {
                            refusals.add(reply.statusCode() + " " + reply.body());
                        }
                    }
                } catch (IOException e) {
                    failed.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        void awaitAcknowledged(int count, Duration atMost) throws InterruptedException {
            long end = System.nanoTime() + atMost.toNanos();
            while (acknowledged.size() < count && System.nanoTime() < end) {
                synchronized (refusals) {
                    assertTrue(refusals.isEmpty(), "filings refused: " + refusals);
                }
                Thread.sleep(50); // polling the load's own counter
            }
            assertTrue(acknowledged.size() >= count, "only " + acknowledged.size() + " of " + count + " filings acknowledged");
        }

        void stop() throws InterruptedException {
            running.set(false);
            threads.shutdown();
            assertTrue(threads.awaitTermination(1, TimeUnit.MINUTES), "the filing threads stop");
        }
    }
}
