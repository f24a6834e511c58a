package org.servicehall.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BiConsumer;
import org.servicehall.application.AccessDeniedException;
import org.servicehall.application.CallerContext;
import org.servicehall.application.CaseNotFoundException;
import org.servicehall.application.CaseView;
import org.servicehall.application.ConcurrentChangeException;
import org.servicehall.domain.model.complaint.Complaint;
import org.servicehall.domain.model.complaint.ComplaintRepository;
import org.servicehall.domain.model.complaint.HistoryEntry;
import org.servicehall.domain.model.complaint.TrackingNumber;
import org.servicehall.domain.shared.Actor;

/**
 * The one way every staff action reaches a complaint: load it, keep the staff member complained
 * about out and everyone whose work does not need it ({@link Complaint#isReadableBy}), check the
 * version the caller saw, apply the transition, store, and answer with the new view, all in one
 * transaction. Reads pass the same gate, so the API and the screens refuse alike.
 */
@ApplicationScoped
public class CaseCommands {

    @Inject
    ComplaintRepository complaints;

    @Inject
    CallerContext caller;

    @Inject
    Clock clock;

    /**
     * Applies a change as the caller.
     *
     * @param expectedVersion the version the caller's screen showed; null skips the check (API clients that do not care)
     */
    @Transactional
    public CaseView change(String trackingNumber, Long expectedVersion, BiConsumer<Complaint, Actor> transition) {
        Actor actor = caller.actor();
        Complaint complaint = TrackingNumber.parse(trackingNumber).flatMap(complaints::findForChange)
                .orElseThrow(() -> new CaseNotFoundException(trackingNumber));
        admit(complaint, actor);
        if (expectedVersion != null && expectedVersion != complaint.version()) {
            throw changedSince(complaint);
        }
        transition.accept(complaint, actor);
        try {
            complaints.store(complaint);
        } catch (OptimisticLockException e) {
            // Two requests passed the version check at the same moment; the other one won.
            throw new ConcurrentChangeException(null, null, -1);
        }
        return CaseView.of(complaint, false, clock.instant(), actor);
    }

    /** Loads a complaint for the caller; unknown numbers, recusal and need-to-know all end here. */
    Complaint load(String trackingNumber, Actor actor) {
        Complaint complaint = TrackingNumber.parse(trackingNumber).flatMap(complaints::find)
                .orElseThrow(() -> new CaseNotFoundException(trackingNumber));
        admit(complaint, actor);
        return complaint;
    }

    private static void admit(Complaint complaint, Actor actor) {
        if (complaint.isAbout(actor.id())) {
            throw new AccessDeniedException("recusal");
        }
        if (!complaint.isReadableBy(actor)) {
            throw new AccessDeniedException("needToKnow");
        }
    }

    Instant now() {
        return clock.instant();
    }

    /** Names the last person who changed the complaint (entries of ServiceHall itself are skipped). */
    private static ConcurrentChangeException changedSince(Complaint complaint) {
        for (int i = complaint.history().size() - 1; i >= 0; i--) {
            HistoryEntry entry = complaint.history().get(i);
            if (entry.actor().role() != Actor.Role.SYSTEM) {
                return new ConcurrentChangeException(entry.actor().id(), entry.occurredAt(), complaint.version());
            }
        }
        return new ConcurrentChangeException(null, null, complaint.version());
    }
}
