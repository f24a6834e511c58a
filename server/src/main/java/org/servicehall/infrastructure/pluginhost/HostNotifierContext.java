package org.servicehall.infrastructure.pluginhost;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicehall.application.NotifyConsents;
import org.servicehall.domain.model.calendar.DeadlinePolicy;
import org.servicehall.infrastructure.persistence.JpaOutbox;
import org.servicehall.infrastructure.persistence.JpaPluginSettings;
import org.servicehall.plugin.api.notify.NotifierContext;

/**
 * The {@link NotifierContext} the host registers in the plugin framework. Notifiers call it from
 * their own threads (an SMPP session's receiver, say), where the server's transactions are not
 * available: each call that writes runs on the server's managed executor and waits for its commit.
 */
@ApplicationScoped
public class HostNotifierContext implements NotifierContext {

    private static final Logger LOG = Logger.getLogger(HostNotifierContext.class.getName());
    private static final long WAIT_SECONDS = 10;

    @Inject
    Clock clock;

    @Inject
    DeadlinePolicy deadlines;

    @Inject
    JpaPluginSettings settings;

    @Inject
    JpaOutbox outbox;

    @Inject
    NotifyConsents consents;

    @Resource
    ManagedExecutorService executor;

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public ZoneId zone() {
        return deadlines.zone();
    }

    @Override
    public Optional<String> setting(String notifierId, String key) {
        if (notifierId == null || key == null) {
            return Optional.empty();
        }
        // notifiers read their settings on their own threads (a reconnect, a receipt): the stored
        // values come from the database on a thread of the server's
        Map<String, String> stored = onServerThread(settings::all, null);
        if (stored == null) {
            return Optional.empty();
        }
        return PluginSettingsCatalog.lookup(stored)
                .apply(DeclaredSettings.prefix("notifier", notifierId) + key)
                .filter(value -> !value.isBlank());
    }

    @Override
    public boolean deliveryReport(String notifierId, long messageId, boolean delivered, String detail) {
        if (notifierId == null) {
            return false;
        }
        return onServerThread(() -> outbox.reported(messageId, notifierId, delivered, detail), false);
    }

    @Override
    public int withdrawConsent(String phoneOrEmail) {
        int withdrawn = 0;
        for (String contact : PhoneForms.of(phoneOrEmail)) {
            withdrawn += onServerThread(() -> consents.withdraw(contact, clock.instant()), 0);
        }
        if (withdrawn > 0) {
            LOG.log(Level.INFO, "A complainant withdrew consent to messages on {0} complaint(s)", withdrawn);
        }
        return withdrawn;
    }

    private <T> T onServerThread(Callable<T> work, T otherwise) {
        try {
            return executor.submit(work).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return otherwise;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.log(Level.WARNING, "A notifier's report was not recorded: {0}", e.toString());
            return otherwise;
        }
    }

}
