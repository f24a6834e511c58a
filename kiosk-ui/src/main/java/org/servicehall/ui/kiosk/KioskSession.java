package org.servicehall.ui.kiosk;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a kiosk remembers between screens: the language chosen and the terminal it is. Nothing a
 * citizen entered is kept here.
 */
@Named("kiosk")
@SessionScoped
public class KioskSession implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern TERMINAL = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    static final String DEFAULT_TERMINAL = "KIOSK";

    private Locale locale = Locale.SIMPLIFIED_CHINESE;
    private String terminal = DEFAULT_TERMINAL;

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

    public String getTerminal() {
        return terminal;
    }

    /** Set from the kiosk's start URL ({@code ?terminal=HALL1-K01}); invalid ids are ignored. */
    public void setTerminal(String terminal) {
        if (terminal != null && TERMINAL.matcher(terminal).matches()) {
            this.terminal = terminal;
        }
    }
}
