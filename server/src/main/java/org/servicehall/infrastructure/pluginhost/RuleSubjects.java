package org.servicehall.infrastructure.pluginhost;

import java.util.Optional;
import org.servicehall.domain.model.complaint.Complaint;
import org.servicehall.domain.model.complaint.ComplaintRepository.About;
import org.servicehall.plugin.api.escalation.Subject;

/**
 * The subjects of the complaint a rule is evaluating, by the values its snapshot shows and by what
 * the host looks them up with: a rule holding the phone's hash gets the complaints from that phone
 * without ever seeing the number, and only for the complaint in front of it.
 */
record RuleSubjects(String phoneHash, String phone, String staffId, String window) {

    /** A subject as the repository finds it. */
    record Lookup(About about, String value) {
    }

    static RuleSubjects of(Complaint complaint) {
        String phone = complaint.complainant().phone().map(p -> p.value()).orElse(null);
        return new RuleSubjects(phone == null ? null : Snapshots.hash(phone), phone,
                complaint.registration().staffComplainedAboutId().orElse(null),
                complaint.reception().windowComplainedAbout().orElse(null));
    }

    /** Empty unless {@code key} is this complaint's value for the subject. */
    Optional<Lookup> lookup(Subject subject, String key) {
        return switch (subject) {
            case COMPLAINANT_PHONE_HASH -> matching(phoneHash, key).map(k -> new Lookup(About.COMPLAINANT_PHONE, phone));
            case STAFF -> matching(staffId, key).map(k -> new Lookup(About.STAFF_MEMBER, k));
            case WINDOW -> matching(window, key).map(k -> new Lookup(About.WINDOW, k));
        };
    }

    private static Optional<String> matching(String own, String key) {
        return own != null && own.equals(key) ? Optional.of(own) : Optional.empty();
    }
}
