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
        String trimmed = name == null || name.isBlank() ? null : name.strip();
        if (trimmed != null && trimmed.length() > NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("name longer than " + NAME_MAX_LENGTH);
        }
        return new Complainant(trimmed, phone.value(), false);
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
