package it.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Archives;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.servicehall.domain.model.calendar.DeadlineDefaults;
import org.servicehall.domain.model.calendar.DeadlinePolicy;
import org.servicehall.domain.model.calendar.WorkingCalendar;
import org.servicehall.domain.model.complaint.CategorySnapshot;
import org.servicehall.domain.model.complaint.Channel;
import org.servicehall.domain.model.complaint.Complainant;
import org.servicehall.domain.model.complaint.Complaint;
import org.servicehall.domain.model.complaint.ComplaintRepository;
import org.servicehall.domain.model.complaint.ComplaintStatus;
import org.servicehall.domain.model.complaint.HistoryAction;
import org.servicehall.domain.model.complaint.PhoneNumber;
import org.servicehall.domain.model.complaint.TrackingNumber;
import org.servicehall.domain.shared.Actor;
import org.servicehall.infrastructure.persistence.DayNumberReservations;
import org.servicehall.infrastructure.persistence.TrackingNumberSequence;

/**
 * Complaints in the real database of the running server (Derby, or PostgreSQL on the PostgreSQL
 * test server), through the real JPA mapping.
 */
@ExtendWith(ArquillianExtension.class)
class ComplaintPersistenceIT {

    private static final DeadlinePolicy DEADLINES = new DeadlinePolicy(WorkingCalendar.weekdaysOnly(),
            DeadlineDefaults.standard(), ZoneId.of("Asia/Shanghai"), LocalTime.of(17, 30));

    private static final CategorySnapshot ATTITUDE = new CategorySnapshot("SERVICE_ATTITUDE", "服务态度", "Service attitude");

    /** Numbers are counted per day of the hall (not of this JVM's zone, UTC on the server). */
    private static LocalDate hallToday() {
        return LocalDate.now(DEADLINES.zone());
    }

    @Deployment
    static WebArchive deployment() {
        return Archives.of("it-persistence", List.of("DatabaseMigration"),
                        "org.servicehall.domain", "org.servicehall.infrastructure.persistence")
                .addAsResource("META-INF/persistence.xml");
    }

    @Inject
    ComplaintRepository complaints;

    @Inject
    DayNumberReservations reservations;

    @Resource(lookup = "jdbc/servicehall")
    DataSource database;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Test
    void a_stored_complaint_is_found_by_its_number_with_its_history() throws Exception {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        transaction.begin();
        TrackingNumber number = complaints.nextTrackingNumber(hallToday());
        complaints.store(Complaint.receive(number, Channel.KIOSK, ATTITUDE, "  态度恶劣  ",
                Complainant.reachableAt(new PhoneNumber("13800138000"), "王五"), Actor.citizen("HALL1-K01"), at, null, DEADLINES));
        transaction.commit();

        transaction.begin();
        Complaint found = complaints.find(number).orElseThrow();
        assertEquals(ComplaintStatus.RECEIVED, found.status());
        assertEquals("态度恶劣", found.description());
        assertEquals(at, found.receivedAt());
        assertEquals("HALL1-K01", found.reception().receivingTerminal().orElseThrow());
        assertEquals("13800138000", found.complainant().phone().orElseThrow().value());
        assertEquals(1, found.history().size());
        assertEquals(HistoryAction.FILED, found.history().get(0).action());
        assertEquals(Actor.Role.CITIZEN, found.history().get(0).actor().role());
        transaction.commit();
    }

    @Test
    void tracking_numbers_stay_unique_and_in_order_when_many_filings_race_on_one_server() throws Exception {
        // A day of its own, far away, so that other tests and earlier runs do not count on it.
        LocalDate day = farDay();
        List<Future<List<Long>>> workers = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            Callable<List<Long>> worker = () -> {
                List<Long> numbers = new ArrayList<>();
                for (int i = 0; i < 25; i++) {
                    numbers.add(runningNumber(complaints.nextTrackingNumber(day), day));
                }
                return numbers;
            };
            workers.add(executor.submit(worker));
        }
        Set<Long> all = new TreeSet<>();
        for (Future<List<Long>> worker : workers) {
            List<Long> numbers = worker.get();
            assertIncreasing(numbers, "one thread's numbers");
            all.addAll(numbers);
        }

        assertEquals(200, all.size(), "a number was handed out twice");
        // one server that did not restart in between leaves no gap: the day's first 200 numbers
        assertEquals(1L, ((TreeSet<Long>) all).first(), all.toString());
        assertEquals(200L, ((TreeSet<Long>) all).last(), all.toString());
        assertEquals(4 * TrackingNumberSequence.BLOCK_SIZE, counterOf(day),
                "the day's counter row was written once per block of numbers, not once per number");
    }

    @Test
    void servers_sharing_the_database_never_hand_out_the_same_number_and_reserve_blocks_not_numbers() throws Exception {
        LocalDate day = farDay();
        // three servers: this one and two more sequences on the same database, each with its own blocks
        List<TrackingNumberSequence> servers = List.of(new TrackingNumberSequence(reservations, TrackingNumberSequence.BLOCK_SIZE),
                new TrackingNumberSequence(reservations, TrackingNumberSequence.BLOCK_SIZE),
                new TrackingNumberSequence(reservations, TrackingNumberSequence.BLOCK_SIZE));
        List<Future<List<Long>>> workers = new ArrayList<>();
        for (int thread = 0; thread < 9; thread++) {
            TrackingNumberSequence server = servers.get(thread % 3);
            Callable<List<Long>> worker = () -> {
                List<Long> numbers = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    numbers.add(server.next(day));
                }
                return numbers;
            };
            workers.add(executor.submit(worker));
        }
        Set<Long> all = new TreeSet<>();
        for (Future<List<Long>> worker : workers) {
            List<Long> numbers = worker.get();
            assertIncreasing(numbers, "one thread's numbers");
            all.addAll(numbers);
        }

        assertEquals(180, all.size(), "a number was handed out twice");
        // each server used 60 numbers: two blocks each, six in all, and nothing outside them
        assertEquals(6L * TrackingNumberSequence.BLOCK_SIZE, counterOf(day));
        assertTrue(((TreeSet<Long>) all).last() <= counterOf(day), all.toString());
        assertTrue(((TreeSet<Long>) all).first() >= 1, all.toString());
    }

    @Test
    void a_restarted_server_goes_on_after_its_last_block_leaving_the_rest_of_it_unused() throws Exception {
        LocalDate day = farDay();
        TrackingNumberSequence before = new TrackingNumberSequence(reservations, TrackingNumberSequence.BLOCK_SIZE);
        assertEquals(1, before.next(day));
        assertEquals(2, before.next(day));

        TrackingNumberSequence afterRestart = new TrackingNumberSequence(reservations, TrackingNumberSequence.BLOCK_SIZE);

        assertEquals(TrackingNumberSequence.BLOCK_SIZE + 1, afterRestart.next(day),
                "the numbers left in the block before the restart are skipped, never handed out again");
        assertEquals(3, before.next(day), "a server that goes on running keeps using its block");
    }

    private static LocalDate farDay() {
        return LocalDate.of(2200, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(300_000));
    }

    /** The day's running number of a tracking number of that day, e.g. 42 of TS-22000101-00042. */
    private static long runningNumber(TrackingNumber number, LocalDate day) {
        String prefix = "TS-" + day.toString().replace("-", "") + "-";
        assertTrue(number.value().startsWith(prefix), number.value());
        assertTrue(number.value().matches("TS-\\d{8}-\\d{5}"), "five digits up to 99 999: " + number.value());
        return Long.parseLong(number.value().substring(prefix.length()));
    }

    private static void assertIncreasing(List<Long> numbers, String what) {
        for (int i = 1; i < numbers.size(); i++) {
            assertTrue(numbers.get(i) > numbers.get(i - 1), what + " went back: " + numbers);
        }
    }

    /** The highest number reserved for the day, as the database holds it. */
    private long counterOf(LocalDate day) throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT LAST_NUMBER FROM TRACKING_COUNTER WHERE COUNTER_DAY = ?")) {
            query.setString(1, day.toString().replace("-", ""));
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "no counter row for " + day);
                return row.getLong(1);
            }
        }
    }

    @Test
    void the_database_refuses_a_second_complaint_with_the_same_idempotency_key() throws Exception {
        String key = "it-" + UUID.randomUUID();
        transaction.begin();
        complaints.store(Complaint.receive(complaints.nextTrackingNumber(hallToday()), Channel.WEBSITE, ATTITUDE,
                "first", Complainant.anonymous(), Actor.citizen("WEBSITE"), Instant.now(), key, DEADLINES));
        transaction.commit();

        transaction.begin();
        try {
            Complaint duplicate = Complaint.receive(complaints.nextTrackingNumber(hallToday()), Channel.WEBSITE,
                    ATTITUDE, "second", Complainant.anonymous(), Actor.citizen("WEBSITE"), Instant.now(), key, DEADLINES);
            assertThrows(RuntimeException.class, () -> complaints.store(duplicate));
        } finally {
            transaction.rollback();
        }
        transaction.begin();
        assertFalse(complaints.findByIdempotencyKey(key).isEmpty());
        assertEquals("first", complaints.findByIdempotencyKey(key).orElseThrow().description());
        transaction.commit();
    }
}
