package org.servicehall.plugin.api.category;

import java.util.Objects;
import java.util.regex.Pattern;
import org.servicehall.plugin.api.common.LocalizedText;

/**
 * A common problem of a category, offered as a button so that most citizens tap rather than type,
 * e.g. "态度生硬、不耐烦 / Rude or impatient". Immutable; plugins construct it with {@link #of}.
 *
 * @since 1.1
 */
public final class QuickPick {

    /** The pattern every quick-pick code must match: upper-case letters, digits and underscores. */
    public static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,39}";

    /** The longest label, per language, that fits a kiosk button. */
    public static final int LABEL_MAX_LENGTH = 40;

    private static final Pattern CODE = Pattern.compile(CODE_PATTERN);

    private final String code;
    private final LocalizedText label;

    private QuickPick(String code, LocalizedText label) {
        this.code = requireCode(code);
        this.label = requireLabel(label);
    }

    /**
     * @param code  stable within its category ({@value #CODE_PATTERN}); statistics count by it
     * @param label what the button says, at most {@value #LABEL_MAX_LENGTH} characters per language
     */
    public static QuickPick of(String code, LocalizedText label) {
        return new QuickPick(code, label);
    }

    public String code() {
        return code;
    }

    public LocalizedText label() {
        return label;
    }

    static String requireCode(String code) {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("code \"" + code + "\" does not match " + CODE_PATTERN);
        }
        return code;
    }

    static LocalizedText requireLabel(LocalizedText label) {
        Objects.requireNonNull(label, "label");
        if (label.zh().length() > LABEL_MAX_LENGTH || label.en().length() > LABEL_MAX_LENGTH) {
            throw new IllegalArgumentException("label longer than " + LABEL_MAX_LENGTH + ": " + label);
        }
        return label;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QuickPick that && code.equals(that.code) && label.equals(that.label);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, label);
    }

    @Override
    public String toString() {
        return code + " (" + label + ")";
    }
}
