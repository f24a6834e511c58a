package org.servicehall.plugins.escalation.repeat;

import java.util.List;
import org.servicehall.plugin.api.escalation.Escalation;

/** The reason an alert gives: the kind's text with its figures, then as many tracking numbers as fit. */
final class RepeatReason {

    private RepeatReason() {
    }

    static String fill(String text, String n, int days, String window) {
        return text.replace("{n}", n).replace("{days}", Integer.toString(days)).replace("{window}", window);
    }

    /** The numbers after the lead-in, as many as the reason's length allows, "…" when some are left out. */
    static String listed(String lead, List<String> numbers, String separator) {
        StringBuilder text = new StringBuilder(lead);
        for (int i = 0; i < numbers.size(); i++) {
            String next = (i == 0 ? "" : separator) + numbers.get(i);
            if (text.length() + next.length() + separator.length() + 1 > Escalation.REASON_MAX_LENGTH) {
                return text.append(separator).append('…').toString();
            }
            text.append(next);
        }
        return text.toString();
    }
}
