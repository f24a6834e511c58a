package org.servicehall.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicehall.domain.model.complaint.Complaint;
import org.servicehall.domain.model.complaint.ComplaintRepository;
import org.servicehall.domain.model.complaint.DuplicateFlag;

/**
 * Flags possible duplicates when a complaint is registered: the same contact, or the same staff
 * member in the same category, within {@code servicehall.duplicates.window.days} (default 30).
 */
@ApplicationScoped
public class DuplicateCheck {

    @Inject
    ComplaintRepository complaints;

    @Inject
    @ConfigProperty(name = "servicehall.duplicates.window.days", defaultValue = "30")
    int windowDays;

    void flag(Complaint complaint, Instant now) {
        Instant since = now.minus(Duration.ofDays(windowDays));
        String phone = complaint.complainant().phone().map(p -> p.value()).orElse(null);
        for (var other : complaints.possibleDuplicates(complaint, since)) {
            complaints.find(other).ifPresent(candidate -> {
                boolean samePhone = phone != null
                        && candidate.complainant().phone().map(p -> p.value().equals(phone)).orElse(false);
                complaint.triage().flagPossibleDuplicate(other,
                        samePhone ? DuplicateFlag.Reason.SAME_CONTACT : DuplicateFlag.Reason.SAME_STAFF_AND_CATEGORY, now);
            });
        }
    }
}
