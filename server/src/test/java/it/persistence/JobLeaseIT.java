package it.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Archives;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.servicehall.infrastructure.persistence.JobLease;

/**
 * The job leases in the real database (Derby, or PostgreSQL on the PostgreSQL test server): one
 * holder at a time, taken over once expired, judged by the database's clock only, so the
 * server's shifted hall clock (as a node whose clock is a day off would have) changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class JobLeaseIT {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    @Deployment
    static WebArchive deployment() {
        return Archives.of("it-job-lease", List.of("DatabaseMigration"),
                        "org.servicehall.infrastructure.persistence", "org.servicehall.infrastructure.time",
                        "org.servicehall.domain")
                .addAsResource("META-INF/persistence.xml");
    }

    @Inject
    JobLease lease;

    @Inject
    Clock clock;

    @Resource(lookup = "jdbc/servicehall")
    DataSource database;

    private String job;

    @BeforeEach
    void aLeaseRowOfItsOwn() throws SQLException {
        job = "it-" + UUID.randomUUID().toString().substring(0, 30);
        try (Connection c = database.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO JOB_LEASE (NAME, EXPIRES_AT) VALUES (?, ?)")) {
            insert.setString(1, job);
            insert.setTimestamp(2, java.sql.Timestamp.valueOf("1970-01-01 00:00:00"));
            insert.executeUpdate();
        }
    }

    @AfterEach
    void removeRowAndShift() throws SQLException, IOException {
        try (Connection c = database.getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM JOB_LEASE WHERE NAME = ?")) {
            delete.setString(1, job);
            delete.executeUpdate();
        }
        Files.deleteIfExists(shiftFile());
    }

    @Test
    void two_holders_cannot_both_hold_a_lease_and_the_holder_renews_it() {
        assertTrue(lease.take(job, "node-a", Duration.ofMinutes(5)), "the free lease is taken");
        assertFalse(lease.take(job, "node-b", Duration.ofMinutes(5)), "a second holder is refused");
        assertTrue(lease.take(job, "node-a", Duration.ofMinutes(5)), "the holder renews");
        assertFalse(lease.take(job, "node-b", Duration.ofMinutes(5)), "still refused after the renewal");
    }

    @Test
    void an_expired_lease_is_taken_over_and_a_released_one_at_once() {
        assertTrue(lease.take(job, "node-a", Duration.ofSeconds(1)));
        assertFalse(lease.take(job, "node-b", Duration.ofMinutes(5)), "not before it expires");
        awaitTaken("node-b", "the expired lease was not taken over");
        assertFalse(lease.take(job, "node-a", Duration.ofMinutes(5)), "the old holder lost it");

        lease.release(job, "node-a");
        assertFalse(lease.take(job, "node-a", Duration.ofMinutes(5)), "only the holder gives a lease up");
        lease.release(job, "node-b");
        assertTrue(lease.take(job, "node-a", Duration.ofMinutes(5)), "a released lease is free at once");
    }

    @Test
    void the_servers_clock_being_days_off_changes_nothing() throws IOException {
        Instant real = Instant.now();
        assertTrue(lease.take(job, "node-a", Duration.ofMinutes(5)));
        shift("P2D");
        assertTrue(clock.instant().isAfter(real.plus(Duration.ofDays(1))), "the hall clock runs two days ahead");
        assertFalse(lease.take(job, "node-b", Duration.ofMinutes(5)), "a clock ahead does not end a lease early");

        lease.release(job, "node-a");
        assertTrue(lease.take(job, "node-a", Duration.ofSeconds(1)), "taken for a second by a clock two days ahead");
        shift("-P2D");
        assertTrue(clock.instant().isBefore(real.minus(Duration.ofDays(1))), "the hall clock runs two days behind");
        awaitTaken("node-b", "a lease taken by a clock ahead lasted longer than its second");
    }

    private void awaitTaken(String holder, String failure) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!lease.take(job, holder, Duration.ofMinutes(5))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(failure + " within " + LIMIT.toSeconds() + " s");
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50); // between two looks, not a wait for something to happen
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void shift(String duration) throws IOException {
        Files.writeString(shiftFile(), duration);
    }

    private static Path shiftFile() {
        Optional<String> file = ConfigProvider.getConfig().getOptionalValue("servicehall.clock.shift.file", String.class);
        return Path.of(file.filter(f -> !f.isBlank()).orElseThrow(() -> new AssertionError("the test server shifts no clock")).strip());
    }
}
