package org.servicehall.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.servicehall.domain.shared.Actor;

/** One read of a complainant's unmasked personal data. */
@Entity
@Table(name = "PERSONAL_DATA_ACCESS")
@NamedQuery(name = "PersonalDataAccess.forComplaint",
        query = "SELECT a FROM PersonalDataAccess a WHERE a.trackingNumber = :trackingNumber ORDER BY a.accessedAt")
public class PersonalDataAccess {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "auditIds")
    @SequenceGenerator(name = "auditIds", sequenceName = "AUDIT_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "TRACKING_NUMBER", nullable = false, updatable = false, length = 20)
    private String trackingNumber;

    @Column(name = "USERNAME", nullable = false, updatable = false, length = 64)
    private String username;

    @Column(name = "ROLE", nullable = false, updatable = false, length = 20)
    private String role;

    @Column(name = "TERMINAL", updatable = false, length = 40)
    private String terminal;

    @Column(name = "PURPOSE", updatable = false, length = 200)
    private String purpose;

    @Column(name = "ACCESSED_AT", nullable = false, updatable = false)
    private Instant accessedAt;

    protected PersonalDataAccess() {
        // for JPA
    }

    public PersonalDataAccess(String trackingNumber, Actor reader, String purpose, Instant at) {
        this.trackingNumber = trackingNumber;
        this.username = reader.id();
        this.role = reader.role().name();
        this.terminal = reader.terminal();
        this.purpose = purpose == null || purpose.isBlank() ? null : purpose.strip().substring(0, Math.min(200, purpose.strip().length()));
        this.accessedAt = at;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public String username() {
        return username;
    }

    public String role() {
        return role;
    }

    public String terminal() {
        return terminal;
    }

    public String purpose() {
        return purpose;
    }

    public Instant accessedAt() {
        return accessedAt;
    }
}
