package org.servicehall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.servicehall.application.StaffInbox;

/**
 * The inbox over OUTBOX and INBOX_READ (change set 016). The addressee test is the same in every
 * statement: to the user by name, or to one of their roles; the roles become one placeholder each,
 * so nothing a caller gives is written into the SQL.
 */
@ApplicationScoped
public class JpaStaffInbox implements StaffInbox {

    private static final InstantAttributeConverter UTC = new InstantAttributeConverter();

    @PersistenceContext(unitName = "servicehall")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public List<Item> latest(String username, Set<String> roles, int max) {
        Addressee to = new Addressee(username, roles);
        Query query = em.createNativeQuery("SELECT o.ID, o.CREATED_AT, o.KIND, o.TRACKING_NUMBER, o.SUBJECT_ZH,"
                + " o.SUBJECT_EN, o.BODY_ZH, o.BODY_EN, o.IMPORTANT, r.READ_AT FROM OUTBOX o"
                + " LEFT JOIN INBOX_READ r ON r.OUTBOX_ID = o.ID AND r.USERNAME = ?"
                + " WHERE " + to.condition() + " AND o.CREATED_AT >= ? ORDER BY o.ID DESC");
        int next = 1;
        query.setParameter(next++, username);
        next = to.bind(query, next);
        query.setParameter(next, UTC.convertToDatabaseColumn(since()));
        List<?> rows = query.setMaxResults(max).getResultList();
        List<Item> items = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            items.add(new Item(((Number) r[0]).longValue(), instant(r[1]), (String) r[2], (String) r[3],
                    (String) r[4], (String) r[5], (String) r[6], (String) r[7], Boolean.TRUE.equals(r[8]), r[9] != null));
        }
        return items;
    }

    @Override
    @Transactional
    public int unread(String username, Set<String> roles, int cap) {
        Addressee to = new Addressee(username, roles);
        Query query = em.createNativeQuery("SELECT o.ID FROM OUTBOX o WHERE " + to.condition()
                + " AND o.CREATED_AT >= ? AND NOT EXISTS (SELECT 1 FROM INBOX_READ r WHERE r.OUTBOX_ID = o.ID AND r.USERNAME = ?)");
        int next = to.bind(query, 1);
        query.setParameter(next++, UTC.convertToDatabaseColumn(since()));
        query.setParameter(next, username);
        return query.setMaxResults(cap + 1).getResultList().size();
    }

    @Override
    @Transactional
    public boolean markRead(String username, Set<String> roles, long id) {
        return markUnread(username, roles, id) > 0;
    }

    @Override
    @Transactional
    public int markAllRead(String username, Set<String> roles) {
        return markUnread(username, roles, null);
    }

    /** Marks the unread messages addressed to the user read: one, or all of the inbox when {@code id} is null. */
    private int markUnread(String username, Set<String> roles, Long id) {
        Addressee to = new Addressee(username, roles);
        Query insert = em.createNativeQuery("INSERT INTO INBOX_READ (OUTBOX_ID, USERNAME, READ_AT)"
                // Derby takes a parameter in a select list only with its type
                + " SELECT o.ID, CAST(? AS VARCHAR(60)), CAST(? AS TIMESTAMP) FROM OUTBOX o WHERE " + to.condition() + " AND o.CREATED_AT >= ?"
                + (id == null ? "" : " AND o.ID = ?")
                + " AND NOT EXISTS (SELECT 1 FROM INBOX_READ r WHERE r.OUTBOX_ID = o.ID AND r.USERNAME = ?)");
        int next = 1;
        insert.setParameter(next++, username);
        insert.setParameter(next++, UTC.convertToDatabaseColumn(clock.instant()));
        next = to.bind(insert, next);
        insert.setParameter(next++, UTC.convertToDatabaseColumn(since()));
        if (id != null) {
            insert.setParameter(next++, id);
        }
        insert.setParameter(next, username);
        return insert.executeUpdate();
    }

    private Instant since() {
        return clock.instant().minus(Duration.ofDays(DAYS));
    }

    private static Instant instant(Object column) {
        return column instanceof Timestamp t ? UTC.convertToEntityAttribute(t)
                : column instanceof LocalDateTime l ? UTC.convertToEntityAttribute(Timestamp.valueOf(l)) : null;
    }

    /** To the user by name, or to one of their roles (always at least one placeholder, so the SQL stays valid). */
    private record Addressee(String username, List<String> roles) {

        Addressee(String username, Set<String> roles) {
            this(username, roles.isEmpty() ? List.of("") : List.copyOf(roles));
        }

        String condition() {
            return "((o.RECIPIENT_KIND = 'STAFF' AND o.RECIPIENT_ID = ?) OR (o.RECIPIENT_KIND = 'ROLE' AND o.RECIPIENT_ID IN ("
                    + String.join(", ", Collections.nCopies(roles.size(), "?")) + ")))";
        }

        int bind(Query query, int first) {
            int next = first;
            query.setParameter(next++, username);
            for (String role : roles) {
                query.setParameter(next++, role);
            }
            return next;
        }
    }
}
