package org.servicehall.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.servicehall.domain.model.calendar.Stage;
import org.servicehall.application.FilingReceipt;
import org.servicehall.domain.model.calendar.DeadlinePolicy;
import org.servicehall.domain.model.complaint.CategorySnapshot;
import org.servicehall.domain.model.complaint.Complaint;
import org.servicehall.domain.model.complaint.ComplaintRepository;
import org.servicehall.domain.model.complaint.TrackingNumber;
import org.servicehall.domain.shared.Actor;

/** The transactional part of filing: number, create, store. */
@ApplicationScoped
public class ComplaintFiling {

    @Inject
    ComplaintRepository complaints;

    @Inject
    Clock clock;

    @Inject
    DeadlinePolicy deadlines;

    @Inject
    CitizenNotices notices;

    @Transactional
    FilingReceipt file(CheckedFiling filing) {
        return file(filing, null, null);
    }

    /** Files a complaint a channel plugin brought in, with the counterpart's id of it (both null: none). */
    @Transactional
    FilingReceipt file(CheckedFiling filing, String externalSource, String externalReference) {
        Instant now = clock.instant();
        TrackingNumber number = complaints.nextTrackingNumber(LocalDate.ofInstant(now, deadlines.zone()));
        Complaint complaint = Complaint.receive(number, filing.channel(), CategorySnapshot.of(filing.category()),
                filing.description(), filing.complainant(), Actor.citizen(filing.terminal()), now,
                filing.idempotencyKey(), deadlines);
        if (externalSource != null) {
            complaint.reception().recordExternalReference(externalSource, externalReference);
        }
        CheckedDetails details = filing.details();
        if (details != null && (!details.given().isEmpty() || details.staffOrWindow() != null
                || details.incidentDay() != null)) {
            complaint.reception().recordFilingDetails(details.staffOrWindow(), details.windowNumber(),
                    details.incidentDay() == null ? null : details.incidentDay().atStartOfDay(deadlines.zone()).toInstant(),
                    details.given());
        }
        complaints.store(complaint);
        notices.filed(complaint, filing.consent(), complaint.reception().queryCode().map(q -> q.value()).orElse(null));
        return receiptOf(complaint, false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<Complaint> findByIdempotencyKey(String key) {
        return complaints.findByIdempotencyKey(key);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<Complaint> findByExternalReference(String source, String reference) {
        return complaints.findByExternalReference(source, reference);
    }

    /** Today in the hall's time zone. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(deadlines.zone()));
    }

    static FilingReceipt receiptOf(Complaint complaint, boolean repeated) {
        return new FilingReceipt(complaint.trackingNumber(), complaint.status(), complaint.category(),
                complaint.receivedAt(), repeated, complaint.reception().queryCode().orElse(null),
                complaint.deadlines().due(Stage.ACKNOWLEDGE).orElse(null));
    }
}
