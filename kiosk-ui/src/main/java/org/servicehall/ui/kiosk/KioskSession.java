package org.servicehall.ui.kiosk;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.io.Serializable;
import java.util.Map;
import org.servicehall.ui.citizen.CitizenSession;
import org.servicehall.ui.facade.KioskFacade;
import org.servicehall.ui.facade.dto.KioskSettings;
import org.servicehall.ui.support.KioskIdentity;

/**
 * What a kiosk remembers between screens beyond the citizen's language ({@link CitizenSession}):
 * the elderly mode chosen, and the kiosk itself (terminal id, idle timeouts, printer). Nothing a
 * citizen entered is kept here; the session ends when the citizen is done or walks away.
 */
@Named("kiosk")
@SessionScoped
public class KioskSession implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String DEFAULT_TERMINAL = KioskIdentity.DEFAULT_TERMINAL;

    @Inject
    KioskFacade facade;

    @Inject
    CitizenSession citizen;

    private boolean elderly;
    private KioskIdentity identity = KioskIdentity.DEFAULT;
    private KioskSettings defaults;

    @PostConstruct
    void init() {
        defaults = facade.settings();
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            Object cookie = faces.getExternalContext().getRequestCookieMap().get(KioskIdentity.COOKIE);
            if (cookie instanceof Cookie c) {
                identity = KioskIdentity.parse(c.getValue());
            }
        }
    }

    /** 适老化: large type, larger targets, higher contrast, fewer items per screen. */
    public boolean isElderly() {
        return elderly;
    }

    public void toggleElderly() {
        elderly = !elderly;
    }

    /** Whether a citizen changed anything that the next one must not inherit. */
    public boolean isCustomized() {
        return elderly || citizen.isEnglish();
    }

    public String getTerminal() {
        return identity.terminal();
    }

    /**
     * Configures this kiosk from its start URL, e.g. {@code ?terminal=HALL1-K01&idle=60&countdown=20&printer=false},
     * and remembers it in a cookie so that it survives the end of every citizen's session. Invalid
     * values are ignored.
     */
    public void configure(String terminal, Integer idle, Integer countdown, Boolean printer) {
        if (terminal == null && idle == null && countdown == null && printer == null) {
            return;
        }
        identity = identity.with(terminal, idle, countdown, printer);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.addResponseCookie(KioskIdentity.COOKIE, identity.format(), Map.of(
                "maxAge", KioskIdentity.MAX_AGE_SECONDS, "path", "/", "httpOnly", Boolean.TRUE));
    }

    /** Seconds without a touch before the kiosk asks whether the citizen is still there. */
    public int getIdleSeconds() {
        return identity.idleSeconds() != null ? identity.idleSeconds() : defaults.idleSeconds();
    }

    /** On the receipt: longer, so that a citizen without a printed receipt can copy the number. */
    public int getReceiptIdleSeconds() {
        return identity.idleSeconds() != null ? identity.idleSeconds() : defaults.receiptIdleSeconds();
    }

    /** Seconds the kiosk counts down before it wipes everything. */
    public int getCountdownSeconds() {
        return identity.countdownSeconds() != null ? identity.countdownSeconds() : defaults.countdownSeconds();
    }

    /** Whether this kiosk has a receipt printer. */
    public boolean isPrinter() {
        return identity.printer();
    }

    /** Where phones reach the public status page, or null for the kiosk's own address. */
    public String getPublicUrl() {
        return defaults.publicUrl();
    }
}
