package org.servicehall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.servicehall.domain.model.improvement.ImprovementAction;
import org.servicehall.domain.model.improvement.ImprovementActions;

/** Improvement actions in the relational database. */
@ApplicationScoped
public class JpaImprovementActions implements ImprovementActions {

    @PersistenceContext(unitName = "servicehall")
    EntityManager em;

    @Override
    public List<ImprovementAction> all() {
        return em.createNamedQuery("ImprovementAction.all", ImprovementAction.class).getResultList();
    }

    @Override
    public Optional<ImprovementAction> find(long id) {
        return Optional.ofNullable(em.find(ImprovementAction.class, id));
    }

    @Override
    public void store(ImprovementAction action) {
        em.persist(action);
        em.flush();
    }
}
