package org.servicehall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.servicehall.application.PublicCaseSearch;
import org.servicehall.application.PublicStatus;
import org.servicehall.domain.model.complaint.Complaint;
import org.servicehall.domain.model.complaint.ComplaintStatus;

/** The public search as one JPQL query over complaints, every condition a parameter. */
@ApplicationScoped
public class JpaPublicCaseSearch implements PublicCaseSearch {

    @PersistenceContext(unitName = "servicehall")
    EntityManager em;

    @Override
    @Transactional
    public List<PublicStatus> search(Query query) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (!query.trackingNumbers().isEmpty()) {
            where.add("c.trackingNumber IN :numbers");
            parameters.put("numbers", List.copyOf(query.trackingNumbers()));
        }
        if (!query.categoryCodes().isEmpty()) {
            where.add("c.category.code IN :categories");
            parameters.put("categories", List.copyOf(query.categoryCodes()));
        }
        if (query.from() != null) {
            where.add("c.receivedAt >= :from");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            where.add("c.receivedAt <= :to");
            parameters.put("to", query.to());
        }
        if (query.finished() != null) {
            where.add(query.finished() ? "c.status NOT IN :open" : "c.status IN :open");
            parameters.put("open", List.copyOf(ComplaintStatus.open()));
        }
        String jpql = "SELECT c FROM Complaint c" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY c.receivedAt DESC, c.trackingNumber DESC";
        TypedQuery<Complaint> typed = em.createQuery(jpql, Complaint.class).setMaxResults(Math.max(1, query.limit()));
        parameters.forEach(typed::setParameter);
        // the public steps of every complaint found, in one more query rather than one per complaint
        typed.setHint("eclipselink.batch", "c.history").setHint("eclipselink.batch.type", "IN");
        return typed.getResultList().stream().map(PublicStatus::of).toList();
    }
}
