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
        assertEquals("HALL1-K01", found.receivingTerminal().orElseThrow());
        assertEquals("13800138000", found.complainant().phone().orElseThrow().value());
        assertEquals(1, found.history().size());
        assertEquals(HistoryAction.FILED, found.history().get(0).action());
        assertEquals(Actor.Role.CITIZEN, found.history().get(0).actor().role());
        transaction.commit();
    }

    @Test
    void tracking_numbers_stay_unique_and_gapless_when_many_filings_race() throws Exception {
        // A day of its own, far away, so that other tests and earlier runs do not count on it.
        LocalDate day = LocalDate.of(2200, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(300_000));
        List<Future<List<String>>> workers = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            Callable<List<String>> worker = () -> {
                List<String> numbers = new ArrayList<>();
                for (int i = 0; i < 25; i++) {
                    numbers.add(complaints.nextTrackingNumber(day).value());
                }
                return numbers;
            };
            workers.add(executor.submit(worker));
        }
        Set<String> all = new TreeSet<>();
        for (Future<List<String>> worker : workers) {
            all.addAll(worker.get());
        }

        assertEquals(200, all.size(), "a number was handed out twice");
        String prefix = "TS-" + day.toString().replace("-", "") + "-";
        assertTrue(all.contains(prefix + "00001"), all.toString());
        assertTrue(all.contains(prefix + "00200"), all.toString());
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
