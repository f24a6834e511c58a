package org.servicehall.domain.model.complaint;

import java.time.Duration;
import java.util.Objects;

/**
 * How the hall answers wrong query codes for one complaint: after {@code maxFailures} in a row its
 * tracking number is locked for {@code lockFor}, and the complainant is sent to a window.
 */
public record ProofPolicy(int maxFailures, Duration lockFor) {

    public ProofPolicy {
        Objects.requireNonNull(lockFor, "lockFor");
        if (maxFailures < 1 || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("maxFailures and lockFor must be positive");
        }
    }
}
