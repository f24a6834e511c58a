package org.servicehall.ui.site;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicehall.ui.facade.KioskFacade;
import org.servicehall.ui.facade.dto.CitizenAction;
import org.servicehall.ui.facade.dto.ProgressView;
import org.servicehall.ui.support.Messages;

/**
 * Progress on the public site ({@code public/track.xhtml}): the tracking number and the receipt's
 * query code, exactly as the kiosk asks for them. A wrong pair is refused without saying which part
 * was wrong. The receipt's link fills both in ({@code ?n=…&c=…}). Guessing is slowed by the site's
 * rate limit on lookups, and stopped by the system's lock of a number after too many wrong codes,
 * which sends the citizen to a window.
 */
@Named
@ViewScoped
public class SiteTrackView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SiteTrackView.class.getName());

    @Inject
    KioskFacade facade;

    private String number;
    private String code;
    private ProgressView result;

    /** Looks up the complaint a link names, if it names one. */
    public void load() {
        if (result == null && number != null && code != null) {
            lookUp();
        }
    }

    public void lookUp() {
        result = null;
        String trackingNumber = facade.trackingNumber(number).orElse(null);
        if (trackingNumber == null) {
            Messages.error("site.track.numberInvalid");
            return;
        }
        String given = TypedDigits.digits(code);
        if (!given.matches("\\d{6}")) {
            Messages.error("kiosk.key.codeIncomplete");
            return;
        }
        CitizenAction answer;
        try {
            answer = facade.progress(trackingNumber, given);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Website progress lookup failed", e);
            Messages.error("error.unavailable.lookup");
            return;
        }
        result = answer.progress();
        if (!answer.isDone()) {
            Messages.error(answer.isLocked() ? "kiosk.key.locked" : "kiosk.key.refused");
        }
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public ProgressView getResult() {
        return result;
    }
}
