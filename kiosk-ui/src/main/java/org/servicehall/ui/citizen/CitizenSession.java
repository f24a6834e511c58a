package org.servicehall.ui.citizen;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.servicehall.ui.facade.KioskFacade;
import org.servicehall.ui.support.Messages;

/**
 * What a citizen's session remembers on the kiosk and on the public site alike: the language they
 * chose, and with it how dates are shown; also what "today" is in the hall. Nothing a citizen
 * entered is kept here.
 */
@Named("citizen")
@SessionScoped
public class CitizenSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    KioskFacade facade;

    private Locale locale = Locale.SIMPLIFIED_CHINESE;
    private String zone;

    @PostConstruct
    void init() {
        zone = facade.settings().zone();
    }

    public Locale getLocale() {
        return locale;
    }

    public boolean isEnglish() {
        return "en".equals(locale.getLanguage());
    }

    /** Switches the language of every screen, the current one included. */
    public void switchTo(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }

    public String getLanguageTag() {
        return isEnglish() ? "en" : "zh-CN";
    }

    /**
     * A date or time in the screen's language, with the bundle's pattern. Views format through
     * here rather than with f:convertDateTime, whose pattern and locale are fixed when the view is
     * built and so would stay in the first language after a switch.
     *
     * @param patternKey e.g. {@code format.dateTime}
     */
    public String format(TemporalAccessor value, String patternKey) {
        return value == null ? "" : DateTimeFormatter.ofPattern(Messages.get(locale, patternKey), locale).format(value);
    }

    /** Today in the hall's time zone. */
    public LocalDate getToday() {
        return LocalDate.now(ZoneId.of(zone));
    }
}
