package org.servicehall.ui.staff;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.servicehall.ui.facade.staff.Me;
import org.servicehall.ui.facade.staff.OfficeDesk;

/** The logged-in staff member and the language they chose, for the length of their session. */
@Named("staffSession")
@SessionScoped
public class StaffSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OfficeDesk office;

    private Locale locale = Locale.SIMPLIFIED_CHINESE;
    private Me me;

    public Me getMe() {
        if (me == null) {
            me = office.me();
        }
        return me;
    }

    public boolean has(String role) {
        return getMe().has(role);
    }

    public Locale getLocale() {
        return locale;
    }

    public boolean isEnglish() {
        return "en".equals(locale.getLanguage());
    }

    public String getLanguageTag() {
        return isEnglish() ? "en" : "zh-CN";
    }

    public void toggleLanguage() {
        locale = isEnglish() ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }

    /** Where each role starts its day: the window for reception, the directory for IT, the queues for the others. */
    public String getHome() {
        if (has("RECEPTION")) {
            return "/staff/window.xhtml";
        }
        if (has("SUPERVISOR")) {
            return "/staff/queues.xhtml?queue=UNASSIGNED";
        }
        if (has("ADMIN") && !has("HANDLER")) {
            return "/staff/directory.xhtml";
        }
        return "/staff/queues.xhtml?queue=MINE";
    }

    /** The home page as a navigation outcome (a redirect), for the staff area's index page. */
    public String goHome() {
        String home = getHome();
        return home + (home.contains("?") ? "&" : "?") + "faces-redirect=true";
    }

    void forget() {
        me = null;
    }
}
