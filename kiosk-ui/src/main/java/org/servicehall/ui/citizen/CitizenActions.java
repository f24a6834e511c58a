package org.servicehall.ui.citizen;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicehall.ui.facade.dto.CitizenAction;
import org.servicehall.ui.support.Messages;

/** What the kiosk's and the public site's rating pages share: asking the facade, and the reasons staff read. */
public final class CitizenActions {

    private static final Logger LOG = Logger.getLogger(CitizenActions.class.getName());

    private CitizenActions() {
    }

    /**
     * Rates or appeals through the facade. A refusal or an outage becomes a message in the
     * citizen's language on the page, which keeps what they chose, so they can try again.
     *
     * @param where for the log: which screen asked
     * @return the done action, or null when it was refused or failed
     */
    public static CitizenAction attempt(Supplier<CitizenAction> action, String where) {
        CitizenAction result;
        try {
            result = action.get();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, where + ": rating failed; the citizen may retry", e);
            Messages.error("error.unavailable.rate");
            return null;
        }
        if (!result.isDone()) {
            Messages.error("kiosk.rate.refused." + result.refusal());
            return null;
        }
        return result;
    }

    /** The chosen reasons in the hall's language (staff read them so, whatever language the citizen used); null for none. */
    public static String reasonsInHallLanguage(List<String> reasons) {
        return reasons.isEmpty() ? null : String.join("；", reasons.stream()
                .map(r -> Messages.get(Locale.SIMPLIFIED_CHINESE, "kiosk.rate.reason." + r)).toList());
    }
}
