package org.servicehall.application.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.servicehall.application.FieldViolation;
import org.servicehall.application.InvalidInputException;
import org.servicehall.application.RegistrationForm;
import org.servicehall.domain.model.complaint.Complainant;
import org.servicehall.domain.model.complaint.PhoneNumber;
import org.servicehall.domain.model.complaint.Registration;

/** Turns a registration form into domain values, reporting every invalid field at once. */
final class Registrations {

    private Registrations() {
    }

    static Registration registration(RegistrationForm form, Registration current) {
        List<FieldViolation> violations = new ArrayList<>();
        String serviceStep = text(form.serviceStep(), current.serviceStep(), 200, "serviceStep", violations);
        String staff = text(form.staffComplainedAbout(), current.staffComplainedAbout(), 100, "staffComplainedAbout", violations);
        String staffId = text(form.staffComplainedAboutId(), current.staffComplainedAboutId(), 64, "staffComplainedAboutId", violations);
        String expected = text(form.expectedOutcome(), current.expectedOutcome(), Registration.TEXT_MAX_LENGTH, "expectedOutcome", violations);
        String evidence = text(form.evidenceNote(), current.evidenceNote(), 500, "evidenceNote", violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Registration(serviceStep, staff, staffId,
                form.incidentAt() != null ? form.incidentAt() : current.incidentAt().orElse(null), expected, evidence);
    }

    /** The complainant as registered; null when the form says nothing about them. */
    static Complainant complainant(RegistrationForm form) {
        if (form.anonymous() == null && form.complainantName() == null && form.complainantPhone() == null
                && form.otherContact() == null) {
            return null;
        }
        List<FieldViolation> violations = new ArrayList<>();
        boolean anonymous = Boolean.TRUE.equals(form.anonymous());
        String name = blank(form.complainantName());
        String phoneText = blank(form.complainantPhone());
        String other = blank(form.otherContact());
        if (anonymous) {
            if (name != null) {
                violations.add(FieldViolation.of("complainantName", "notAllowed"));
            }
            if (phoneText != null) {
                violations.add(FieldViolation.of("complainantPhone", "notAllowed"));
            }
            if (other != null) {
                violations.add(FieldViolation.of("otherContact", "notAllowed"));
            }
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            return Complainant.anonymous();
        }
        Optional<PhoneNumber> phone = PhoneNumber.parse(phoneText);
        if (phoneText != null && phone.isEmpty()) {
            violations.add(FieldViolation.of("complainantPhone", "invalid"));
        }
        if (phoneText == null && other == null) {
            violations.add(FieldViolation.of("complainantPhone", "required"));
        }
        if (name != null && name.length() > Complainant.NAME_MAX_LENGTH) {
            violations.add(FieldViolation.of("complainantName", "tooLong", Complainant.NAME_MAX_LENGTH));
        }
        if (other != null && other.length() > 200) {
            violations.add(FieldViolation.of("otherContact", "tooLong", 200));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return Complainant.named(name, phone.orElse(null), other);
    }

    private static String text(String given, Optional<String> current, int max, String field, List<FieldViolation> violations) {
        if (given == null) {
            return current.orElse(null);
        }
        String value = blank(given);
        if (value != null && value.length() > max) {
            violations.add(FieldViolation.of(field, "tooLong", max));
        }
        return value;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
