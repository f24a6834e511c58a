package org.servicehall.domain.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;

/**
 * The person who complained, as far as they chose to say. An anonymous complainant carries no
 * name and no contact; a named one has at least a phone number so that the center can report back.
 */
@Embeddable
public class Complainant {

    public static final int NAME_MAX_LENGTH = 50;

    @Column(name = "COMPLAINANT_NAME", length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "COMPLAINANT_PHONE", length = 20)
    private String phone;

    @Column(name = "ANONYMOUS", nullable = false)
    private boolean anonymous;

    @Column(name = "COMPLAINANT_OTHER_CONTACT", length = 200)
    private String otherContact;

    protected Complainant() {
        // for JPA
    }

    private Complainant(String name, String phone, boolean anonymous) {
        this.name = name;
        this.phone = phone;
        this.anonymous = anonymous;
    }

    public static Complainant anonymous() {
        return new Complainant(null, null, true);
    }

    /** A complainant who can be reached by phone; the name is optional. */
    public static Complainant reachableAt(PhoneNumber phone, String name) {
        if (phone == null) {
            throw new IllegalArgumentException("a complainant who is not anonymous needs a phone number");
        }
        return new Complainant(name(name), phone.value(), false);
    }

    /**
     * A named complainant as registered at a window: a phone number, or another way to reach them
     * (postal address, e-mail) such as a letter gives, or both.
     */
    public static Complainant named(String name, PhoneNumber phone, String otherContact) {
        String other = otherContact == null || otherContact.isBlank() ? null : otherContact.strip();
        if (other != null && other.length() > 200) {
            throw new IllegalArgumentException("other contact longer than 200");
        }
        if (phone == null && other == null) {
            throw new IllegalArgumentException("a complainant who is not anonymous needs a way to be reached");
        }
        Complainant complainant = new Complainant(name(name), phone == null ? null : phone.value(), false);
        complainant.otherContact = other;
        return complainant;
    }

    private static String name(String name) {
        String trimmed = name == null || name.isBlank() ? null : name.strip();
        if (trimmed != null && trimmed.length() > NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("name longer than " + NAME_MAX_LENGTH);
        }
        return trimmed;
    }

    /** Whether the center can report back: by phone or another contact. */
    public boolean isReachable() {
        return phone != null || otherContact != null;
    }

    public Optional<String> otherContact() {
        return Optional.ofNullable(otherContact);
    }

    /** The name with all but the family name hidden, e.g. {@code 张*} or {@code 欧阳**}. */
    public Optional<String> maskedName() {
        return name().map(Complainant::mask);
    }

    static String mask(String name) {
        int keep = name.codePointCount(0, name.length()) > 3 ? 2 : 1;
        int[] points = name.codePoints().toArray();
        StringBuilder masked = new StringBuilder();
        for (int i = 0; i < points.length; i++) {
            masked.appendCodePoint(i < keep ? points[i] : '*');
        }
        return masked.toString();
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    public Optional<PhoneNumber> phone() {
        return Optional.ofNullable(phone).map(PhoneNumber::new);
    }
}
