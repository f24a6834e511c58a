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
import org.servicehall.ui.support.Messages;

/**
 * The progress lookup ({@code kiosk/status.xhtml}): the 13 digits of the tracking number, then the
 * receipt's query code, both on the keypad. A wrong pair is refused without saying which part was
 * wrong; once the system has locked the number after too many wrong codes, the kiosk sends the
 * citizen to a window.
 */
@Named
@ViewScoped
public class StatusView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(StatusView.class.getName());

    /** The steps of the lookup. */
    public enum Step {
        NUMBER, CODE, RESULT
    }

    @Inject
    KioskFacade facade;

    private final ComplaintKey key = new ComplaintKey();
    private Step step = Step.NUMBER;
    private ProgressView result;

    public void toCode() {
        if (key.numberComplete()) {
            step = Step.CODE;
        }
    }

    public void search() {
        result = null;
        if (!key.codeComplete()) {
            return;
        }
        CitizenAction answer;
        try {
            answer = facade.progress(key.getTrackingNumber(), key.getCode().getValue());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Progress lookup failed", e);
            Messages.error("error.unavailable.lookup");
            return;
        }
        if (!answer.isDone()) {
            key.refused(answer);
            step = key.isLocked() ? Step.CODE : Step.NUMBER;
            return;
        }
        result = answer.progress();
        step = Step.RESULT;
    }

    public void back() {
        if (step == Step.CODE) {
            key.getCode().clear();
            step = Step.NUMBER;
        }
    }

    public void again() {
        key.clear();
        result = null;
        step = Step.NUMBER;
    }

    public ComplaintKey getKey() {
        return key;
    }

    public Step getStep() {
        return step;
    }

    public ProgressView getResult() {
        return result;
    }
}
