package org.servicehall.infrastructure.pluginhost;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicehall.application.NotifyConsents;
import org.servicehall.application.Outbox;
import org.servicehall.infrastructure.persistence.JpaOutbox;
import org.servicehall.infrastructure.persistence.JpaPluginSettings;
import org.servicehall.infrastructure.persistence.PendingMessage;
import org.servicehall.plugin.api.common.LocalizedText;
import org.servicehall.plugin.api.notify.Message;
import org.servicehall.plugin.api.notify.MessageKinds;
import org.servicehall.plugin.api.notify.Notifier;
import org.servicehall.plugin.api.notify.Recipient;

/**
 * Hands the outbox's due messages to the notifier plugins, through the guard. A message goes to
 * every notifier that accepts its recipient and that IT routed its kind to (the notifier's
 * {@value MessageKinds#SETTING} setting), exactly once to each: a notifier's send is recorded
 * before the next one is tried, and a message is tried again (after a growing pause) only by the
 * notifiers that have not sent it yet. It is done when all of them have. A complainant is reached
 * only through the contacts they agreed to at filing, read at the moment of sending, so a consent
 * withdrawn meanwhile holds back what is still waiting.
 */
@ApplicationScoped
public class NotifierDelivery {

    private static final Logger LOG = Logger.getLogger(NotifierDelivery.class.getName());
    /** About a day of attempts with the pause doubling up to an hour. */
    static final int MAX_ATTEMPTS = 30;
    private static final int BATCH = 100;
    private static final Duration MAX_PAUSE = Duration.ofHours(1);
    private static final Duration SEND_LIMIT = Duration.ofSeconds(20);
    private static final String SENT = "";

    @Inject
    PluginHostService plugins;

    @Inject
    JpaOutbox outbox;

    @Inject
    NotifyConsents consents;

    @Inject
    JpaPluginSettings settings;

    @Inject
    @ConfigProperty(name = "servicehall.notify.retryPause", defaultValue = "PT30S")
    Duration retryPause;

    /**
     * @return how many messages were completed now. One run at a time on this server: the schedule
     * and the after-change escalations both call this, and two runs reading the same pending rows
     * would hand a message to the notifiers twice.
     */
    public synchronized int deliverPending() {
        Optional<FelixPluginHost> host = plugins.host();
        if (host.isEmpty() || host.get().notifiers().isEmpty()) {
            return 0;
        }
        List<Routed> notifiers = routed(host.get());
        if (notifiers.isEmpty()) {
            return 0; // none configured: the messages wait untouched until one is
        }
        int completed = 0;
        for (PendingMessage pending : outbox.pending(MAX_ATTEMPTS, BATCH)) {
            try {
                completed += deliver(host.get(), notifiers, pending) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Message {0} not delivered: {1}", new Object[] {pending.id(), e.toString()});
            }
        }
        return completed;
    }

    /** A notifier with the kinds IT routed to it (null: every kind). */
    record Routed(Contribution<Notifier> notifier, Set<String> kinds) {

        boolean takes(String kind) {
            return kinds == null || kind != null && kinds.contains(kind);
        }
    }

    /** The notifiers to try now: those whose required settings all have values, with their routing. */
    private List<Routed> routed(FelixPluginHost host) {
        Function<String, Optional<String>> lookup = PluginSettingsCatalog.lookup(settings.all());
        List<Routed> result = new ArrayList<>();
        for (Contribution<Notifier> notifier : host.notifiers()) {
            Optional<DeclaredSettings> declared = PluginSettingsCatalog.declare(host, "notifier", notifier);
            if (declared.isEmpty()) {
                result.add(new Routed(notifier, null));
                continue;
            }
            if (!PluginSettingsCatalog.missing(declared.get(), lookup).isEmpty()) {
                continue; // not configured: it could not send anything
            }
            Set<String> kinds = declared.get().specs().stream().filter(s -> s.key().equals(MessageKinds.SETTING))
                    .findFirst().map(spec -> kinds(lookup.apply(declared.get().prefix() + spec.key())
                            .orElse(spec.defaultValue()))).orElse(null);
            result.add(new Routed(notifier, kinds));
        }
        return result;
    }

    static Set<String> kinds(String value) {
        if (value == null || value.isBlank() || value.strip().equals("*")) {
            return null;
        }
        Set<String> kinds = new TreeSet<>();
        Arrays.stream(value.split(",")).map(String::strip).filter(k -> !k.isEmpty()).forEach(kinds::add);
        return kinds;
    }

    private boolean deliver(FelixPluginHost host, List<Routed> notifiers, PendingMessage pending) {
        Outbox.Message m = pending.message();
        Optional<Recipient> recipient = recipient(m);
        if (recipient.isEmpty()) {
            outbox.withheld(pending.id(), "no consent to tell the complainant");
            return false;
        }
        Message message = toMessage(pending, recipient.get());
        Set<String> sent = outbox.sentBy(pending.id());
        List<String> failures = new ArrayList<>();
        boolean anyRouted = false;
        for (Routed routed : notifiers) {
            Contribution<Notifier> notifier = routed.notifier();
            if (!routed.takes(m.kind())) {
                continue;
            }
            boolean accepts = host.calls().call(notifier.pluginId(), "Notifier.accepts " + notifier.id(),
                    () -> notifier.service().accepts(message.recipient())).orElse(false);
            if (!accepts) {
                continue;
            }
            anyRouted = true;
            if (sent.contains(notifier.id())) {
                continue;
            }
            // A checked exception is the gateway's answer (down, refused, not configured): the message
            // waits for its next attempt and the plugin is not blamed. A runtime exception, an error or
            // no answer in time is the plugin's fault and counts towards its circuit breaker.
            String outcome = host.calls().call(notifier.pluginId(), "Notifier.send " + notifier.id(), SEND_LIMIT, () -> {
                try {
                    notifier.service().send(message);
                    return SENT;
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    return e.getClass().getSimpleName() + ": " + e.getMessage();
                }
            }).orElse("Notifier.send " + notifier.id() + " failed");
            if (SENT.equals(outcome)) {
                outbox.sent(pending.id(), notifier.id());
                sent.add(notifier.id());
            } else {
                outbox.notSent(pending.id(), notifier.id(), outcome);
                failures.add(notifier.id());
            }
        }
        if (anyRouted && failures.isEmpty()) {
            outbox.delivered(pending.id(), String.join(",", new TreeSet<>(sent)));
            return true;
        }
        String error = anyRouted ? "not sent by " + String.join(",", failures) : "no notifier delivered it";
        outbox.failed(pending.id(), error, host.calls().clock().instant().plus(pause(pending.attempts())));
        return false;
    }

    /** The pause before the next attempt: doubling from the configured one, at most an hour. */
    Duration pause(int attemptsSoFar) {
        Duration pause = retryPause.multipliedBy(1L << Math.min(attemptsSoFar, 16));
        return pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause;
    }

    /** Staff and roles as addressed; a complainant with the contacts of their active consent, or nobody. */
    private Optional<Recipient> recipient(Outbox.Message m) {
        return switch (m.recipientKind()) {
            case STAFF -> Optional.of(Recipient.staff(m.recipientId()));
            case ROLE -> Optional.of(Recipient.role(m.recipientId()));
            case COMPLAINANT -> consents.of(m.recipientId()).filter(NotifyConsents.Consent::active)
                    .map(c -> Recipient.complainant(m.recipientId(), c.bySms() ? c.phone() : null, c.email()));
        };
    }

    private static Message toMessage(PendingMessage pending, Recipient recipient) {
        Outbox.Message m = pending.message();
        Map<String, String> params = new HashMap<>(m.params());
        if (m.secret() != null) {
            params.put("queryCode", m.secret());
        }
        return new Message(pending.id(), recipient, m.kind(),
                LocalizedText.of(reveal(m.subjectZh(), m.secret()), reveal(m.subjectEn(), m.secret())),
                LocalizedText.of(reveal(m.bodyZh(), m.secret()), reveal(m.bodyEn(), m.secret())),
                m.trackingNumber(), params, m.important());
    }

    private static String reveal(String text, String secret) {
        return secret == null ? text : text.replace(Outbox.Message.SECRET_PLACEHOLDER, secret);
    }
}
