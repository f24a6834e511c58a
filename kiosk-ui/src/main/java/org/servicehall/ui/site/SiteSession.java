package org.servicehall.ui.site;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Which way the citizen came to the public site: the website itself, or the government app, which
 * opens {@code /public/index.xhtml?via=app} in its web view. Remembered for the session, so that
 * every complaint, rating and appeal made in it is recorded under that channel.
 */
@Named("site")
@SessionScoped
public class SiteSession implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String WEBSITE = "WEBSITE";
    static final String GOV_APP = "GOV_APP";

    private String channel = WEBSITE;

    /** The entry parameter: {@code app} for the government app, {@code web} for the website; others are ignored. */
    public void setVia(String via) {
        if ("app".equals(via)) {
            channel = GOV_APP;
        } else if ("web".equals(via)) {
            channel = WEBSITE;
        }
    }

    public String getVia() {
        return null;
    }

    /** {@code WEBSITE} or {@code GOV_APP}. */
    public String getChannel() {
        return channel;
    }

    public boolean isApp() {
        return GOV_APP.equals(channel);
    }
}
