package org.servicehall.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicehall.application.LoginLedger;
import org.servicehall.application.LoginThrottle;

/**
 * Counts wrong passwords per user name on the ledger, by the hall's clock. Names are compared
 * without case and surrounding blanks and cut to 64 characters, so that a name cannot escape its
 * count by spelling; what is stored and logged is that form, stripped of control characters.
 */
@ApplicationScoped
public class DefaultLoginThrottle implements LoginThrottle {

    private static final Logger LOG = Logger.getLogger(DefaultLoginThrottle.class.getName());
    private static final int MAX_NAME = 64;
    /** Two servers inserting the first row of one name at once: the loser counts again. */
    private static final int ATTEMPTS = 3;
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(5);

    @Inject
    @ConfigProperty(name = "servicehall.login.max.failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "servicehall.login.failure.window.minutes", defaultValue = "15")
    long windowMinutes;

    @Inject
    @ConfigProperty(name = "servicehall.login.lock.minutes", defaultValue = "15")
    long lockMinutes;

    @Inject
    LoginLedger ledger;

    @Inject
    Clock clock;

    private final AtomicReference<Instant> prunedAt = new AtomicReference<>(Instant.EPOCH);

    /** The form a typed user name is counted under. */
    static String key(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        name = name.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
    }

    @Override
    @Transactional
    public Standing standing(String username) {
        Instant now = clock.instant();
        return ledger.find(key(username))
                .map(row -> new Standing(row.lockedUntil().filter(now::isBefore), row.failures()))
                .orElse(new Standing(Optional.empty(), 0));
    }

    @Override
    public Optional<Instant> failed(String username, String client) {
        String name = key(username);
        Instant now = clock.instant();
        Instant lockUntil = now.plus(lockDuration());
        prune(now);
        RuntimeException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                if (ledger.countFailure(name, now, now.minus(Duration.ofMinutes(windowMinutes)), maxFailures, lockUntil)
                        .isPresent()) {
                    return Optional.empty();
                }
                LOG.log(Level.WARNING, "Staff login name {0} locked until {1} after {2} wrong passwords, the last from {3}",
                        new Object[] {name, lockUntil, maxFailures, client});
                ledger.record(new Event(now, name, "LOCKED", null, client, maxFailures + " wrong passwords"));
                return Optional.of(lockUntil);
            } catch (RuntimeException e) {
                last = e;
            }
        }
        throw last;
    }

    @Override
    public void succeeded(String username) {
        ledger.forget(key(username), clock.instant());
    }

    @Override
    public Duration lockDuration() {
        return Duration.ofMinutes(lockMinutes);
    }

    @Override
    public List<Lock> locks() {
        return ledger.lockedAt(clock.instant());
    }

    @Override
    public boolean unlock(String username, String actor) {
        String name = key(username);
        boolean removed = ledger.remove(name);
        if (removed) {
            LOG.log(Level.INFO, "Staff login name {0} unlocked by {1}", new Object[] {name, actor});
            ledger.record(new Event(clock.instant(), name, "UNLOCKED", actor, null, null));
        }
        return removed;
    }

    @Override
    public List<Event> audit(int max) {
        return ledger.latest(max);
    }

    /** Rows of names that failed long ago and are not locked go, at most every few minutes per server. */
    private void prune(Instant now) {
        Instant last = prunedAt.get();
        if (Duration.between(last, now).compareTo(PRUNE_EVERY) < 0 || !prunedAt.compareAndSet(last, now)) {
            return;
        }
        try {
            ledger.prune(now, now.minus(Duration.ofMinutes(windowMinutes)));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "pruning the login ledger failed; tried again later", e);
        }
    }
}
