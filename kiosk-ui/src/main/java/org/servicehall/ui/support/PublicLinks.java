package org.servicehall.ui.support;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Addresses a citizen takes away (the receipt's QR code), and numbers written for reading aloud. */
public final class PublicLinks {

    /** The public status page, relative to the application. */
    public static final String STATUS_PAGE = "/kiosk/track.xhtml";

    private PublicLinks() {
    }

    /**
     * The status page of one complaint, with its query code so that the phone that scans the
     * receipt needs nothing typed.
     *
     * @param publicUrl where phones reach the application; null for the address of the current request
     */
    public static String statusUrl(String publicUrl, String trackingNumber, String queryCode) {
        String base = publicUrl != null ? strip(publicUrl) : requestBase();
        String url = base + STATUS_PAGE + "?n=" + URLEncoder.encode(trackingNumber, StandardCharsets.UTF_8);
        return queryCode == null ? url : url + "&c=" + URLEncoder.encode(queryCode, StandardCharsets.UTF_8);
    }

    /** {@code TS-20261128-00042} → {@code [TS, 2026, 1128, 00042]}: short groups read aloud one by one. */
    public static List<String> groups(String trackingNumber) {
        List<String> groups = new ArrayList<>();
        for (String part : trackingNumber.split("-")) {
            if (part.length() == 8 && part.chars().allMatch(Character::isDigit)) {
                groups.add(part.substring(0, 4));
                groups.add(part.substring(4));
            } else {
                groups.add(part);
            }
        }
        return groups;
    }

    private static String requestBase() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String scheme = external.getRequestScheme();
        int port = external.getRequestServerPort();
        boolean defaultPort = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return scheme + "://" + external.getRequestServerName() + (defaultPort ? "" : ":" + port)
                + external.getRequestContextPath();
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
