package org.servicehall.ui.kiosk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicehall.ui.facade.KioskFacade;
import org.servicehall.ui.facade.dto.ProgressView;
import org.servicehall.ui.support.DigitEntry;
import org.servicehall.ui.support.Messages;

/**
 * The progress lookup ({@code kiosk/status.xhtml}): the citizen types the 13 digits of the
 * tracking number on the keypad; the prefix and dashes are added for them.
 */
@Named
@ViewScoped
public class StatusView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(StatusView.class.getName());
    private static final int DIGITS = 13;

    @Inject
    KioskFacade facade;

    private final DigitEntry number = new DigitEntry(DIGITS);
    private ProgressView result;

    public void search() {
        result = null;
        if (!number.isFull()) {
            Messages.error("kiosk.status.incomplete");
            return;
        }
        try {
            result = facade.progress(getTrackingNumber()).orElse(null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Progress lookup failed", e);
            Messages.error("error.unavailable");
            return;
        }
        if (result == null) {
            Messages.error("kiosk.status.notFound");
        }
    }

    public void again() {
        number.clear();
        result = null;
    }

    public DigitEntry getNumber() {
        return number;
    }

    /** What the citizen typed so far, shown as TS-yyyyMMdd-nnnnn. */
    public String getTrackingNumber() {
        String digits = number.getValue();
        if (digits.length() <= 8) {
            return "TS-" + digits;
        }
        return "TS-" + digits.substring(0, 8) + "-" + digits.substring(8);
    }

    public ProgressView getResult() {
        return result;
    }
}
