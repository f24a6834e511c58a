package org.servicehall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.servicehall.application.NotifyConsents;

/** The NOTIFY_CONSENT table. */
@ApplicationScoped
public class JpaNotifyConsents implements NotifyConsents {

    private static final InstantAttributeConverter UTC = new InstantAttributeConverter();

    @PersistenceContext(unitName = "servicehall")
    EntityManager em;

    @Override
    @Transactional
    public void give(String trackingNumber, boolean bySms, String phone, String email, Instant at, int lastSequence) {
        em.createNativeQuery("INSERT INTO NOTIFY_CONSENT (TRACKING_NUMBER, BY_SMS, PHONE, EMAIL, GIVEN_AT, LAST_SEQUENCE)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, trackingNumber).setParameter(2, bySms).setParameter(3, phone)
                .setParameter(4, email == null ? null : email.toLowerCase(Locale.ROOT))
                .setParameter(5, UTC.convertToDatabaseColumn(at)).setParameter(6, lastSequence).executeUpdate();
    }

    @Override
    @Transactional
    public Optional<Consent> of(String trackingNumber) {
        List<?> rows = em.createNativeQuery("SELECT TRACKING_NUMBER, BY_SMS, PHONE, EMAIL, GIVEN_AT, WITHDRAWN_AT, LAST_SEQUENCE"
                        + " FROM NOTIFY_CONSENT WHERE TRACKING_NUMBER = ?")
                .setParameter(1, trackingNumber).getResultList();
        return rows.stream().map(row -> (Object[]) row).findFirst().map(r -> new Consent((String) r[0], flag(r[1]),
                (String) r[2], (String) r[3], instant(r[4]), instant(r[5]), ((Number) r[6]).intValue()));
    }

    @Override
    @Transactional
    public void told(String trackingNumber, int lastSequence) {
        em.createNativeQuery("UPDATE NOTIFY_CONSENT SET LAST_SEQUENCE = ? WHERE TRACKING_NUMBER = ? AND LAST_SEQUENCE < ?")
                .setParameter(1, lastSequence).setParameter(2, trackingNumber).setParameter(3, lastSequence)
                .executeUpdate();
    }

    @Override
    @Transactional
    public int withdraw(String phoneOrEmail, Instant at) {
        if (phoneOrEmail == null || phoneOrEmail.isBlank()) {
            return 0;
        }
        String contact = phoneOrEmail.strip();
        return em.createNativeQuery("UPDATE NOTIFY_CONSENT SET WITHDRAWN_AT = ?"
                        + " WHERE WITHDRAWN_AT IS NULL AND (PHONE = ? OR EMAIL = ?)")
                .setParameter(1, UTC.convertToDatabaseColumn(at)).setParameter(2, contact)
                .setParameter(3, contact.toLowerCase(Locale.ROOT)).executeUpdate();
    }

    private static boolean flag(Object column) {
        return column instanceof Boolean b ? b : column instanceof Number n && n.intValue() != 0;
    }

    private static Instant instant(Object column) {
        return column instanceof Timestamp t ? UTC.convertToEntityAttribute(t)
                : column instanceof LocalDateTime l ? UTC.convertToEntityAttribute(Timestamp.valueOf(l)) : null;
    }
}
