package org.servicehall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.servicehall.application.PluginAdministration.AuditEntry;

/** The PLUGIN_AUDIT table: one row per action of IT staff on a plugin, kept in a transaction of its own. */
@ApplicationScoped
public class JpaPluginAudit {

    private static final InstantAttributeConverter UTC = new InstantAttributeConverter();

    @PersistenceContext(unitName = "servicehall")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(AuditEntry entry) {
        em.createNativeQuery("INSERT INTO PLUGIN_AUDIT (ACTED_AT, ACTOR, ACTION, PLUGIN, OUTCOME, DETAIL) VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, UTC.convertToDatabaseColumn(entry.at()))
                .setParameter(2, cut(entry.actor(), 64))
                .setParameter(3, cut(entry.action(), 20))
                .setParameter(4, cut(entry.plugin(), 120))
                .setParameter(5, cut(entry.outcome(), 30))
                .setParameter(6, cut(entry.detail(), 500))
                .executeUpdate();
    }

    @Transactional
    public List<AuditEntry> latest(int max) {
        List<?> rows = em.createNativeQuery("SELECT ACTED_AT, ACTOR, ACTION, PLUGIN, OUTCOME, DETAIL FROM PLUGIN_AUDIT ORDER BY ACTED_AT DESC, ID DESC")
                .setMaxResults(max).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(r -> new AuditEntry(instant(r[0]), (String) r[1],
                (String) r[2], (String) r[3], (String) r[4], (String) r[5])).toList();
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? UTC.convertToEntityAttribute(timestamp) : null;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
