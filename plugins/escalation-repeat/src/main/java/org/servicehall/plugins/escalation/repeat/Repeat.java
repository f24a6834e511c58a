package org.servicehall.plugins.escalation.repeat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.servicehall.plugin.api.common.LocalizedText;
import org.servicehall.plugin.api.common.SettingSpec;
import org.servicehall.plugin.api.escalation.ComplaintSnapshot;
import org.servicehall.plugin.api.escalation.Escalation;
import org.servicehall.plugin.api.escalation.RuleContext;
import org.servicehall.plugin.api.escalation.Subject;

/**
 * One kind of repetition the rule watches, with its settings ({@code <name>.count}: how many
 * complaints, 0 switches it off; {@code <name>.days}: within how many days) and its reason text.
 */
enum Repeat {

    COMPLAINANT(Subject.COMPLAINANT_PHONE_HASH, 3, "同一投诉人{days}天内已投诉{n}次", "{n} complaints from the same complainant within {days} days"),
    STAFF(Subject.STAFF, 3, "同一工作人员{days}天内被投诉{n}次", "{n} complaints about the same staff member within {days} days"),
    WINDOW(Subject.WINDOW, 5, "{window}号窗口{days}天内被投诉{n}次", "{n} complaints about window {window} within {days} days");

    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 366;

    private final Subject subject;
    private final int defaultCount;
    private final String zh;
    private final String en;

    Repeat(Subject subject, int defaultCount, String zh, String en) {
        this.subject = subject;
        this.defaultCount = defaultCount;
        this.zh = zh;
        this.en = en;
    }

    Subject subject() {
        return subject;
    }

    /** How many complaints make a repetition when the settings do not say. */
    int defaultCount() {
        return defaultCount;
    }

    /** The settings' prefix, e.g. {@code complainant}. */
    String settingName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The complaint's value for this subject, if it has one. */
    Optional<String> key(ComplaintSnapshot complaint) {
        return switch (subject) {
            case COMPLAINANT_PHONE_HASH -> complaint.complainantPhoneHash();
            case STAFF -> complaint.staffComplainedAboutId();
            case WINDOW -> complaint.windowComplainedAbout();
        };
    }

    /** How many complaints make a repetition: 0 (off) or 2 to {@link RuleContext#TRACKING_NUMBERS_MAX}; a wrong setting keeps the default. */
    int count(RuleContext context) {
        int count = number(context, settingName() + ".count", defaultCount);
        return count == 0 || (count >= 2 && count <= RuleContext.TRACKING_NUMBERS_MAX) ? count : defaultCount;
    }

    /** Within how many days (calendar days up to the complaint's receipt): 1 to 366; a wrong setting keeps the default. */
    int days(RuleContext context) {
        int days = number(context, settingName() + ".days", DEFAULT_DAYS);
        return days >= 1 && days <= MAX_DAYS ? days : DEFAULT_DAYS;
    }

    /** This kind's two settings, as the admin screen shows them. */
    List<SettingSpec> settings() {
        return RepeatSettings.of(this);
    }

    /** Once per complaint for each kind and setting: {@code repeat:complainant:3in30d}. */
    String code(int count, int days) {
        return "repeat:" + settingName() + ":" + count + "in" + days + "d";
    }

    /**
     * The count and, as far as they fit, the other complaints' tracking numbers, newest first.
     *
     * @param numbers the complaints found, the evaluated one among them
     * @param capped  whether the host returned as many as asked for (there may be more)
     */
    Escalation alert(ComplaintSnapshot complaint, List<String> numbers, boolean capped, int count, int days) {
        String n = numbers.size() + (capped ? "+" : "");
        String window = complaint.windowComplainedAbout().orElse("");
        List<String> others = numbers.stream().filter(number -> !number.equals(complaint.trackingNumber())).toList();
        return Escalation.alertSupervisor(code(count, days), LocalizedText.of(
                RepeatReason.listed(RepeatReason.fill(zh, n, days, window) + "：", others, "、"),
                RepeatReason.listed(RepeatReason.fill(en, n, days, window) + ": ", others, ", ")));
    }

    private static int number(RuleContext context, String key, int fallback) {
        Optional<String> value = context.setting(key).map(String::strip);
        if (value.isEmpty() || !value.get().matches("\\d{1,4}")) {
            return fallback;
        }
        return Integer.parseInt(value.get());
    }
}
