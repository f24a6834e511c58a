package org.servicehall.plugin.api.notify;

import java.util.Objects;
import java.util.Optional;

/** Who a message is for: a complainant (with the contact the host may reveal), a staff member, or everyone in a role. */
public final class Recipient {

    /** The kinds of recipient. */
    public enum Kind {
        /** The complainant of a complaint; {@link #address()} is their phone number if they gave one. */
        COMPLAINANT,
        /** One staff member; {@link #id()} is the user name. */
        STAFF,
        /** Everyone in a role, e.g. {@code SUPERVISOR} or {@code ADMIN}; {@link #id()} is the role. */
        ROLE
    }

    private final Kind kind;
    private final String id;
    private final String address;

    private Recipient(Kind kind, String id, String address) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.id = Objects.requireNonNull(id, "id");
        this.address = address;
    }

    /** @param trackingNumber the complaint; @param phone the complainant's phone, or null */
    public static Recipient complainant(String trackingNumber, String phone) {
        return new Recipient(Kind.COMPLAINANT, trackingNumber, phone);
    }

    public static Recipient staff(String username) {
        return new Recipient(Kind.STAFF, username, null);
    }

    public static Recipient role(String role) {
        return new Recipient(Kind.ROLE, role, null);
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

    @Override
    public boolean equals(Object other) {
        return other instanceof Recipient that && kind == that.kind && id.equals(that.id)
                && Objects.equals(address, that.address);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, id, address);
    }

    @Override
    public String toString() {
        return kind + ":" + id;
    }
}
