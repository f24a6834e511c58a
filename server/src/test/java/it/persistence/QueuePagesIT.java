package it.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Archives;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.servicehall.application.CaseFinder;
import org.servicehall.application.CaseQueries;
import org.servicehall.application.CaseQueries.CaseSummary;
import org.servicehall.application.CaseQueries.Page;
import org.servicehall.application.CaseQueries.Queue;
import org.servicehall.application.CaseQueries.QueueRequest;
import org.servicehall.application.FieldViolation;
import org.servicehall.application.InvalidInputException;
import org.servicehall.domain.model.calendar.DeadlineDefaults;
import org.servicehall.domain.model.calendar.DeadlinePolicy;
import org.servicehall.domain.model.calendar.WorkingCalendar;
import org.servicehall.domain.model.complaint.Cases;
import org.servicehall.domain.model.complaint.CategorySnapshot;
import org.servicehall.domain.model.complaint.Channel;
import org.servicehall.domain.model.complaint.Complainant;
import org.servicehall.domain.model.complaint.Complaint;
import org.servicehall.domain.model.complaint.ComplaintRepository;
import org.servicehall.domain.model.complaint.PhoneNumber;
import org.servicehall.domain.model.complaint.TrackingNumber;
import org.servicehall.domain.shared.Actor;
import org.servicehall.infrastructure.persistence.JpaCaseFinder;

/**
 * The work queues' pages on the server's real database (Derby, or PostgreSQL on the PostgreSQL test
 * server) through the real queries: every sort gives the rows in the order it always gave, page
 * after page, and a total counted only up to a bound says so. Each test files complaints with a
 * word of its own and searches for it, so that the other tests' complaints stay out.
 */
@ExtendWith(ArquillianExtension.class)
class QueuePagesIT {

    private static final DeadlinePolicy DEADLINES = new DeadlinePolicy(WorkingCalendar.weekdaysOnly(),
            DeadlineDefaults.standard(), ZoneId.of("Asia/Shanghai"), LocalTime.of(17, 30));
    private static final CategorySnapshot ATTITUDE = new CategorySnapshot("SERVICE_ATTITUDE", "服务态度", "Service attitude");
    private static final Actor SUPERVISOR = Actor.staff("it.queues", Actor.Role.SUPERVISOR, "IT", null);
    private static final int FILED = 25;
    private static final List<String> SORTS = List.of("currentDue", "-currentDue", "receivedAt", "-receivedAt",
            "urgency", "-urgency", "trackingNumber", "-trackingNumber");

    @Deployment
    static WebArchive deployment() {
        return Archives.of("it-queues", List.of("DatabaseMigration"),
                        "org.servicehall.domain", "org.servicehall.infrastructure.persistence")
                .addClasses(CaseFinder.class, CaseQueries.class, InvalidInputException.class, FieldViolation.class)
                .addAsResource("META-INF/persistence.xml");
    }

    @Inject
    ComplaintRepository complaints;

    @Inject
    JpaCaseFinder finder;

    @Inject
    UserTransaction transaction;

    private String marker;

    /** FILED new complaints with a word of their own, received a few minutes apart over two days. */
    @BeforeEach
    void file() throws Exception {
        marker = "qt" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(2, ChronoUnit.DAYS);
        LocalDate day = LocalDate.now(DEADLINES.zone());
        transaction.begin();
        for (int i = 0; i < FILED; i++) {
            // received out of filing order, some at the same instant: ties are broken by the number
            Instant at = start.plus((i * 7L) % FILED / 2 * 97, ChronoUnit.MINUTES);
            TrackingNumber number = complaints.nextTrackingNumber(day);
            complaints.store(Complaint.receive(number, Channel.KIOSK, ATTITUDE, "窗口 " + marker + " 第" + i + "件",
                    Complainant.reachableAt(new PhoneNumber("13800138000"), "王五"), Actor.citizen("HALL1-K01"), at, null,
                    DEADLINES));
        }
        transaction.commit();
    }

    @Test
    void every_sort_pages_through_the_queue_in_its_order_with_the_number_breaking_ties() throws Exception {
        List<CaseSummary> all = pages(Queue.ALL, "trackingNumber");
        assertEquals(FILED, all.size());
        for (String sort : SORTS) {
            List<CaseSummary> expected = new ArrayList<>(all);
            expected.sort(order(sort));
            assertEquals(numbers(expected), numbers(pages(Queue.ALL, sort)), "ALL sorted by " + sort);
            assertEquals(numbers(expected), numbers(pages(Queue.NEW, sort)), "NEW sorted by " + sort);
        }
    }

    @Test
    void a_total_within_the_bound_is_exact_and_a_longer_queue_says_it_holds_more() throws Exception {
        transaction.begin();
        try {
            Page<CaseSummary> counted = finder.find(request(Queue.NEW, "currentDue", 0, 10), SUPERVISOR, Instant.now(), 100);
            assertEquals(FILED, counted.total());
            assertFalse(counted.totalCapped());

            Page<CaseSummary> capped = finder.find(request(Queue.NEW, "currentDue", 0, 10), SUPERVISOR, Instant.now(), 12);
            assertEquals(12, capped.total(), "counted up to the bound only");
            assertTrue(capped.totalCapped(), "and says there are more");
            assertEquals(numbers(counted.rows()), numbers(capped.rows()), "the rows of the page stay exact");

            Page<CaseSummary> atBound = finder.find(request(Queue.NEW, "currentDue", 0, 10), SUPERVISOR, Instant.now(), FILED);
            assertEquals(FILED, atBound.total(), "exactly as many as the bound is not more than it");
            assertFalse(atBound.totalCapped());

            Page<CaseSummary> further = finder.find(request(Queue.NEW, "currentDue", 10, 10), SUPERVISOR, Instant.now(), 12);
            assertEquals(20, further.total(), "a page past the bound is counted to its own end");
            assertTrue(further.totalCapped());

            Page<CaseSummary> last = finder.find(request(Queue.NEW, "currentDue", 20, 10), SUPERVISOR, Instant.now(), 12);
            assertEquals(FILED - 20, last.rows().size());
            assertEquals(FILED, last.total(), "the last page ends the queue: its total is exact");
            assertFalse(last.totalCapped());

            assertEquals(FILED, finder.count(request(Queue.NEW, null, 0, 1), SUPERVISOR, Instant.now()),
                    "a figure is always exact");
        } finally {
            transaction.commit();
        }
    }

    @Test
    void a_clerk_and_a_handler_page_through_every_case_they_may_read_in_every_sort() throws Exception {
        // besides the new complaints (at the front desk: every clerk reads them, no handler does), cases
        // wang.fang accepted that went to REAL_ESTATE: she and its handlers read them, li.na and TAX do not
        int assigned = 7;
        LocalDate day = LocalDate.now(DEADLINES.zone());
        transaction.begin();
        for (int i = 0; i < assigned; i++) {
            complaints.store(Cases.builder().number(complaints.nextTrackingNumber(day)).description("转办 " + marker + " " + i)
                    .receivedAt(Cases.RECEIVED_AT.plus(i % 3, ChronoUnit.HOURS)).assigned());
        }
        transaction.commit();
        List<CaseSummary> fresh = pages(Queue.ALL, "trackingNumber", SUPERVISOR, FILED + assigned).stream()
                .filter(row -> row.status().equals("RECEIVED")).toList();
        List<CaseSummary> withDepartment = pages(Queue.ALL, "trackingNumber", SUPERVISOR, FILED + assigned).stream()
                .filter(row -> !row.status().equals("RECEIVED")).toList();
        assertEquals(FILED, fresh.size());
        assertEquals(assigned, withDepartment.size());

        for (String sort : SORTS) {
            List<CaseSummary> both = new ArrayList<>(fresh);
            both.addAll(withDepartment);
            both.sort(order(sort));
            assertEquals(numbers(both), numbers(pages(Queue.ALL, sort, Cases.RECEPTION, FILED + assigned)),
                    "the clerk who accepted them, sorted by " + sort);
            List<CaseSummary> frontDesk = new ArrayList<>(fresh);
            frontDesk.sort(order(sort));
            assertEquals(numbers(frontDesk), numbers(pages(Queue.ALL, sort, Cases.OTHER_RECEPTION, FILED)),
                    "another clerk, sorted by " + sort);
            List<CaseSummary> department = new ArrayList<>(withDepartment);
            department.sort(order(sort));
            assertEquals(numbers(department), numbers(pages(Queue.ALL, sort, Cases.SECOND_HANDLER, assigned)),
                    "a handler of the department, sorted by " + sort);
            assertEquals(List.of(), pages(Queue.ALL, sort, Cases.TAX_HANDLER, 0), "a handler of another department");
        }

        transaction.begin();
        try {
            Page<CaseSummary> capped = finder.find(request(Queue.ALL, "currentDue", 0, 10), Cases.RECEPTION, Instant.now(), 12);
            assertTrue(capped.totalCapped(), "the parts together are counted up to the bound only");
            assertEquals(12, capped.total());
            Page<CaseSummary> counted = finder.find(request(Queue.ALL, "currentDue", 0, 10), Cases.RECEPTION, Instant.now(),
                    FILED + assigned);
            assertFalse(counted.totalCapped(), "exactly as many as the bound is not more than it");
            assertEquals(FILED + assigned, counted.total());
            assertEquals(FILED + assigned, finder.count(request(Queue.ALL, null, 0, 1), Cases.RECEPTION, Instant.now()),
                    "a figure is always exact");
        } finally {
            transaction.commit();
        }
    }

    private List<CaseSummary> pages(Queue queue, String sort) throws Exception {
        return pages(queue, sort, SUPERVISOR, FILED);
    }

    private List<CaseSummary> pages(Queue queue, String sort, Actor reader, int expected) throws Exception {
        List<CaseSummary> rows = new ArrayList<>();
        transaction.begin();
        try {
            for (int offset = 0; ; offset += 10) {
                Page<CaseSummary> page = finder.find(request(queue, sort, offset, 10), reader, Instant.now());
                assertEquals(expected, page.total(), queue + " " + sort + " at " + offset + " for " + reader.id());
                assertFalse(page.totalCapped());
                rows.addAll(page.rows());
                if (page.rows().size() < 10) {
                    return rows;
                }
            }
        } finally {
            transaction.commit();
        }
    }

    private QueueRequest request(Queue queue, String sort, int offset, int limit) {
        return new QueueRequest(queue, null, null, null, null, marker, sort, offset, limit);
    }

    /** The order each sort has always had: the key, then the tracking number ascending. */
    private static Comparator<CaseSummary> order(String sort) {
        boolean descending = sort.startsWith("-");
        Comparator<CaseSummary> key = switch (descending ? sort.substring(1) : sort) {
            case "currentDue" -> Comparator.comparing(CaseSummary::currentDue, Comparator.nullsLast(Comparator.naturalOrder()));
            case "receivedAt" -> Comparator.comparing(CaseSummary::receivedAt);
            case "urgency" -> Comparator.comparing(CaseSummary::urgency);
            default -> Comparator.comparing(CaseSummary::trackingNumber);
        };
        return (descending ? key.reversed() : key).thenComparing(CaseSummary::trackingNumber);
    }

    private static List<String> numbers(List<CaseSummary> rows) {
        return rows.stream().map(CaseSummary::trackingNumber).toList();
    }
}
