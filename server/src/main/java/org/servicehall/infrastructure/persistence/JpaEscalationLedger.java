package org.servicehall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.servicehall.application.EscalationLedger;
import org.servicehall.application.EscalationRequest;

/** The ESCALATION table, through parameterised native statements (a table of facts, no entity needed). */
@ApplicationScoped
public class JpaEscalationLedger implements EscalationLedger {

    private static final InstantAttributeConverter UTC = new InstantAttributeConverter();

    @PersistenceContext(unitName = "servicehall")
    EntityManager em;

    @Override
    public boolean contains(long complaintId, String ruleId, EscalationRequest.Kind kind, String code) {
        return !em.createNativeQuery("SELECT 1 FROM ESCALATION WHERE COMPLAINT_ID = ? AND RULE_ID = ? AND KIND = ? AND CODE = ?")
                .setParameter(1, complaintId).setParameter(2, ruleId).setParameter(3, kind.name()).setParameter(4, code)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void record(long complaintId, String ruleId, EscalationRequest.Kind kind, String code, Instant at) {
        em.createNativeQuery("INSERT INTO ESCALATION (COMPLAINT_ID, RULE_ID, KIND, CODE, ESCALATED_AT) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, complaintId).setParameter(2, ruleId).setParameter(3, kind.name()).setParameter(4, code)
                .setParameter(5, UTC.convertToDatabaseColumn(at)).executeUpdate();
    }
}
