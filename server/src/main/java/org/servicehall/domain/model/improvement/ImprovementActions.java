package org.servicehall.domain.model.improvement;

import java.util.List;
import java.util.Optional;

/** Where improvement actions are kept. */
public interface ImprovementActions {

    List<ImprovementAction> all();

    Optional<ImprovementAction> find(long id);

    void store(ImprovementAction action);
}
