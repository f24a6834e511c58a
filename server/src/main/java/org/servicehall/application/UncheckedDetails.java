package org.servicehall.application;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a citizen told at filing beyond the description, mostly by tapping: the category's common
 * problems, answers to its extra fields, whom it concerns and when it happened. Every part is
 * optional and may be wrong; {@link ComplaintIntake#file} says which. Checked, they become
 * {@code CheckedDetails}; stored, the complaint's {@code FilingDetail}s.
 *
 * @param quickPicks   codes of the category's common problems, in the order tapped
 * @param answers      field code → answer (digits, a choice code, yyyy-MM-dd or text), in display order
 * @param windowNumber the service window's number, digits only
 * @param staffNumber  the staff member's number (工号), digits only
 * @param incidentDay  the day it happened in the hall's time zone
 */
public record UncheckedDetails(List<String> quickPicks, Map<String, String> answers, String windowNumber,
                               String staffNumber, LocalDate incidentDay) {

    public UncheckedDetails {
        quickPicks = quickPicks == null ? List.of() : List.copyOf(quickPicks);
        answers = answers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    public static UncheckedDetails none() {
        return new UncheckedDetails(List.of(), Map.of(), null, null, null);
    }
}
