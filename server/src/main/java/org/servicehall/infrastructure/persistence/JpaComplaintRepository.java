package org.servicehall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.servicehall.domain.model.complaint.Complaint;
import org.servicehall.domain.model.complaint.ComplaintRepository;
import org.servicehall.domain.model.complaint.ComplaintStored;
import org.servicehall.domain.model.complaint.DueComplaint;
import org.servicehall.domain.model.complaint.HistoryEntry;
import org.servicehall.domain.model.complaint.TrackingNumber;

/** Complaints in the relational database, through JPA. */
@ApplicationScoped
public class JpaComplaintRepository implements ComplaintRepository {

    @PersistenceContext(unitName = "servicehall")
    EntityManager em;

    @Inject
    TrackingNumberSequence sequence;

    @Inject
    FigureCounts figureCounts;

    @Override
    public Optional<Complaint> find(TrackingNumber number) {
        return em.createNamedQuery("Complaint.findByTrackingNumber", Complaint.class)
                .setParameter("trackingNumber", number.value())
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Complaint> findForChange(TrackingNumber number) {
        return em.createNamedQuery("Complaint.findByTrackingNumber", Complaint.class)
                .setParameter("trackingNumber", number.value())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Complaint> findByIdempotencyKey(String key) {
        return em.createNamedQuery("Complaint.findByIdempotencyKey", Complaint.class)
                .setParameter("key", key)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Complaint> findByExternalReference(String source, String reference) {
        return em.createNamedQuery("Complaint.findByExternalReference", Complaint.class)
                .setParameter("source", source)
                .setParameter("reference", reference)
                .getResultStream().findFirst();
    }

    @Inject
    Event<ComplaintStored> stored;

    @Override
    public void store(Complaint complaint) {
        // the steps this store adds have no id until they are persisted
        int firstNew = complaint.history().stream().filter(HistoryEntry::isNew).mapToInt(HistoryEntry::sequence)
                .min().orElse(complaint.history().size() + 1);
        boolean filed = complaint.id() == null;
        em.persist(complaint);
        em.flush();
        index(complaint, filed);
        // the statistics' counts move in this same transaction: exact whenever the step is
        var figures = complaint.figures();
        figureCounts.move(complaint.countedAs().orElse(null), figures);
        complaint.counted(figures);
        // Observers that care about the commit (escalation) listen AFTER_SUCCESS.
        stored.fire(new ComplaintStored(complaint.trackingNumber(), firstNew));
    }

    @Override
    public List<DueComplaint> deadlineBefore(Instant horizon, DueComplaint after, int max) {
        TypedQuery<Object[]> query = after == null
                ? em.createNamedQuery("Complaint.deadlineBefore", Object[].class)
                : em.createNamedQuery("Complaint.deadlineBeforeAfter", Object[].class)
                        .setParameter("due", after.due())
                        .setParameter("number", after.trackingNumber().value());
        return query.setParameter("horizon", horizon)
                .setMaxResults(max)
                .getResultStream()
                .map(row -> new DueComplaint(new TrackingNumber((String) row[0]), (Instant) row[1]))
                .toList();
    }

    /**
     * Adds the complaint's search terms that the index does not hold yet (terms are never removed)
     * when it is filed or a step changed its texts; a complaint being filed has none yet, so its
     * filing reads nothing back, and most steps change no text, so they neither read nor write.
     */
    private void index(Complaint complaint, boolean filed) {
        if (!complaint.searchTextChanged()) {
            return;
        }
        Set<String> terms = new HashSet<>(complaint.searchTerms());
        if (!filed) {
            terms.removeAll(em.createNamedQuery("ComplaintTerm.termsOf", String.class)
                    .setParameter("complaintId", complaint.id()).getResultList());
        }
        terms.forEach(term -> em.persist(new ComplaintTerm(term, complaint.id())));
        complaint.indexed();
    }

    @Override
    public List<TrackingNumber> possibleDuplicates(Complaint complaint, Instant since) {
        String phone = complaint.complainant().phone().map(p -> p.value()).orElse(null);
        String staff = complaint.registration().staffComplainedAboutId()
                .or(() -> complaint.registration().staffComplainedAbout()).orElse(null);
        if (phone == null && staff == null) {
            return List.of();
        }
        return em.createNamedQuery("Complaint.possibleDuplicates", String.class)
                .setParameter("number", complaint.trackingNumber().value())
                .setParameter("since", since)
                .setParameter("phone", phone == null ? "-" : phone)
                .setParameter("staff", staff == null ? "-" : staff)
                .setParameter("category", complaint.category().code())
                .setMaxResults(10)
                .getResultStream().map(TrackingNumber::new).toList();
    }

    @Override
    public List<TrackingNumber> receivedAbout(About about, String value, Instant since, Instant until, int max) {
        String query = switch (about) {
            case COMPLAINANT_PHONE -> "Complaint.fromPhoneBetween";
            case STAFF_MEMBER -> "Complaint.aboutStaffBetween";
            case WINDOW -> "Complaint.aboutWindowBetween";
        };
        return em.createNamedQuery(query, String.class)
                .setParameter("key", value).setParameter("since", since).setParameter("until", until)
                .setMaxResults(max)
                .getResultStream().map(TrackingNumber::new).toList();
    }

    /** From this server's block of the day's numbers (see {@link TrackingNumberSequence}): no database work as a rule. */
    @Override
    public TrackingNumber nextTrackingNumber(LocalDate day) {
        return TrackingNumber.of(day, sequence.next(day));
    }
}
