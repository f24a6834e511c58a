package org.servicehall.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.servicehall.application.ChannelIntake;
import org.servicehall.application.EvidenceStore;
import org.servicehall.application.ComplaintFiled;
import org.servicehall.application.FieldViolation;
import org.servicehall.application.FilingReceipt;
import org.servicehall.application.InvalidInputException;
import org.servicehall.application.UncheckedDetails;
import org.servicehall.application.UncheckedFiling;
import org.servicehall.domain.model.category.CategoryCatalog;
import org.servicehall.domain.model.complaint.Complainant;
import org.servicehall.domain.model.complaint.Complaint;
import org.servicehall.domain.model.complaint.ComplaintRepository;
import org.servicehall.domain.model.complaint.Evidence;
import org.servicehall.domain.model.complaint.ExternalReference;
import org.servicehall.domain.model.complaint.InvestigationNote;
import org.servicehall.domain.model.complaint.PhoneNumber;
import org.servicehall.domain.model.complaint.QueryCode;
import org.servicehall.domain.model.complaint.ReceptionSteps;
import org.servicehall.domain.model.complaint.TrackingNumber;
import org.servicehall.domain.shared.Actor;

/**
 * Files what channel plugins bring in. The same checks as every filing, under the adapter's own
 * channel code; the (source, reference) pair is unique in the database, so a repeated delivery,
 * even one racing the first, ends with the first complaint's number.
 */
@ApplicationScoped
public class DefaultChannelIntake implements ChannelIntake {

    private static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9.-]{1,59}");

    @Inject
    CategoryCatalog catalog;

    @Inject
    ComplaintFiling filing;

    @Inject
    ComplaintRepository complaints;

    @Inject
    Event<ComplaintFiled> filed;

    @Inject
    Clock clock;

    @Inject
    EvidenceStore evidence;

    @Override
    public ChannelReceipt file(ChannelFiling command) {
        List<FieldViolation> violations = new ArrayList<>();
        String source = command.source();
        if (source == null || !SOURCE.matcher(source).matches()) {
            throw new IllegalArgumentException("not a channel adapter id");
        }
        String reference = strip(command.externalReference());
        if (reference == null) {
            violations.add(FieldViolation.of("externalId", "required"));
        } else if (reference.length() > ExternalReference.REFERENCE_MAX_LENGTH
                || reference.chars().anyMatch(Character::isISOControl)) {
            violations.add(FieldViolation.of("externalId", "invalid"));
        }
        String phone = strip(command.phone());
        String other = strip(command.otherContact());
        String name = strip(command.name());
        if (other != null && (other.length() > 200 || other.chars().anyMatch(Character::isISOControl))) {
            violations.add(FieldViolation.of("contactEmail", "invalid"));
        }
        // Without a phone the shared checks see an anonymous filing; a name with another contact is kept below.
        UncheckedFiling asFiled = new UncheckedFiling(command.channelCode(), command.categoryCode(), command.description(),
                phone == null ? null : name, phone, phone == null, null, null,
                command.answers().isEmpty() ? null : new UncheckedDetails(List.of(), command.answers(), null, null, null));
        CheckedFiling valid;
        try {
            valid = FilingValidator.validateFromOutside(asFiled, catalog, filing.today(),
                    channel -> channel.code().equals(command.channelCode()));
        } catch (InvalidInputException e) {
            violations.addAll(e.violations());
            throw new InvalidInputException(violations);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (phone == null && other != null) {
            if (name != null && name.length() > Complainant.NAME_MAX_LENGTH) {
                throw new InvalidInputException(List.of(FieldViolation.of("contactName", "tooLong", Complainant.NAME_MAX_LENGTH)));
            }
            valid = new CheckedFiling(valid.channel(), valid.category(), valid.description(),
                    Complainant.named(name, null, other), valid.terminal(), null, valid.details());
        }

        Optional<Complaint> earlier = filing.findByExternalReference(source, reference);
        if (earlier.isPresent()) {
            return new ChannelReceipt(earlier.get().trackingNumber(), true, code(earlier.get()));
        }
        FilingReceipt receipt;
        try {
            receipt = filing.file(valid, source, reference);
        } catch (RuntimeException e) {
            Optional<Complaint> winner = filing.findByExternalReference(source, reference);
            if (winner.isPresent()) {
                return new ChannelReceipt(winner.get().trackingNumber(), true, code(winner.get()));
            }
            throw e;
        }
        filed.fire(new ComplaintFiled(receipt.trackingNumber().value(), valid.channel().code()));
        return new ChannelReceipt(receipt.trackingNumber(), false,
                receipt.queryCode() == null ? null : receipt.queryCode().value());
    }

    @Override
    @Transactional
    public boolean addFollowUp(String source, TrackingNumber number, String text) {
        String stripped = strip(text);
        if (stripped == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("text", "required")));
        }
        if (stripped.length() > InvestigationNote.TEXT_MAX_LENGTH) {
            throw new InvalidInputException(List.of(FieldViolation.of("text", "tooLong", InvestigationNote.TEXT_MAX_LENGTH)));
        }
        Optional<Complaint> found = complaints.findForChange(number)
                .filter(c -> c.reception().external().map(ExternalReference::source).filter(source::equals).isPresent());
        if (found.isEmpty() || !found.get().status().isOpen()) {
            return false;
        }
        found.get().reception().receiveFollowUp(stripped, Actor.citizen(found.get().channel().code()), clock.instant());
        complaints.store(found.get());
        return true;
    }

    @Override
    @Transactional
    public boolean addEvidence(String source, TrackingNumber number, String fileName, String contentType, byte[] content)
            throws IOException {
        if (content == null || content.length == 0) {
            throw new InvalidInputException(List.of(FieldViolation.of("file", "empty")));
        }
        Optional<Complaint> found = complaints.findForChange(number)
                .filter(c -> c.reception().external().map(ExternalReference::source).filter(source::equals).isPresent());
        if (found.isEmpty() || !found.get().status().isOpen()) {
            return false;
        }
        Complaint complaint = found.get();
        String sha256 = sha256(content);
        if (complaint.investigation().evidence().stream().anyMatch(e -> e.sha256().equals(sha256))) {
            return true; // kept by an earlier delivery of the same item
        }
        String name = strip(fileName);
        Evidence.StoredFile file = evidence.store(name == null ? "attachment" : name, contentType, new ByteArrayInputStream(content));
        complaint.reception().receiveEvidence(file, null, Actor.citizen(complaint.channel().code()), clock.instant());
        complaints.store(complaint);
        return true;
    }

    @Override
    public boolean fromComplainant(String source, TrackingNumber number, String contact) {
        String given = strip(contact);
        if (given == null) {
            return false;
        }
        Optional<Complaint> found = ofSource(complaints.find(number), source);
        if (found.isEmpty()) {
            return false;
        }
        Complainant complainant = found.get().complainant();
        boolean sameOther = complainant.otherContact().filter(c -> c.equalsIgnoreCase(given)).isPresent();
        boolean samePhone = complainant.phone().isPresent()
                && PhoneNumber.parseInternational(given).filter(complainant.phone().get()::equals).isPresent();
        // a follower that the channel named in its external id (WeChat's MsgId:openid): the
        // account the complaint came from
        boolean sameSender = found.get().reception().external().map(ExternalReference::reference).filter(r -> r.endsWith(':' + given)).isPresent();
        return sameOther || samePhone || sameSender;
    }

    @Override
    @Transactional
    public boolean recordUndeliverable(String source, TrackingNumber number, String reason) {
        String why = strip(reason);
        if (why == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("reason", "required")));
        }
        if (why.length() > ReceptionSteps.CONTACT_FAILURE_MAX_LENGTH) {
            why = why.substring(0, ReceptionSteps.CONTACT_FAILURE_MAX_LENGTH);
        }
        Optional<Complaint> found = ofSource(complaints.findForChange(number), source);
        if (found.isEmpty()) {
            return false;
        }
        if (found.get().reception().recordContactFailure(why, Actor.system(systemTerminal(source)), clock.instant())) {
            complaints.store(found.get());
        }
        return true;
    }

    @Override
    public Optional<String> filedDescription(String source, TrackingNumber number) {
        return ofSource(complaints.find(number), source).map(Complaint::description);
    }

    /** The terminal recorded for what the channel itself reports, within the column's 40 characters. */
    private static String systemTerminal(String source) {
        String terminal = "channel:" + source;
        return terminal.length() > Complaint.TERMINAL_MAX_LENGTH ? terminal.substring(0, Complaint.TERMINAL_MAX_LENGTH) : terminal;
    }

    /** The complaint's query code, for the answer to the filing it came from (a retry gets it again). */
    private static String code(Complaint complaint) {
        return complaint.reception().queryCode().map(QueryCode::value).orElse(null);
    }

    private static Optional<Complaint> ofSource(Optional<Complaint> complaint, String source) {
        return complaint.filter(c -> c.reception().external().map(ExternalReference::source).filter(source::equals).isPresent());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
