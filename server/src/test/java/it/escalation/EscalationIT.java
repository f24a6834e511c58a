package it.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.PluginFolder;
import it.support.Staff;
import it.support.TestServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped escalation plugins on the real server, with the real bundles: an urgent-words
 * complaint becomes an emergency, an overdue one is supervised by the deadline rule once the
 * server's clock is moved past its deadline (no sleeping for time to pass), and a plugin whose
 * rules throw and hang is stopped by the circuit breaker while filings at the same moment succeed.
 */
class EscalationIT {

    private static final String CATEGORY = "SERVICE_ATTITUDE";
    private static final String FAULTY_BUNDLE = "servicehall-escalation-faulty-sample.jar";
    private static final String FAULTY_PLUGIN = "org.servicehall.plugins.escalation.faulty";

    @BeforeAll
    static void serverIsReady() {
        TestServer.awaitReady();
        assertTrue(waitFor(() -> plugin("org.servicehall.plugins.escalation.deadlines")
                .filter(p -> p.getJsonArray("rules").size() == 1), Duration.ofSeconds(20)).isPresent(),
                "the deadline rule is active");
    }

    @AfterEach
    void putClockAndFolderBack() throws IOException {
        Files.deleteIfExists(shiftFile());
        Files.deleteIfExists(TestServer.pluginsDir().resolve(FAULTY_BUNDLE));
        waitFor(() -> plugin(FAULTY_PLUGIN).isEmpty() ? Optional.of(true) : Optional.empty(), Duration.ofSeconds(10));
    }

    @Test
    void a_complaint_mentioning_self_harm_and_the_media_becomes_an_emergency_with_the_rule_in_its_history() {
        String number = Api.fileAnonymously(CATEGORY, "窗口人员一直推诿，我真的不想活了，明天就去找记者。");

        JsonObject raised = waitFor(() -> caseView(number).filter(c -> "EMERGENCY".equals(c.getString("urgency"))),
                Duration.ofSeconds(15)).orElseThrow(() -> new AssertionError("not raised to EMERGENCY"));
        JsonObject entry = lastEntry(raised, "URGENCY_RAISED");
        assertEquals("SYSTEM", entry.getString("actorRole"));
        assertEquals("rule:urgent-words", entry.getString("terminal"));
        assertTrue(entry.getString("summary").contains("NORMAL → EMERGENCY"), entry.getString("summary"));
        assertEquals(1, count(raised, "URGENCY_RAISED"), "raised once, however often the rule runs");
    }

    @Test
    void an_ordinary_complaint_is_not_escalated() {
        String number = Api.fileAnonymously(CATEGORY, "工作人员态度冷淡，问了两遍才回答。");
        // Give the after-filing evaluation the time it takes the emergency above to be raised.
        String other = Api.fileAnonymously(CATEGORY, "窗口人员说要出人命了也不管。");
        waitFor(() -> caseView(other).filter(c -> "EMERGENCY".equals(c.getString("urgency"))), Duration.ofSeconds(15))
                .orElseThrow(() -> new AssertionError("the control complaint was not raised"));
        JsonObject view = caseView(number).orElseThrow();
        assertEquals("NORMAL", view.getString("urgency"));
        assertFalse(view.getBoolean("supervised"));
    }

    @Test
    void an_overdue_complaint_is_supervised_by_the_deadline_rule_once_the_clock_passes_its_deadline() throws IOException {
        String number = Api.fileAnonymously(CATEGORY, "大厅空调坏了一整天，等候区太热。");
        JsonObject filed = caseView(number).orElseThrow();
        assertEquals("ACKNOWLEDGE", filed.getString("currentStage"));
        Instant due = Instant.parse(filed.getString("currentDue"));
        assertFalse(filed.getBoolean("supervised"));

        shiftClock(Duration.between(Instant.now(), due).plusMinutes(5));

        JsonObject supervised = waitFor(() -> caseView(number).filter(c -> c.getBoolean("supervised")),
                Duration.ofSeconds(90)).orElseThrow(() -> new AssertionError("not supervised after its deadline"));
        JsonObject entry = lastEntry(supervised, "SUPERVISED");
        assertEquals("rule:deadlines", entry.getString("terminal"));
        assertEquals("SYSTEM", entry.getString("actorRole"));
        assertTrue(supervised.getString("supervisionReason").contains("[deadlines]"));
        assertTrue(Instant.parse(entry.getString("at")).isAfter(due), "recorded at the server's (moved) time");

        // Later runs of the schedule find it overdue again and must not supervise it twice. The
        // control: a complaint filed now, overdue only once the clock moves on again. The schedule
        // supervises it (its filing saw no deadline passed), and that run took the open complaints
        // in the order of their deadlines: the first one again, before it.
        String later = Api.fileAnonymously(CATEGORY, "叫号机坏了一整天，没人来修。");
        Instant laterDue = Instant.parse(caseView(later).orElseThrow().getString("currentDue"));
        assertTrue(laterDue.isAfter(due), laterDue + " after " + due);
        shiftClock(Duration.between(Instant.now(), laterDue).plusMinutes(5));
        waitFor(() -> caseView(later).filter(c -> c.getBoolean("supervised")), Duration.ofSeconds(90))
                .orElseThrow(() -> new AssertionError("the control complaint was not supervised after its deadline"));
        assertEquals(1, count(caseView(number).orElseThrow(), "SUPERVISED"), "supervised once, however often the rule runs");
    }

    @Test
    void a_plugin_whose_rules_throw_and_hang_is_stopped_while_filings_at_the_same_moment_succeed() throws Exception {
        PluginFolder.drop(TestServer.testBundle(FAULTY_BUNDLE), TestServer.pluginsDir());
        assertTrue(waitFor(() -> plugin(FAULTY_PLUGIN).filter(p -> p.getJsonArray("rules").size() == 2),
                Duration.ofSeconds(15)).isPresent(), "both faulty rules became active");

        ExecutorService clients = Executors.newFixedThreadPool(6);
        List<Future<long[]>> filings = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            filings.add(clients.submit(() -> {
                long started = System.nanoTime();
                Api.Reply reply = Api.postJson("/api/v1/complaints",
                        "{\"categoryCode\":\"" + CATEGORY + "\",\"description\":\"排队叫号系统混乱。\",\"anonymous\":true}");
                return new long[] {reply.status(), (System.nanoTime() - started) / 1_000_000};
            }));
        }
        long slowest = 0;
        for (Future<long[]> filing : filings) {
            long[] result = filing.get(2, TimeUnit.MINUTES);
            assertEquals(201, result[0], "a filing failed while the faulty rules ran");
            slowest = Math.max(slowest, result[1]);
        }
        clients.shutdown();
        // Rules run after the commit on threads of their own, so a hanging rule should cost a filing
        // nothing; how long the filings took is a figure for the record (and bench/), not a test.

        JsonObject stopped = waitFor(() -> plugin(FAULTY_PLUGIN).filter(p -> p.getBoolean("circuitOpen")
                && !"ACTIVE".equals(p.getString("state"))), Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("the faulty plugin was not stopped: " + plugin(FAULTY_PLUGIN)));
        assertTrue(stopped.getJsonNumber("failures").longValue() >= 5, stopped.toString());
        assertNotNull(stopped.getString("lastError", null));
        assertTrue(stopped.getString("lastError").contains("faulty."), stopped.getString("lastError"));
        assertFalse(plugin("org.servicehall.plugins.escalation.urgentwords").orElseThrow().getBoolean("circuitOpen"),
                "other plugins are not affected");

        long started = System.nanoTime();
        Api.fileAnonymously(CATEGORY, "叫号屏幕不显示。");
        long afterMillis = (System.nanoTime() - started) / 1_000_000;
        record("6 concurrent filings while faulty rules run: slowest " + slowest + " ms; filing after the circuit opened: "
                + afterMillis + " ms");
    }

    // ------------------------------------------------------------------ helpers

    private static Path shiftFile() {
        return Path.of(System.getProperty("servicehall.clock.shift.file"));
    }

    private static void shiftClock(Duration by) throws IOException {
        Path file = shiftFile();
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        Files.writeString(partial, by.toString());
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Optional<JsonObject> caseView(String number) {
        Api.Reply reply = Staff.SUPERVISOR.get("/api/v1/cases/" + number);
        return reply.status() == 200 ? Optional.of(reply.json()) : Optional.empty();
    }

    private static Optional<JsonObject> plugin(String symbolicName) {
        Api.Reply reply = Staff.ADMIN.get("/api/v1/plugins");
        if (reply.status() != 200) {
            throw new AssertionError("plugin report: " + reply.status() + " " + reply.body());
        }
        return reply.jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(p -> symbolicName.equals(p.getString("symbolicName"))).findFirst();
    }

    private static JsonObject lastEntry(JsonObject view, String action) {
        List<JsonObject> entries = view.getJsonArray("history").stream().map(JsonValue::asJsonObject)
                .filter(e -> action.equals(e.getString("action"))).toList();
        assertFalse(entries.isEmpty(), "no " + action + " in the history");
        return entries.get(entries.size() - 1);
    }

    private static long count(JsonObject view, String action) {
        return view.getJsonArray("history").stream().map(JsonValue::asJsonObject)
                .filter(e -> action.equals(e.getString("action"))).count();
    }

    private static <T> Optional<T> waitFor(Supplier<Optional<T>> condition, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            Optional<T> value = condition.get();
            if (value.isPresent() || System.nanoTime() > deadline) {
                return value;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    private static void record(String line) throws IOException {
        Path file = TestServer.screenshots().getParent().resolve("escalation-figures.txt");
        Files.writeString(file, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println(line);
    }
}
