package org.servicehall.domain.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Optional;
import org.servicehall.domain.shared.TransitionRefused;

/**
 * The initial assessment made with the classification (初步研判): how severe, whether it may
 * cause adverse social impact, whether it is a major complaint (whose plan needs approval), and
 * whether the emergency mechanism was started and who was alerted.
 */
@Embeddable
public class Assessment {

    /** How serious the matter is. */
    public enum Severity {
        LOW, MEDIUM, HIGH
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "SEVERITY", length = 10)
    private Severity severity;

    @Column(name = "ADVERSE_IMPACT")
    private Boolean adverseImpact;

    @Column(name = "MAJOR")
    private Boolean major;

    @Column(name = "EMERGENCY_STARTED")
    private Boolean emergencyStarted;

    @Column(name = "EMERGENCY_ALERTED", length = 200)
    private String alerted;

    protected Assessment() {
        // for JPA
    }

    /**
     * @param alerted who was alerted when the emergency mechanism started; required then
     */
    public Assessment(Severity severity, boolean adverseImpact, boolean major, boolean emergencyStarted, String alerted) {
        if (severity == null) {
            throw new TransitionRefused("required", "severity");
        }
        this.severity = severity;
        this.adverseImpact = adverseImpact;
        this.major = major;
        this.emergencyStarted = emergencyStarted;
        this.alerted = emergencyStarted ? Texts.required(alerted, 200, "alerted") : Texts.optional(alerted, 200, "alerted");
    }

    /** As the history shows it: the severity, and whether major or an emergency (and who was alerted). */
    String summary() {
        return severity + (major() ? ", major" : "") + (emergencyStarted() ? ", emergency: " + alerted().orElse("") : "");
    }

    public Severity severity() {
        return severity;
    }

    public boolean adverseImpact() {
        return Boolean.TRUE.equals(adverseImpact);
    }

    public boolean major() {
        return Boolean.TRUE.equals(major);
    }

    public boolean emergencyStarted() {
        return Boolean.TRUE.equals(emergencyStarted);
    }

    public Optional<String> alerted() {
        return Optional.ofNullable(alerted);
    }
}
