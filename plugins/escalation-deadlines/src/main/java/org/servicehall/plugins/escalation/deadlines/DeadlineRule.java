package org.servicehall.plugins.escalation.deadlines;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.servicehall.plugin.api.common.Configurable;
import org.servicehall.plugin.api.common.LocalizedText;
import org.servicehall.plugin.api.common.SettingSpec;
import org.servicehall.plugin.api.escalation.ComplaintSnapshot;
import org.servicehall.plugin.api.escalation.Escalation;
import org.servicehall.plugin.api.escalation.EscalationRule;
import org.servicehall.plugin.api.escalation.RuleContext;
import org.servicehall.plugin.api.escalation.Stage;

/**
 * Looks at the deadline that runs now. Each occasion's code names the stage and its deadline, so an
 * extended deadline that passes again escalates again. Setting: {@code dueSoonHours} (default 4).
 */
@Component(service = EscalationRule.class, property = EscalationRule.PROPERTY_RULE_ID + "=" + DeadlineRule.ID)
public class DeadlineRule implements EscalationRule, Configurable {

    static final String ID = "deadlines";
    static final long DUE_SOON_HOURS = 4;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Escalation> evaluate(ComplaintSnapshot complaint, RuleContext context) {
        if (complaint.currentStage().isEmpty() || complaint.currentDue().isEmpty()) {
            return List.of();
        }
        Stage stage = complaint.currentStage().get();
        Instant due = complaint.currentDue().get();
        Instant now = context.now();
        String occasion = stage + ":" + due;
        if (!now.isBefore(due)) {
            if (stage == Stage.SIGN_FOR) {
                LocalizedText why = LocalizedText.of("承办部门未在期限内签收，请重新分派或督促签收",
                        "Not signed for in time: reassign the case or have it signed for");
                return List.of(Escalation.alertSupervisor("sign-for-late:" + occasion, why),
                        Escalation.suggestReassign("sign-for-late:" + occasion, why));
            }
            LocalizedText why = LocalizedText.of(stageZh(stage) + "已超过期限，转督办", stageEn(stage) + " is overdue: supervised");
            return List.of(Escalation.alertSupervisor("overdue:" + occasion, why),
                    Escalation.supervise("overdue:" + occasion, why));
        }
        if (Duration.between(now, due).compareTo(Duration.ofHours(dueSoonHours(context))) <= 0) {
            return List.of(Escalation.remindHandler("due-soon:" + occasion, LocalizedText.of(
                    stageZh(stage) + "即将到期，请及时办理", stageEn(stage) + " is due soon")));
        }
        return List.of();
    }

    @Override
    public List<SettingSpec> settings() {
        return List.of(SettingSpec.of("dueSoonHours", SettingSpec.Type.NUMBER, Long.toString(DUE_SOON_HOURS),
                LocalizedText.of("即将到期提醒（小时）", "Due-soon reminder (hours)"),
                LocalizedText.of("当前阶段距期限不足该小时数时，提醒承办人。", "The handler is reminded when the current stage is due within this many hours.")));
    }

    private static long dueSoonHours(RuleContext context) {
        try {
            return context.setting("dueSoonHours").map(String::strip).map(Long::parseLong).orElse(DUE_SOON_HOURS);
        } catch (NumberFormatException e) {
            return DUE_SOON_HOURS;
        }
    }

    private static String stageZh(Stage stage) {
        return switch (stage) {
            case ACKNOWLEDGE -> "首次响应";
            case SIGN_FOR -> "签收";
            case HANDLE -> "办理";
            case FEEDBACK -> "结果反馈";
        };
    }

    private static String stageEn(Stage stage) {
        return switch (stage) {
            case ACKNOWLEDGE -> "The first response";
            case SIGN_FOR -> "Signing for the case";
            case HANDLE -> "Handling";
            case FEEDBACK -> "Feedback";
        };
    }
}
