package org.servicehall.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicehall.domain.model.complaint.ProofPolicy;

/**
 * The hall's answer to wrong query codes, from the server's settings: after
 * {@code servicehall.proof.failures.max} (5) wrong codes in a row a tracking number is locked for
 * {@code servicehall.proof.lock.minutes} (30) by the hall clock.
 */
@ApplicationScoped
public class ProofPolicyProducer {

    @Inject
    @ConfigProperty(name = "servicehall.proof.failures.max", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "servicehall.proof.lock.minutes", defaultValue = "30")
    long lockMinutes;

    @Produces
    @Singleton
    ProofPolicy policy() {
        return new ProofPolicy(maxFailures, Duration.ofMinutes(lockMinutes));
    }
}
