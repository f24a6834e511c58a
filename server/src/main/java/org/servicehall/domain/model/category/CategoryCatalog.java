package org.servicehall.domain.model.category;

import java.util.List;
import java.util.Optional;

/** The categories offered right now. Its content changes while the system runs. */
public interface CategoryCatalog {

    /** Every category on offer, in display order. */
    List<Category> all();

    Optional<Category> find(String code);
}
