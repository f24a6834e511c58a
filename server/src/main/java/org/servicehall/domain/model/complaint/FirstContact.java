package org.servicehall.domain.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;

/**
 * Who answers for a complaint from the first contact until a department signs for it (首问负责):
 * the staff member who received it or first responded to it, their name as shown on the receipt,
 * and whether a department has signed for the case in this round (a return is no sign-for).
 */
@Embeddable
public class FirstContact {

    @Column(name = "FIRST_CONTACT_OWNER", length = 64)
    private String owner;

    @Column(name = "FIRST_CONTACT_NAME", length = 100)
    private String name;

    @Column(name = "SIGNED_FOR", nullable = false)
    private boolean signedFor;

    protected FirstContact() {
        // for JPA; and nobody yet
    }

    private FirstContact(String owner, String name, boolean signedFor) {
        this.owner = owner;
        this.name = name;
        this.signedFor = signedFor;
    }

    /** Received by a staff member, who owns the case from then on; null: nobody yet (a citizen filed it). */
    static FirstContact receivedBy(String owner) {
        return new FirstContact(owner, null, false);
    }

    /** The first staff member to respond owns the case; a clerk who received it at a window already does. */
    FirstContact takenBy(String id, String displayName) {
        if (owner == null) {
            return new FirstContact(id, displayName, signedFor);
        }
        if (name == null && owner.equals(id)) {
            return new FirstContact(owner, displayName, signedFor);
        }
        return this;
    }

    /** A department signed for the case: the owner's duty ends. */
    FirstContact signed() {
        return new FirstContact(owner, name, true);
    }

    /** A new round (an appeal): no department has signed for it yet. */
    FirstContact unsigned() {
        return new FirstContact(owner, name, false);
    }

    public Optional<String> owner() {
        return Optional.ofNullable(owner);
    }

    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    boolean isOwner(String username) {
        return username.equals(owner);
    }

    /** Whether the owner still answers for the case while it is open: no department signed for it yet. */
    boolean accountable() {
        return owner != null && !signedFor;
    }
}
