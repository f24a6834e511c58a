package org.servicehall.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicehall.application.MessageTemplates;
import org.servicehall.application.NoticePolicy;
import org.servicehall.application.NotificationConsent;
import org.servicehall.application.NotifyConsents;
import org.servicehall.application.Outbox;
import org.servicehall.domain.model.complaint.Complaint;
import org.servicehall.domain.model.complaint.ComplaintRepository;
import org.servicehall.domain.model.complaint.ComplaintStored;
import org.servicehall.domain.model.complaint.HistoryAction;
import org.servicehall.domain.model.complaint.HistoryEntry;
import org.servicehall.plugin.api.notify.MessageKinds;

/**
 * Tells complainants who agreed at filing how their complaint goes: the receipt, the sign-for,
 * the result (or the appeal's result) and the invitation to rate. Everything is written to the
 * outbox in the transaction of the step itself, timed by the {@link NoticePolicy} (never in the
 * quiet hours, a few a day at most); without consent, or for an anonymous complainant, nothing is.
 */
@ApplicationScoped
public class CitizenNotices {

    @Inject
    NotifyConsents consents;

    @Inject
    MessageTemplates templates;

    @Inject
    Outbox outbox;

    @Inject
    NoticePolicy policy;

    @Inject
    Clock clock;

    @Inject
    ComplaintRepository complaints;

    @Inject
    @ConfigProperty(name = "servicehall.public.url")
    Optional<String> publicUrl;

    @Inject
    DailyCount dailyCount;

    /** How many messages about a complaint to its complainant are due in a day. */
    public interface DailyCount {
        long of(String trackingNumber, Instant from, Instant until);
    }

    /** Keeps the consent given at filing and sends the receipt, in the filing's transaction. */
    void filed(Complaint complaint, NotificationConsent consent, String queryCode) {
        if (consent == null || !consent.given() || complaint.complainant().isAnonymous()) {
            return;
        }
        String phone = complaint.complainant().phone().map(p -> p.value()).orElse(null);
        String number = complaint.trackingNumber().value();
        int last = complaint.history().size();
        consents.give(number, consent.bySms() && phone != null, phone, consent.email(), clock.instant(), last);
        Map<String, String> params = links(number);
        params.put("queryCode", Outbox.Message.SECRET_PLACEHOLDER);
        post(number, MessageKinds.FILED, params, queryCode);
    }

    void stored(@Observes ComplaintStored event) {
        if (event.firstNewSequence() == Integer.MAX_VALUE) {
            return;
        }
        String number = event.trackingNumber().value();
        Optional<NotifyConsents.Consent> consent = consents.of(number);
        if (consent.isEmpty() || !consent.get().active()) {
            return;
        }
        Optional<Complaint> found = complaints.find(event.trackingNumber());
        if (found.isEmpty()) {
            return;
        }
        Complaint complaint = found.get();
        int told = consent.get().lastSequence();
        boolean appealed = false;
        int last = told;
        for (HistoryEntry entry : complaint.history()) {
            appealed |= entry.action() == HistoryAction.APPEALED;
            if (entry.sequence() <= told) {
                continue;
            }
            last = entry.sequence();
            switch (entry.action()) {
                case SIGNED_FOR -> post(number, MessageKinds.SIGNED_FOR, links(number), null);
                case RESOLVED_ON_SPOT, REDIRECTED -> post(number, MessageKinds.RESULT, links(number), null);
                case FEEDBACK_GIVEN, FEEDBACK_SKIPPED -> {
                    post(number, appealed ? MessageKinds.APPEAL_RESULT : MessageKinds.RESULT, links(number), null);
                    post(number, MessageKinds.RATING_INVITATION, links(number), null);
                }
                default -> {
                }
            }
        }
        if (last > told) {
            consents.told(number, last);
        }
    }

    private Map<String, String> links(String number) {
        String base = publicUrl.filter(u -> !u.isBlank()).map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u)
                .orElse("");
        Map<String, String> params = new LinkedHashMap<>();
        params.put("trackingNumber", number);
        params.put("statusUrl", base + "/public/track.xhtml?n=" + number);
        params.put("rateUrl", base + "/public/rate.xhtml?n=" + number);
        return params;
    }

    private void post(String number, String kind, Map<String, String> params, String secret) {
        Instant at = policy.outsideQuietHours(clock.instant());
        for (int day = 0; day < 30; day++) {
            Instant[] bounds = policy.dayOf(at);
            if (dailyCount.of(number, bounds[0], bounds[1]) < policy.perDay()) {
                break;
            }
            at = policy.nextDay(at);
        }
        Instant now = clock.instant();
        outbox.post(templates.compose(kind, Outbox.RecipientKind.COMPLAINANT, number, number, params, false, secret),
                at.isAfter(now) ? at : null);
    }
}
