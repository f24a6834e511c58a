package org.servicehall.ui.facade;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.servicehall.ui.facade.dto.CategoryTile;
import org.servicehall.ui.facade.dto.FilingForm;
import org.servicehall.ui.facade.dto.FilingResult;
import org.servicehall.ui.facade.dto.ProgressView;

/** What the citizen's kiosk asks of the system. Anonymous: nothing here reveals personal data. */
public interface KioskFacade {

    /** The categories on offer now, in display order, labelled in the given language. */
    List<CategoryTile> categories(Locale locale);

    /** Files a complaint from the kiosk; a repeated form (same idempotency key) files nothing new. */
    FilingResult file(FilingForm form);

    /** A complaint's public progress; empty for a number that is malformed or unknown. */
    Optional<ProgressView> progress(String trackingNumber);
}
