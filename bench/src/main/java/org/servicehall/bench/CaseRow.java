package org.servicehall.bench;

import static org.servicehall.bench.Hall.SUPERVISORS;
import static org.servicehall.bench.HallClock.DAY;
import static org.servicehall.bench.WeightedPicks.pickIndex;
import static org.servicehall.bench.HallClock.due;
import static org.servicehall.bench.Names.displayName;

import java.util.List;
import java.util.SplittableRandom;

/**
 * One complaint's row (indexed by {@link Col#ordinal()}) as the transitions of {@code Complaint}
 * leave it: each step sets the columns the server's would, moves the status and appends history.
 */
final class CaseRow {

    private CaseRow() {
    }

    static void assign(Object[] v, Hall.Dept dept, String handler, String business, String supervisor, long at, String urgency) {
        set(v, Col.ASSIGNED_DEPARTMENT, dept.code());
        set(v, Col.ASSIGNED_DEPARTMENT_NAME, dept.nameZh());
        set(v, Col.HANDLER_ID, handler);
        set(v, Col.HANDLER_NAME, displayName(handler));
        set(v, Col.ASSIGNMENT_SCOPE, "核实" + business + "办理过程中群众反映的情况，提出处理意见");
        set(v, Col.ASSIGNMENT_STANDARDS, "事实清楚、依据充分、答复规范");
        set(v, Col.ASSIGNED_AT, at);
        set(v, Col.ASSIGNED_BY, supervisor);
        if (v[Col.ACKNOWLEDGED_AT.ordinal()] == null) {
            set(v, Col.ACKNOWLEDGED_AT, at);
        }
        set(v, Col.SIGNED_FOR_AT, null);
        long signDue = due("signFor", urgency, at);
        set(v, Col.SIGN_FOR_DUE, signDue);
        set(v, Col.HANDLE_DUE, due("handle", urgency, at));
        runClock(v, "SIGN_FOR", signDue);
    }

    static void appeal(Object[] v, String urgency, long at) {
        set(v, Col.APPEAL_ROUND, 1);
        set(v, Col.APPEAL_REASON, "对处理结果不满意，申请复核");
        for (Col col : new Col[] {Col.FINDING_OUTCOME, Col.FINDING_PARTS, Col.FINDING_CAUSE, Col.FINDING_CAUSE_OTHER,
                Col.FINDING_BASIS, Col.FINDING_AT, Col.FINDING_BY, Col.PLAN_MEASURES, Col.PLAN_RESPONSIBLE, Col.PLAN_DUE_ON,
                Col.PLAN_APPROVAL_REQUIRED, Col.PLAN_PROPOSED_AT, Col.PLAN_PROPOSED_BY, Col.PLAN_APPROVED_AT,
                Col.PLAN_APPROVED_BY, Col.FEEDBACK_METHOD, Col.FEEDBACK_CONTENT, Col.FEEDBACK_OPINION, Col.SATISFACTION,
                Col.APPEAL_ROUTE_EXPLAINED, Col.FEEDBACK_SKIPPED, Col.FEEDBACK_AT, Col.FEEDBACK_BY, Col.CITIZEN_RATING,
                Col.ACKNOWLEDGED_AT, Col.SIGNED_FOR_AT, Col.HANDLED_AT, Col.FED_BACK_AT}) {
            set(v, col, null);
        }
        long ackDue = due("acknowledge", urgency, at);
        set(v, Col.ACKNOWLEDGE_DUE, ackDue);
        runClock(v, "ACKNOWLEDGE", ackDue);
    }

    static void rate(Object[] v, List<History> events, SplittableRandom r, long at) {
        String[] satisfaction = {"VERY_SATISFIED", "SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED", "VERY_DISSATISFIED"};
        String rating = satisfaction[pickIndex(new double[] {45, 30, 12, 9, 4}, r)];
        set(v, Col.CITIZEN_RATING, rating);
        events.add(new History("RATED", status(v), status(v), "anonymous", "CITIZEN", "KIOSK-01", at, rating));
    }

    static void archive(Object[] v, List<History> events, SplittableRandom r, long finishedAt, long now) {
        long at = finishedAt + DAY + (long) (r.nextDouble() * 20 * DAY);
        if (at > now) {
            return;
        }
        String from = status(v);
        set(v, Col.ARCHIVED_FROM, from);
        set(v, Col.ARCHIVED_AT, at);
        move(v, events, "ARCHIVED", "ARCHIVED", SUPERVISORS[0], "SUPERVISOR", "WIN-00", at, null);
    }

    static void firstContact(Object[] v, String clerk) {
        if (v[Col.FIRST_CONTACT_OWNER.ordinal()] == null) {
            set(v, Col.FIRST_CONTACT_OWNER, clerk);
        }
        set(v, Col.FIRST_CONTACT_NAME, displayName((String) v[Col.FIRST_CONTACT_OWNER.ordinal()]));
    }

    static void move(Object[] v, List<History> events, String action, String to, String actor, String role,
                             String terminal, long at, String summary) {
        events.add(new History(action, status(v), to, actor, role, terminal, at, summary));
        set(v, Col.STATUS, to);
    }

    static String status(Object[] v) {
        return (String) v[Col.STATUS.ordinal()];
    }

    static void runClock(Object[] v, String stage, long due) {
        set(v, Col.CURRENT_STAGE, stage);
        set(v, Col.CURRENT_DUE, stage == null ? null : due);
    }

    /** FILED, one step from the middle (the assignment when there was one) and the last step. */
    static List<History> finish(Object[] v, List<History> events) {
        set(v, Col.VERSION, (long) events.size() - 1);
        if (events.size() <= 3) {
            return events;
        }
        History middle = events.get(1);
        for (int i = 1; i < events.size() - 1; i++) {
            if (events.get(i).action().equals("ASSIGNED")) {
                middle = events.get(i);
                break;
            }
        }
        return List.of(events.get(0), middle, events.get(events.size() - 1));
    }

    static void set(Object[] v, Col col, Object value) {
        v[col.ordinal()] = value;
    }
}
