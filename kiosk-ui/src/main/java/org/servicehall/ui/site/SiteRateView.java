package org.servicehall.ui.site;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Rating on the public site ({@code public/rate.xhtml}): number and query code (only the code: a
 * rating speaks for the complainant), then the five levels and optional reasons of the kiosk's
 * rating in one form; a dissatisfied citizen is offered an appeal. Recorded with the site's channel
 * as the terminal, so staff see where it came from.
 */
@Named
@ViewScoped
public class SiteRateView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SiteRateView.class.getName());

    /** The steps of rating. */
    public enum Step {
        KEY, RATE, THANKS, APPEALED, NOT_NOW
    }

    @Inject
    KioskFacade facade;

    @Inject
    SiteSession site;

    private String number;
    private String code;
    private String trackingNumber;
    private Step step = Step.KEY;
    private ProgressView complaint;
    private String level;
    private List<String> good = new ArrayList<>();
    private List<String> bad = new ArrayList<>();

    /** Checks number and code, and whether the complaint can be rated now. */
    public void check() {
        trackingNumber = facade.trackingNumber(number).orElse(null);
        if (trackingNumber == null) {
            Messages.error("site.track.numberInvalid");
            return;
        }
        code = TypedDigits.digits(code);
        if (!code.matches("\\d{6}")) {
            Messages.error("kiosk.key.codeIncomplete");
            return;
        }
        CitizenAction answer;
        try {
            answer = facade.progress(trackingNumber, code);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Website rating lookup failed", e);
            Messages.error("error.unavailable.lookup");
            return;
        }
        complaint = answer.progress();
        if (!answer.isDone()) {
            Messages.error(answer.isLocked() ? "kiosk.key.locked" : "kiosk.key.refused");
            return;
        }
        step = complaint.rateable() ? Step.RATE : complaint.appealable() ? Step.THANKS : Step.NOT_NOW;
    }

    public void submit() {
        if (!RatingScale.LEVELS.contains(level)) {
            Messages.error("site.rate.levelRequired");
            return;
        }
        CitizenAction done = act(() -> facade.rate(trackingNumber, code, level, reasonsInHallLanguage(), site.getChannel()));
        if (done != null) {
            complaint = done.progress();
            step = Step.THANKS;
        }
    }

    /** The dissatisfied citizen asks for a re-examination; their reasons are the appeal's reason. */
    public void appeal() {
        String hallReasons = reasonsInHallLanguage();
        String reason = hallReasons == null ? Messages.get(Locale.SIMPLIFIED_CHINESE, "site.rate.appeal.defaultReason")
                : Messages.get(Locale.SIMPLIFIED_CHINESE, "site.rate.appeal.reasonPrefix") + hallReasons;
        CitizenAction done = act(() -> facade.appeal(trackingNumber, code, reason, site.getChannel()));
        if (done != null) {
            complaint = done.progress();
            step = Step.APPEALED;
        }
    }

    private CitizenAction act(Supplier<CitizenAction> action) {
        return CitizenActions.attempt(action, "Website");
    }

    /** Staff read the reasons in the hall's language, whatever language the citizen used. */
    private String reasonsInHallLanguage() {
        return CitizenActions.reasonsInHallLanguage((isDissatisfied() ? bad : good).stream()
                .filter(getReasonChoices()::contains).toList());
    }

    public boolean isDissatisfied() {
        return "DISSATISFIED".equals(level) || "VERY_DISSATISFIED".equals(level);
    }

    /** Good and bad reasons both: the page shows the ones that fit the level chosen, without a round trip. */
    public List<String> getGoodReasons() {
        return RatingScale.GOOD_REASONS;
    }

    public List<String> getBadReasons() {
        return RatingScale.BAD_REASONS;
    }

    private List<String> getReasonChoices() {
        return isDissatisfied() ? RatingScale.BAD_REASONS : RatingScale.GOOD_REASONS;
    }

    public boolean isAppealOffered() {
        return complaint != null && complaint.appealable();
    }

    public List<String> getLevels() {
        return RatingScale.LEVELS;
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

    public Step getStep() {
        return step;
    }

    public ProgressView getComplaint() {
        return complaint;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    /** The good reasons ticked; counted only with a satisfied level. */
    public List<String> getGood() {
        return good;
    }

    public void setGood(List<String> good) {
        this.good = good == null ? new ArrayList<>() : new ArrayList<>(good);
    }

    /** The bad reasons ticked; counted only with a dissatisfied level. */
    public List<String> getBad() {
        return bad;
    }

    public void setBad(List<String> bad) {
        this.bad = bad == null ? new ArrayList<>() : new ArrayList<>(bad);
    }
}
