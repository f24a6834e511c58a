package org.servicehall.application.internal;

import org.servicehall.application.NotificationConsent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.servicehall.application.FieldViolation;
import org.servicehall.application.InvalidInputException;
import org.servicehall.application.UncheckedFiling;
import org.servicehall.domain.model.category.Category;
import org.servicehall.domain.model.category.CategoryCatalog;
import org.servicehall.domain.model.complaint.Channel;
import org.servicehall.domain.model.complaint.Complainant;
import org.servicehall.domain.model.complaint.Complaint;
import org.servicehall.domain.model.complaint.PhoneNumber;

/** Checks a filing field by field and reports every problem at once. */
final class FilingValidator {

    private static final Pattern TERMINAL = Pattern.compile("[A-Za-z0-9._-]{1," + Complaint.TERMINAL_MAX_LENGTH + "}");
    private static final Pattern CHANNEL_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8," + Complaint.IDEMPOTENCY_KEY_MAX_LENGTH + "}");

    private FilingValidator() {
    }

    static CheckedFiling validate(UncheckedFiling command, CategoryCatalog catalog) {
        return validate(command, catalog, LocalDate.now());
    }

    /** @param today the day in the hall, to check the day an incident happened */
    static CheckedFiling validate(UncheckedFiling command, CategoryCatalog catalog, LocalDate today) {
        return validate(command, catalog, today, Channel.BUILT_IN::contains);
    }

    /** @param channels the channels that may file this way (a channel plugin files under its own code) */
    static CheckedFiling validate(UncheckedFiling command, CategoryCatalog catalog, LocalDate today, Predicate<Channel> channels) {
        return validate(command, catalog, today, channels, false);
    }

    /**
     * As what an outside system brings through a channel plugin: the longer description limit of
     * channel filings and phone numbers in international format.
     */
    static CheckedFiling validateFromOutside(UncheckedFiling command, CategoryCatalog catalog, LocalDate today,
                                           Predicate<Channel> channels) {
        return validate(command, catalog, today, channels, true);
    }

    private static CheckedFiling validate(UncheckedFiling command, CategoryCatalog catalog, LocalDate today,
                                        Predicate<Channel> channels, boolean fromOutside) {
        List<FieldViolation> violations = new ArrayList<>();

        Channel channel = channel(command.channel(), channels, violations);
        Category category = category(command.categoryCode(), catalog, violations);
        CheckedDetails details = command.details() == null || category == null ? CheckedDetails.NONE
                : CheckedDetails.check(command.details(), category, today, violations);
        String description = description(command.description(), details, violations,
                fromOutside ? Complaint.CHANNEL_DESCRIPTION_MAX_LENGTH : Complaint.DESCRIPTION_MAX_LENGTH);
        Complainant complainant = complainant(command, violations, fromOutside);

        String terminal = blankToNull(command.terminal());
        if (terminal != null && !TERMINAL.matcher(terminal).matches()) {
            violations.add(FieldViolation.of("terminal", "invalid"));
        }
        String key = blankToNull(command.idempotencyKey());
        if (key != null && !KEY.matcher(key).matches()) {
            violations.add(FieldViolation.of("idempotencyKey", "invalid"));
        }

        NotificationConsent consent = consent(command.consent(), complainant, violations);

        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new CheckedFiling(channel, category, description, complainant,
                terminal == null ? channel.code() : terminal, key, details, consent);
    }

    /** Longest e-mail address kept (RFC 5321's path limit). */
    static final int EMAIL_MAX_LENGTH = 254;
    private static final Pattern EMAIL =
            Pattern.compile("[^@\\s<>\"(),;:]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    /**
     * An anonymous complainant is never told anything; SMS needs the phone number they gave; an
     * e-mail address must look like one.
     */
    private static NotificationConsent consent(NotificationConsent asked, Complainant complainant,
                                               List<FieldViolation> violations) {
        if (asked == null || !asked.given() || complainant == null || complainant.isAnonymous()) {
            return NotificationConsent.none();
        }
        String email = asked.email();
        if (email != null && (email.length() > EMAIL_MAX_LENGTH || !EMAIL.matcher(email).matches())) {
            violations.add(FieldViolation.of("notifyEmail", "invalid"));
        }
        return new NotificationConsent(asked.bySms() && complainant.phone().isPresent(), email);
    }

    private static Channel channel(String code, Predicate<Channel> channels, List<FieldViolation> violations) {
        if (code == null || code.isBlank()) {
            violations.add(FieldViolation.of("channel", "required"));
            return null;
        }
        Optional<Channel> known = CHANNEL_CODE.matcher(code.strip()).matches()
                ? Optional.of(new Channel(code.strip())).filter(channels) : Optional.empty();
        if (known.isEmpty()) {
            violations.add(FieldViolation.of("channel", "unknown"));
            return null;
        }
        return known.get();
    }

    private static Category category(String code, CategoryCatalog catalog, List<FieldViolation> violations) {
        if (code == null || code.isBlank()) {
            violations.add(FieldViolation.of("categoryCode", "required"));
            return null;
        }
        Optional<Category> category = catalog.find(code.strip());
        if (category.isEmpty()) {
            violations.add(FieldViolation.of("categoryCode", "unknown"));
            return null;
        }
        return category.get();
    }

    /** The citizen's words, after the problems they tapped; words are optional once a problem is tapped. */
    private static String description(String text, CheckedDetails details, List<FieldViolation> violations, int maxLength) {
        if ((text == null || text.isBlank()) && !details.hasQuickPicks()) {
            violations.add(FieldViolation.of("description", "required"));
            return null;
        }
        String stripped = text == null || text.isBlank() ? null : text.strip();
        if (stripped != null && stripped.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            violations.add(FieldViolation.of("description", "invalid"));
            return null;
        }
        String described = details.describe(stripped);
        if (described.length() > maxLength) {
            violations.add(FieldViolation.of("description", "tooLong", maxLength, described.length()));
            return null;
        }
        return described;
    }

    private static Complainant complainant(UncheckedFiling command, List<FieldViolation> violations, boolean fromOutside) {
        boolean anonymous = Boolean.TRUE.equals(command.anonymous());
        String name = blankToNull(command.complainantName());
        String phoneText = blankToNull(command.complainantPhone());
        if (anonymous) {
            if (name != null) {
                violations.add(FieldViolation.of("complainantName", "notAllowed"));
            }
            if (phoneText != null) {
                violations.add(FieldViolation.of("complainantPhone", "notAllowed"));
            }
            return Complainant.anonymous();
        }
        boolean valid = true;
        if (name != null && name.length() > Complainant.NAME_MAX_LENGTH) {
            violations.add(FieldViolation.of("complainantName", "tooLong", Complainant.NAME_MAX_LENGTH));
            valid = false;
        } else if (name != null && name.chars().anyMatch(Character::isISOControl)) {
            violations.add(FieldViolation.of("complainantName", "invalid"));
            valid = false;
        }
        Optional<PhoneNumber> phone = fromOutside ? PhoneNumber.parseInternational(phoneText) : PhoneNumber.parse(phoneText);
        if (phoneText == null) {
            violations.add(FieldViolation.of("complainantPhone", "required"));
            valid = false;
        } else if (phone.isEmpty()) {
            violations.add(FieldViolation.of("complainantPhone", "invalid"));
            valid = false;
        }
        return valid ? Complainant.reachableAt(phone.get(), name) : null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
