package org.servicehall.plugin.api.notify;

import java.util.Objects;
import java.util.Optional;

/** Who a message is for: a complainant (with the contact the host may reveal), a staff member, or everyone in a role. */
public final class Recipient {

    /** The kinds of recipient. */
    public enum Kind {
        /**
         * The complainant of a complaint; {@link #address()} is their phone number and {@link
         * #email()} their e-mail address, each present only when they agreed to be told that way.
         */
        COMPLAINANT,
        /** One staff member; {@link #id()} is the user name. */
        STAFF,
        /** Everyone in a role, e.g. {@code SUPERVISOR} or {@code ADMIN}; {@link #id()} is the role. */
        ROLE
    }

    private final Kind kind;
    private final String id;
    private final String address;
    private final String email;

    private Recipient(Kind kind, String id, String address, String email) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.id = Objects.requireNonNull(id, "id");
        this.address = address;
        this.email = email;
    }

    /** @param trackingNumber the complaint; @param phone the complainant's phone, or null */
    public static Recipient complainant(String trackingNumber, String phone) {
        return new Recipient(Kind.COMPLAINANT, trackingNumber, phone, null);
    }

    /**
     * @param phone the phone to send SMS to, or null; @param email the address to write to, or null
     * @since 1.1
     */
    public static Recipient complainant(String trackingNumber, String phone, String email) {
        return new Recipient(Kind.COMPLAINANT, trackingNumber, phone, email);
    }

    /** A staff member with the e-mail address the directory has for them (or null). @since 1.1 */
    public static Recipient staff(String username, String email) {
        return new Recipient(Kind.STAFF, username, null, email);
    }

    public static Recipient staff(String username) {
        return new Recipient(Kind.STAFF, username, null, null);
    }

    public static Recipient role(String role) {
        return new Recipient(Kind.ROLE, role, null, null);
    }

    public Kind kind() {
        return kind;
    }

    public String id() {
        return id;
    }

    public Optional<String> address() {
        return Optional.ofNullable(address);
    }

    /** The e-mail address, for a complainant who agreed to e-mail or a staff member who has one. @since 1.1 */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Recipient that && kind == that.kind && id.equals(that.id)
                && Objects.equals(address, that.address) && Objects.equals(email, that.email);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, id, address, email);
    }

    @Override
    public String toString() {
        return kind + ":" + id;
    }
}
