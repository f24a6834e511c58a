package org.servicehall.plugins.escalation.repeat;

import java.util.List;
import org.servicehall.plugin.api.common.LocalizedText;
import org.servicehall.plugin.api.common.SettingSpec;
import org.servicehall.plugin.api.escalation.RuleContext;

/** Each kind's settings: how many complaints ({@code <name>.count}) within how many days ({@code <name>.days}). */
final class RepeatSettings {

    private RepeatSettings() {
    }

    /** The two settings of {@code kind}, as the admin screen shows them. */
    static List<SettingSpec> of(Repeat kind) {
        String whoZh = switch (kind) {
            case COMPLAINANT -> "同一投诉人";
            case STAFF -> "同一工作人员";
            case WINDOW -> "同一窗口";
        };
        String whoEn = switch (kind) {
            case COMPLAINANT -> "same complainant";
            case STAFF -> "same staff member";
            case WINDOW -> "same window";
        };
        return List.of(
                SettingSpec.of(kind.settingName() + ".count", SettingSpec.Type.NUMBER, Integer.toString(kind.defaultCount()),
                        LocalizedText.of(whoZh + "：次数", "Repeats, " + whoEn + ": count"),
                        LocalizedText.of("达到该次数时提醒主管；0 为关闭，有效范围 2–" + RuleContext.TRACKING_NUMBERS_MAX + "。",
                                "Alert the supervisor at this many complaints; 0 switches it off, 2–"
                                        + RuleContext.TRACKING_NUMBERS_MAX + " otherwise.")),
                SettingSpec.of(kind.settingName() + ".days", SettingSpec.Type.NUMBER, Integer.toString(Repeat.DEFAULT_DAYS),
                        LocalizedText.of(whoZh + "：天数", "Repeats, " + whoEn + ": days"),
                        LocalizedText.of("统计截至本次投诉前多少天内的投诉（1–" + Repeat.MAX_DAYS + "）。",
                                "Count the complaints received within this many days (1–" + Repeat.MAX_DAYS + ").")));
    }
}
