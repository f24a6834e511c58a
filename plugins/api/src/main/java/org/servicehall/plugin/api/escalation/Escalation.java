package org.servicehall.plugin.api.escalation;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.servicehall.plugin.api.common.LocalizedText;

/**
 * One thing a rule asks the host to do for a complaint, with the reason shown to staff. The host
 * applies each (rule id, kind, code) once per complaint, so a rule that keeps returning the same
 * escalation every minute escalates once; put what makes an occasion new (e.g. the stage and its
 * deadline) into the code.
 */
public final class Escalation {

    /** What to do. */
    public enum Kind {
        /** Raise the complaint's urgency to {@link #targetUrgency()} (never lowers it). */
        RAISE_URGENCY,
        /** Tell the supervisors at once. */
        ALERT_SUPERVISOR,
        /** Mark the complaint as supervised (督办). */
        SUPERVISE,
        /** Suggest to the supervisors that another department or handler takes the case. */
        SUGGEST_REASSIGN,
        /** Remind the assigned handler (or the department) of a deadline. */
        REMIND_HANDLER
    }

    /** The pattern every {@link #code()} must match: 1 to 80 characters without spaces. */
    public static final String CODE_PATTERN = "[A-Za-z0-9._:@-]{1,80}";

    /** The longest reason, per language. */
    public static final int REASON_MAX_LENGTH = 200;

    private static final Pattern CODE = Pattern.compile(CODE_PATTERN);

    private final Kind kind;
    private final String code;
    private final LocalizedText reason;
    private final Urgency targetUrgency;

    private Escalation(Kind kind, String code, LocalizedText reason, Urgency targetUrgency) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("code must match " + CODE_PATTERN);
        }
        this.reason = Objects.requireNonNull(reason, "reason");
        if (reason.zh().length() > REASON_MAX_LENGTH || reason.en().length() > REASON_MAX_LENGTH) {
            throw new IllegalArgumentException("reason longer than " + REASON_MAX_LENGTH);
        }
        this.targetUrgency = targetUrgency;
    }

    public static Escalation raiseUrgency(Urgency to, String code, LocalizedText reason) {
        return new Escalation(Kind.RAISE_URGENCY, code, reason, Objects.requireNonNull(to, "to"));
    }

    public static Escalation alertSupervisor(String code, LocalizedText reason) {
        return new Escalation(Kind.ALERT_SUPERVISOR, code, reason, null);
    }

    public static Escalation supervise(String code, LocalizedText reason) {
        return new Escalation(Kind.SUPERVISE, code, reason, null);
    }

    public static Escalation suggestReassign(String code, LocalizedText reason) {
        return new Escalation(Kind.SUGGEST_REASSIGN, code, reason, null);
    }

    public static Escalation remindHandler(String code, LocalizedText reason) {
        return new Escalation(Kind.REMIND_HANDLER, code, reason, null);
    }

    public Kind kind() {
        return kind;
    }

    /** What makes this occasion distinct, e.g. {@code overdue:HANDLE:2026-11-30T09:00:00Z}. */
    public String code() {
        return code;
    }

    public LocalizedText reason() {
        return reason;
    }

    /** For {@link Kind#RAISE_URGENCY}: the urgency asked for. */
    public Optional<Urgency> targetUrgency() {
        return Optional.ofNullable(targetUrgency);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Escalation that && kind == that.kind && code.equals(that.code)
                && reason.equals(that.reason) && targetUrgency == that.targetUrgency;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, code, reason, targetUrgency);
    }

    @Override
    public String toString() {
        return kind + " " + code;
    }
}
