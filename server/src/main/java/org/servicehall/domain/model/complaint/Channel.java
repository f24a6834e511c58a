package org.servicehall.domain.model.complaint;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The way a complaint reached the center. The built-in channels are those of the complaint
 * handling process; channel plugins add their own codes.
 */
public record Channel(String code) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    public static final Channel KIOSK = new Channel("KIOSK");
    public static final Channel WINDOW = new Channel("WINDOW");
    public static final Channel PHONE_HOTLINE = new Channel("PHONE_HOTLINE");
    public static final Channel WEBSITE = new Channel("WEBSITE");
    public static final Channel GOV_APP = new Channel("GOV_APP");
    public static final Channel WECHAT = new Channel("WECHAT");
    public static final Channel LETTER = new Channel("LETTER");
    public static final Channel VISIT = new Channel("VISIT");
    public static final Channel SUGGESTION_BOX = new Channel("SUGGESTION_BOX");

    public static final List<Channel> BUILT_IN = List.of(
            KIOSK, WINDOW, PHONE_HOTLINE, WEBSITE, GOV_APP, WECHAT, LETTER, VISIT, SUGGESTION_BOX);

    public Channel {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not a channel code: " + code);
        }
    }

    public boolean isBuiltIn() {
        return BUILT_IN.contains(this);
    }

    @Override
    public String toString() {
        return code;
    }
}
