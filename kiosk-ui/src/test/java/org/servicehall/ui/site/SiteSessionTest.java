package org.servicehall.ui.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SiteSessionTest {

    @Test
    void the_website_is_the_channel_unless_the_government_app_opened_the_site() {
        SiteSession session = new SiteSession();
        assertEquals("WEBSITE", session.getChannel());

        session.setVia("app");
        assertEquals("GOV_APP", session.getChannel());

        session.setVia(null);
        session.setVia("something else");
        assertEquals("GOV_APP", session.getChannel(), "remembered for the session");

        session.setVia("web");
        assertEquals("WEBSITE", session.getChannel());
    }
}
