package org.servicehall.ui.facade;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.servicehall.ui.facade.dto.CategoryTile;
import org.servicehall.ui.facade.dto.CitizenAction;
import org.servicehall.ui.facade.dto.EnteredFiling;
import org.servicehall.ui.facade.dto.FilingResult;
import org.servicehall.ui.facade.dto.KioskSettings;
import org.servicehall.ui.facade.dto.ProgressView;

/** What the citizen's kiosk asks of the system. Anonymous: nothing here reveals personal data. */
public interface KioskFacade {

    /** The categories on offer now, in display order, with their common problems and extra questions. */
    List<CategoryTile> categories(Locale locale);

    /** Files a complaint from the kiosk; a repeated filing (same idempotency key) files nothing new. */
    FilingResult file(EnteredFiling entered);

    /**
     * The tracking number in its written form ({@code TS-20261128-00042}) if what a citizen typed or
     * pasted can be one: the digits alone, lower case, blanks, full-width characters, a five- or
     * six-digit day number. Every screen reads numbers through this one parser.
     */
    Optional<String> trackingNumber(String typed);

    /**
     * A complaint's progress for its complainant. Wrong codes are counted against the number, for
     * every screen and channel alike.
     *
     * @param queryCode the receipt's query code
     * @return the progress, or refused: {@code notFound} for a malformed or unknown number or a code
     *         that does not fit (not told apart), {@code locked} when too many wrong codes were typed
     *         for the number and the complainant must go to a window (even the right code is refused)
     */
    CitizenAction progress(String trackingNumber, String queryCode);

    /**
     * Rates a finished complaint (好差评).
     *
     * @param satisfaction VERY_SATISFIED, SATISFIED, BASICALLY_SATISFIED, DISSATISFIED or VERY_DISSATISFIED
     * @param reasons      the reasons tapped, in the hall's language; may be null
     */
    CitizenAction rate(String trackingNumber, String queryCode, String satisfaction, String reasons, String terminal);

    /** Appeals a closed complaint the citizen is dissatisfied with (申诉/复核). */
    CitizenAction appeal(String trackingNumber, String queryCode, String reason, String terminal);

    /** The kiosks' default behaviour (idle timeouts, public address). */
    KioskSettings settings();
}
