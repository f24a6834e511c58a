package org.servicehall.ui.facade.dto;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a citizen entered on the kiosk (mostly by tapping) or on the public website, as the screens
 * hand it to the facade: nothing of it is checked yet.
 *
 * @param description    their own words; may be blank when they tapped a common problem
 * @param terminal       the kiosk's terminal id
 * @param idempotencyKey one key per filing, the same for every repeat of the same submit
 * @param quickPicks     codes of the common problems tapped
 * @param answers        field code → answer (digits, a choice code, yyyy-MM-dd or text)
 * @param windowNumber   the window concerned, digits; null when not given
 * @param staffNumber    the staff number (工号) concerned, digits; null when not given
 * @param incidentDay    when it happened; null when not given
 * @param channel        where it was filed: {@code KIOSK}, {@code WEBSITE} or {@code GOV_APP}; null means KIOSK
 * @param smsConsent     the complainant agreed to be told by SMS at {@code phone}
 * @param email          the address they agreed to be written to (public site), or null
 */
public record EnteredFiling(String categoryCode, String description, String phone, boolean anonymous,
                            String terminal, String idempotencyKey, List<String> quickPicks,
                            Map<String, String> answers, String windowNumber, String staffNumber,
                            LocalDate incidentDay, String channel, boolean smsConsent, String email) implements Serializable {

    /** A filing whose complainant is to be told nothing. */
    public EnteredFiling(String categoryCode, String description, String phone, boolean anonymous, String terminal,
                         String idempotencyKey, List<String> quickPicks, Map<String, String> answers, String windowNumber,
                         String staffNumber, LocalDate incidentDay, String channel) {
        this(categoryCode, description, phone, anonymous, terminal, idempotencyKey, quickPicks, answers, windowNumber,
                staffNumber, incidentDay, channel, false, null);
    }

    public EnteredFiling {
        quickPicks = quickPicks == null ? List.of() : List.copyOf(quickPicks);
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }
}
