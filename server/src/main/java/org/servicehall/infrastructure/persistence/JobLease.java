package org.servicehall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;

/**
 * A lease per periodic job in the JOB_LEASE table: one conditional UPDATE takes it when it has
 * expired (or renews it for its holder), so with several servers on one database exactly one
 * runs the job each time. The database decides, by its own clock: the expiry is written and
 * compared with the database's current time in the same statement, so neither a server whose
 * clock is off nor the application clock the test server shifts can take a lease early or keep
 * one late. When the holder dies, another server takes over once the lease length has passed.
 */
@ApplicationScoped
public class JobLease {

    /**
     * Now on the database's clock, as UTC without a zone (the app's convention for TIMESTAMP
     * columns). PostgreSQL's CURRENT_TIMESTAMP has a zone and would be cast through each session's
     * time zone, which may differ between servers; Derby is embedded in one server, whose JVM runs
     * in UTC, so its CURRENT_TIMESTAMP is that server's time and the same for every statement.
     */
    private static final Dialect POSTGRESQL = new Dialect("(CURRENT_TIMESTAMP AT TIME ZONE 'UTC')",
            "((CURRENT_TIMESTAMP AT TIME ZONE 'UTC') + ? * INTERVAL '1 second')");
    private static final Dialect DERBY = new Dialect("CURRENT_TIMESTAMP",
            "{fn TIMESTAMPADD(SQL_TSI_SECOND, ?, CURRENT_TIMESTAMP)}");

    /** The database's now, and its now plus a number of seconds given as the statement's parameter. */
    private record Dialect(String now, String nowPlusSeconds) {
    }

    @PersistenceContext(unitName = "servicehall")
    EntityManager em;

    private volatile Dialect dialect;

    /**
     * Whether {@code holder} now holds the lease of {@code job} for {@code length} from the
     * database's current time: it had expired, or {@code holder} held it already (a renewal).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean take(String job, String holder, Duration length) {
        Dialect sql = dialect();
        return em.createNativeQuery("UPDATE JOB_LEASE SET HOLDER = ?, EXPIRES_AT = " + sql.nowPlusSeconds()
                        + " WHERE NAME = ? AND (EXPIRES_AT < " + sql.now() + " OR HOLDER = ?)")
                .setParameter(1, holder)
                .setParameter(2, (int) Math.max(1, Math.min(Integer.MAX_VALUE, length.toSeconds())))
                .setParameter(3, job)
                .setParameter(4, holder)
                .executeUpdate() == 1;
    }

    /** Gives up {@code job} if {@code holder} holds it, so that any server may take it at once. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String job, String holder) {
        em.createNativeQuery("UPDATE JOB_LEASE SET EXPIRES_AT = " + dialect().nowPlusSeconds() + " WHERE NAME = ? AND HOLDER = ?")
                .setParameter(1, -1)
                .setParameter(2, job)
                .setParameter(3, holder)
                .executeUpdate();
    }

    private Dialect dialect() {
        Dialect known = dialect;
        if (known == null) {
            try {
                String product = em.unwrap(Connection.class).getMetaData().getDatabaseProductName();
                known = product.toLowerCase(Locale.ROOT).contains("postgresql") ? POSTGRESQL : DERBY;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot tell which database holds the job leases", e);
            }
            dialect = known;
        }
        return known;
    }
}
