package org.servicehall.plugins.notify.wecom;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The robot's webhook setting, checked to be an http(s) address before anything is posted to it. */
final class Webhook {

    private Webhook() {
    }

    /** The setting as an address; what is wrong with it is said without repeating it (it carries the key). */
    static URI address(String setting) throws NotPosted {
        try {
            URI uri = new URI(setting);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // said below
        }
        throw new NotPosted("wecom: the setting webhookUrl is not an http(s) address");
    }
}
