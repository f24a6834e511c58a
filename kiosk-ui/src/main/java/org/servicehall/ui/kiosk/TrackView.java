package org.servicehall.ui.kiosk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicehall.ui.facade.KioskFacade;
import org.servicehall.ui.facade.dto.CitizenAction;
import org.servicehall.ui.facade.dto.ProgressView;

/**
 * The public status page ({@code kiosk/track.xhtml?n=…&c=…}) that the receipt's QR code opens on
 * the citizen's phone: the number and query code come with the link, nothing is typed. Each load
 * with a wrong code counts against the number like any other; a locked number sends the citizen to
 * a window, however often the page is reloaded.
 */
@Named
@ViewScoped
public class TrackView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(TrackView.class.getName());

    @Inject
    KioskFacade facade;

    private String number;
    private String code;
    private ProgressView result;
    private boolean locked;
    private boolean looked;

    /** Loads the complaint named by the link; a wrong or incomplete link shows a plain refusal. */
    public void load() {
        if (looked) {
            return;
        }
        looked = true;
        if (number == null || code == null) {
            return;
        }
        try {
            CitizenAction answer = facade.progress(number, code);
            result = answer.progress();
            locked = answer.isLocked();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Status page lookup failed", e);
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

    /** Whether too many wrong codes locked the number: the page sends the citizen to a window. */
    public boolean isLocked() {
        return locked;
    }
}
