package org.servicehall.plugin.api.notify;

import java.util.List;

/**
 * The kinds of message the host sends, and the setting by which IT routes kinds to a notifier.
 *
 * <p>A notifier that is {@link org.servicehall.plugin.api.common.Configurable} and declares a
 * {@link org.servicehall.plugin.api.common.SettingSpec.Type#LIST LIST} setting with the key
 * {@link #SETTING} receives only the kinds listed in its value (IT edits it on the plugin screen;
 * the declaration's default is what the plugin suggests); one without it receives every kind it
 * {@linkplain Notifier#accepts accepts the recipient of}.
 *
 * @since 1.1
 */
public final class MessageKinds {

    /** The key of the routing setting: a comma-separated list of kinds, {@code *} for all. */
    public static final String SETTING = "messageKinds";

    /** To a complainant: the receipt with the tracking number, query code and status link. */
    public static final String FILED = "FILED";
    /** To a complainant: the department signed for the case (签收). */
    public static final String SIGNED_FOR = "SIGNED_FOR";
    /** To a complainant: the result of the case. */
    public static final String RESULT = "RESULT";
    /** To a complainant: after the feedback, the invitation to rate the handling. */
    public static final String RATING_INVITATION = "RATING_INVITATION";
    /** To a complainant: the result of their appeal. */
    public static final String APPEAL_RESULT = "APPEAL_RESULT";

    /** To a handler (or the supervisors): a deadline is near. */
    public static final String REMIND_HANDLER = "REMIND_HANDLER";
    /** To the supervisors: a deadline passed or a rule wants their attention. */
    public static final String ALERT_SUPERVISOR = "ALERT_SUPERVISOR";
    /** To a handler (or the supervisors): the case is under supervision (督办). */
    public static final String SUPERVISE = "SUPERVISE";
    /** To the supervisors: a rule suggests giving the case to someone else. */
    public static final String SUGGEST_REASSIGN = "SUGGEST_REASSIGN";
    /** To IT: a plugin failed too often and was stopped. */
    public static final String PLUGIN_STOPPED = "PLUGIN_STOPPED";
    /** To a handler: a case was assigned to them. */
    public static final String ASSIGNED = "ASSIGNED";
    /** To a handler: their result was returned for more work. */
    public static final String RETURNED = "RETURNED";
    /** To the supervisors: a result waits for their approval. */
    public static final String APPROVAL_WAITING = "APPROVAL_WAITING";

    /** The kinds addressed to complainants, in the order of a case. */
    public static final List<String> TO_COMPLAINANTS = List.of(FILED, SIGNED_FOR, RESULT, RATING_INVITATION, APPEAL_RESULT);

    /** The kinds addressed to staff. */
    public static final List<String> TO_STAFF = List.of(REMIND_HANDLER, ALERT_SUPERVISOR, SUPERVISE, SUGGEST_REASSIGN,
            PLUGIN_STOPPED, ASSIGNED, RETURNED, APPROVAL_WAITING);

    private MessageKinds() {
    }
}
