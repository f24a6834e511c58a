package org.servicehall.ui.kiosk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicehall.ui.citizen.CitizenActions;
import org.servicehall.ui.citizen.RatingScale;
import org.servicehall.ui.facade.KioskFacade;
import org.servicehall.ui.facade.dto.CitizenAction;
import org.servicehall.ui.facade.dto.ProgressView;
import org.servicehall.ui.support.Messages;

/**
 * Rating a finished complaint (好差评, {@code kiosk/rate.xhtml}): tracking number and query code →
 * five levels → optional reasons → thank you; a dissatisfied citizen is offered an appeal (申诉),
 * which reopens the case for another handler.
 */
@Named
@ViewScoped
public class RateView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RateView.class.getName());

    /** The steps of rating. */
    public enum Step {
        NUMBER, CODE, LEVEL, REASONS, THANKS, APPEALED, NOT_NOW
    }

    @Inject
    KioskFacade facade;

    @Inject
    KioskSession kiosk;

    private final ComplaintKey key = new ComplaintKey();
    private Step step = Step.NUMBER;
    private ProgressView complaint;
    private String level;
    private final Set<String> reasons = new LinkedHashSet<>();

    public void toCode() {
        if (key.numberComplete()) {
            step = Step.CODE;
        }
    }

    /** Checks number and code, and whether the complaint can be rated now. */
    public void check() {
        if (!key.codeComplete()) {
            return;
        }
        CitizenAction answer;
        try {
            answer = facade.progress(key.getTrackingNumber(), key.getCode().getValue());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Rating lookup failed", e);
            Messages.error("error.unavailable.lookup");
            return;
        }
        if (!answer.isDone()) {
            complaint = null;
            key.refused(answer);
            step = key.isLocked() ? Step.CODE : Step.NUMBER;
            return;
        }
        complaint = answer.progress();
        step = complaint.rateable() ? Step.LEVEL : complaint.appealable() ? Step.THANKS : Step.NOT_NOW;
    }

    public void choose(String chosen) {
        if (RatingScale.LEVELS.contains(chosen)) {
            if (!chosen.equals(level)) {
                reasons.clear();
            }
            level = chosen;
            step = Step.REASONS;
        }
    }

    public void toggleReason(String reason) {
        if (getReasonChoices().contains(reason) && !reasons.remove(reason)) {
            reasons.add(reason);
        }
    }

    public boolean isReason(String reason) {
        return reasons.contains(reason);
    }

    public List<String> getReasonChoices() {
        return isDissatisfied() ? RatingScale.BAD_REASONS : RatingScale.GOOD_REASONS;
    }

    public void submit() {
        CitizenAction done = act(() -> facade.rate(key.getTrackingNumber(), key.getCode().getValue(), level,
                reasonsInHallLanguage(), kiosk.getTerminal()));
        if (done != null) {
            complaint = done.progress();
            step = Step.THANKS;
        }
    }

    /** The dissatisfied citizen asks for a re-examination; their reasons are the appeal's reason. */
    public void appeal() {
        String reason = reasons.isEmpty() ? Messages.get(Locale.SIMPLIFIED_CHINESE, "kiosk.rate.appeal.defaultReason")
                : Messages.get(Locale.SIMPLIFIED_CHINESE, "kiosk.rate.appeal.reasonPrefix") + reasonsInHallLanguage();
        CitizenAction done = act(() -> facade.appeal(key.getTrackingNumber(), key.getCode().getValue(), reason,
                kiosk.getTerminal()));
        if (done != null) {
            complaint = done.progress();
            step = Step.APPEALED;
        }
    }

    private CitizenAction act(Supplier<CitizenAction> action) {
        return CitizenActions.attempt(action, "Kiosk");
    }

    /** Staff read the reasons in the hall's language, whatever language the citizen used. */
    private String reasonsInHallLanguage() {
        return CitizenActions.reasonsInHallLanguage(List.copyOf(reasons));
    }

    public void back() {
        step = switch (step) {
            case CODE -> {
                key.getCode().clear();
                yield Step.NUMBER;
            }
            case REASONS -> Step.LEVEL;
            default -> step;
        };
    }

    public boolean isDissatisfied() {
        return "DISSATISFIED".equals(level) || "VERY_DISSATISFIED".equals(level);
    }

    /** Whether the thank-you screen offers an appeal. */
    public boolean isAppealOffered() {
        return complaint != null && complaint.appealable();
    }

    public List<String> getLevels() {
        return RatingScale.LEVELS;
    }

    /** 5 for the best level down to 1 for the worst, for the faces. */
    public int score(String levelCode) {
        return RatingScale.LEVELS.size() - RatingScale.LEVELS.indexOf(levelCode);
    }

    public ComplaintKey getKey() {
        return key;
    }

    public Step getStep() {
        return step;
    }

    public String getLevel() {
        return level;
    }

    public ProgressView getComplaint() {
        return complaint;
    }
}
