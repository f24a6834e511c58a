package org.servicehall.bench;

import static org.servicehall.bench.CaseRow.appeal;
import static org.servicehall.bench.CaseRow.archive;
import static org.servicehall.bench.CaseRow.assign;
import static org.servicehall.bench.CaseRow.finish;
import static org.servicehall.bench.CaseRow.firstContact;
import static org.servicehall.bench.CaseRow.move;
import static org.servicehall.bench.CaseRow.rate;
import static org.servicehall.bench.CaseRow.runClock;
import static org.servicehall.bench.CaseRow.set;
import static org.servicehall.bench.CaseRow.status;
import static org.servicehall.bench.Draws.exp;
import static org.servicehall.bench.Draws.gaussian;
import static org.servicehall.bench.Draws.mix;
import static org.servicehall.bench.Categories.CATEGORIES;
import static org.servicehall.bench.Channels.CHANNELS;
import static org.servicehall.bench.Hall.DEPARTMENTS;
import static org.servicehall.bench.Hall.RECEPTION;
import static org.servicehall.bench.Hall.SUPERVISORS;
import static org.servicehall.bench.Hall.handlerId;
import static org.servicehall.bench.HallClock.DAY;
import static org.servicehall.bench.HallClock.HOUR;
import static org.servicehall.bench.HallClock.ZONE_OFFSET;
import static org.servicehall.bench.HallClock.due;
import static org.servicehall.bench.Names.displayName;
import static org.servicehall.bench.Phones.FREQUENT_PHONES;
import static org.servicehall.bench.Phones.phone;
import static org.servicehall.bench.Texts.AGENCIES;
import static org.servicehall.bench.Texts.BUSINESS;
import static org.servicehall.bench.Texts.CAUSE_TEXT;
import static org.servicehall.bench.Texts.DEMAND;
import static org.servicehall.bench.Texts.PROBLEMS;
import static org.servicehall.bench.Texts.WHEN;
import static org.servicehall.bench.Texts.WHERE;
import static org.servicehall.bench.WeightedPicks.indexOf;
import static org.servicehall.bench.WeightedPicks.pick;
import static org.servicehall.bench.WeightedPicks.pickIndex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.servicehall.bench.Categories.Category;
import org.servicehall.bench.Channels.ChannelKind;
import org.servicehall.bench.Hall.Dept;

/**
 * Makes one complaint's row and history the way the server's lifecycle would have left it: a
 * simulated case walks the transitions of {@code Complaint} (receive, resolve on the spot or
 * redirect, or accept, triage, assign, sign for or return, finding, plan, approval, handling,
 * feedback, rating, appeal, archive) with random durations until "now"; the state it reached is
 * the row. Deadlines follow config/servicehall/deadlines.properties (working days Monday to Friday,
 * ending 17:30 in the hall's zone; holidays ignored). Times are epoch seconds; the hall's zone is
 * Asia/Shanghai (UTC+8, no daylight saving). The hall, the words and the clock it draws on are
 * {@link Hall}, {@link Texts} and {@link HallClock}; each step's columns are set by {@link CaseRow}.
 *
 * <p>Deterministic: the same index, time and random stream give the same complaint.
 */
public final class ComplaintGenerator {

    /** Far above what the sequences (start 50, step 50) hand out in any test or demo database. */
    public static final long ID_BASE = 1_000_000_000L;
    static final long HISTORY_ID_BASE = 5_000_000_000L;
    static final int HISTORY_SLOTS = 4;

    final long now;
    final long regularPhones;

    ComplaintGenerator(long now, long complaints) {
        this.now = now;
        this.regularPhones = Math.max(1, complaints * 30 / 100);
    }

    /**
     * Fills {@code v} (indexed by {@link Col#ordinal()}; TIMESTAMP values as Long epoch seconds,
     * DATE values as LocalDate) and returns the history rows to keep (2 or 3, 1 for a complaint
     * still only received).
     */
    List<History> fill(long index, long receivedAt, int running, SplittableRandom r, Object[] v) {
        Arrays.fill(v, null);
        List<History> events = new ArrayList<>(16);
        ChannelKind channel = pick(CHANNELS, r);
        Category category = pick(CATEGORIES, r);
        int categoryIndex = indexOf(CATEGORIES, category);
        long day = Math.floorDiv(receivedAt + ZONE_OFFSET, DAY);
        LocalDate receivedDay = LocalDate.ofEpochDay(day);

        set(v, Col.ID, ComplaintGenerator.ID_BASE + index);
        set(v, Col.TRACKING_NUMBER, String.format("TS-%04d%02d%02d-%05d", receivedDay.getYear(),
                receivedDay.getMonthValue(), receivedDay.getDayOfMonth(), running));
        set(v, Col.CHANNEL, channel.code());
        set(v, Col.CATEGORY_CODE, category.code());
        set(v, Col.CATEGORY_LABEL_ZH, category.zh());
        set(v, Col.CATEGORY_LABEL_EN, category.en());
        String business = BUSINESS[r.nextInt(BUSINESS.length)];
        set(v, Col.DESCRIPTION, WHEN[r.nextInt(WHEN.length)] + "在" + WHERE[r.nextInt(WHERE.length)] + "办理" + business + "，"
                + PROBLEMS[categoryIndex][r.nextInt(PROBLEMS[categoryIndex].length)] + "，" + DEMAND[r.nextInt(DEMAND.length)] + "。");
        set(v, Col.STATUS, "RECEIVED");
        set(v, Col.RECEIVED_AT, receivedAt);
        set(v, Col.RECEIVED_DAY, receivedDay);
        set(v, Col.URGENCY, "NORMAL");
        set(v, Col.APPEAL_ROUND, 0);
        set(v, Col.SUPERVISED, Boolean.FALSE);

        // the complainant
        boolean anonymous = r.nextDouble() < channel.anonymous();
        set(v, Col.ANONYMOUS, anonymous);
        if (!anonymous) {
            long phone = r.nextDouble() < 0.02 ? r.nextInt(FREQUENT_PHONES) : FREQUENT_PHONES + (long) (r.nextDouble() * regularPhones);
            set(v, Col.COMPLAINANT_PHONE, phone(phone));
            if (r.nextDouble() < 0.8) {
                set(v, Col.COMPLAINANT_NAME, displayName("p" + phone));
            }
            if (channel.code().equals("LETTER")) {
                set(v, Col.COMPLAINANT_OTHER_CONTACT, "杭州市西湖区文三路" + (1 + r.nextInt(500)) + "号");
            }
        }
        boolean reachable = v[Col.COMPLAINANT_PHONE.ordinal()] != null || v[Col.COMPLAINANT_OTHER_CONTACT.ordinal()] != null;

        // received by whom
        String receiver;
        String role;
        String terminal;
        if (channel.code().equals("KIOSK")) {
            receiver = "anonymous";
            role = "CITIZEN";
            terminal = "KIOSK-0" + (1 + r.nextInt(6));
        } else if (channel.staffReceives()) {
            receiver = RECEPTION[r.nextInt(RECEPTION.length)];
            role = "RECEPTION";
            terminal = channel.inHall() ? String.format("WIN-%02d", 1 + r.nextInt(30)) : channel.code();
            set(v, Col.FIRST_CONTACT_OWNER, receiver);
        } else {
            receiver = "anonymous";
            role = "CITIZEN";
            terminal = channel.code();
        }
        set(v, Col.RECEIVING_TERMINAL, terminal);
        if (channel.idempotent()) {
            set(v, Col.IDEMPOTENCY_KEY, String.format("%016x-%d", mix(index), index));
        }
        events.add(new History("FILED", null, "RECEIVED", receiver, role, terminal, receivedAt,
                "channel " + channel.code() + ", category " + category.code()));
        long ackDue = due("acknowledge", "NORMAL", receivedAt);
        set(v, Col.ACKNOWLEDGE_DUE, ackDue);
        runClock(v, "ACKNOWLEDGE", ackDue);

        // how slow this case goes; a few get stuck for weeks
        double slow = Math.exp(gaussian(r) * 0.6);
        if (r.nextDouble() < 0.025) {
            slow *= 10 + r.nextDouble() * 30;
        }
        String clerk = channel.staffReceives() ? receiver : RECEPTION[r.nextInt(RECEPTION.length)];
        String clerkTerminal = channel.inHall() && channel.staffReceives() ? terminal : String.format("WIN-%02d", 1 + r.nextInt(3));

        double first = r.nextDouble();
        if (first < channel.onSpot() || first < channel.onSpot() + 0.05) {
            boolean onSpot = first < channel.onSpot();
            long t = receivedAt + (channel.inHall() && channel.staffReceives() ? 300 + r.nextInt(2400) : (long) (slow * exp(r, 2 * HOUR)));
            if (t > now) {
                return finish(v, events);
            }
            firstContact(v, clerk);
            set(v, Col.ACKNOWLEDGED_AT, t);
            if (onSpot) {
                set(v, Col.ON_SPOT_RESOLUTION, "当场为群众重新办理" + business + "并做好解释");
                move(v, events, "RESOLVED_ON_SPOT", "RESOLVED_ON_SPOT", clerk, "RECEPTION", clerkTerminal, t, "当场解决");
            } else {
                int a = r.nextInt(3) * 3;
                set(v, Col.REFERRAL_AGENCY_CODE, AGENCIES[a]);
                set(v, Col.REFERRAL_AGENCY_NAME, AGENCIES[a + 1]);
                set(v, Col.REFERRAL_CONTACT, AGENCIES[a + 2]);
                set(v, Col.REFERRAL_EXPLANATION, "该事项不属于本中心职责范围，已告知群众向" + AGENCIES[a + 1] + "反映");
                move(v, events, "REDIRECTED", "REDIRECTED", clerk, "RECEPTION", clerkTerminal, t, AGENCIES[a + 1]);
            }
            runClock(v, null, 0);
            if (onSpot && r.nextDouble() < 0.15 && t + 600 <= now) {
                rate(v, events, r, t + 600);
            }
            archive(v, events, r, t, now);
            return finish(v, events);
        }

        // stage 2: accepted with a registration form, triaged
        long t1 = receivedAt + (long) (slow * (channel.staffReceives() ? 600 + exp(r, HOUR) : exp(r, 1.5 * HOUR)));
        if (t1 > now) {
            return finish(v, events);
        }
        firstContact(v, clerk);
        set(v, Col.SERVICE_STEP, business);
        set(v, Col.INCIDENT_AT, receivedAt - r.nextInt(7 * 24) * HOUR);
        set(v, Col.EXPECTED_OUTCOME, DEMAND[r.nextInt(DEMAND.length)]);
        if (r.nextDouble() < 0.2) {
            set(v, Col.EVIDENCE_NOTE, "群众提供了现场照片和办事回执");
        }
        Dept aboutDept = null;
        int aboutHandler = -1;
        if (category.code().equals("SERVICE_ATTITUDE") && r.nextDouble() < 0.7) {
            aboutDept = pick(DEPARTMENTS, r);
            aboutHandler = r.nextInt(aboutDept.handlers());
            set(v, Col.STAFF_COMPLAINED_ABOUT_ID, handlerId(aboutDept, aboutHandler));
            set(v, Col.STAFF_COMPLAINED_ABOUT, displayName(handlerId(aboutDept, aboutHandler)));
        }
        move(v, events, "ACCEPTED", "REGISTERED", clerk, "RECEPTION", clerkTerminal, t1, business);

        long t2 = t1 + (long) (slow * exp(r, 3 * HOUR));
        if (t2 > now) {
            return finish(v, events);
        }
        String supervisor = SUPERVISORS[r.nextInt(SUPERVISORS.length)];
        double u = r.nextDouble();
        String urgency = u < 0.90 ? "NORMAL" : u < 0.98 ? "URGENT" : "EMERGENCY";
        boolean major = r.nextDouble() < 0.03;
        set(v, Col.URGENCY, urgency);
        set(v, Col.BUSINESS_AREA, business);
        double s = r.nextDouble();
        set(v, Col.SEVERITY, s < 0.6 ? "LOW" : s < 0.9 ? "MEDIUM" : "HIGH");
        set(v, Col.ADVERSE_IMPACT, r.nextDouble() < 0.1);
        set(v, Col.MAJOR, major);
        boolean emergencyStarted = urgency.equals("EMERGENCY") && r.nextDouble() < 0.5;
        set(v, Col.EMERGENCY_STARTED, emergencyStarted);
        if (emergencyStarted) {
            set(v, Col.EMERGENCY_ALERTED, "已报告中心主任和值班领导");
        }
        if (!urgency.equals("NORMAL")) {
            long sooner = due("acknowledge", urgency, receivedAt);
            if (sooner < ackDue) {
                ackDue = sooner;
                set(v, Col.ACKNOWLEDGE_DUE, ackDue);
                runClock(v, "ACKNOWLEDGE", ackDue);
            }
        }
        move(v, events, "TRIAGED", "TRIAGED", supervisor, "SUPERVISOR", "WIN-00", t2,
                category.code() + ", " + urgency + ", " + v[Col.SEVERITY.ordinal()]);
        if (r.nextDouble() < 0.02 && t2 + DAY <= now) {
            set(v, Col.SUPERVISED, Boolean.TRUE);
            set(v, Col.SUPERVISION_REASON, "群众多次反映，列入督办");
            events.add(new History("SUPERVISED", status(v), status(v), supervisor, "SUPERVISOR", "WIN-00", t2 + DAY, "列入督办"));
        }

        // stages 3 and 4, once more after an appeal
        long t = t2;
        String firstHandler = null;
        for (int round = 0; round < 2; round++) {
            Dept dept = pick(DEPARTMENTS, r);
            int h = r.nextInt(dept.handlers());
            if ((dept == aboutDept && h == aboutHandler) || handlerId(dept, h).equals(firstHandler)) {
                h = (h + 1) % dept.handlers();
            }
            String handler = handlerId(dept, h);
            long t3 = t + (long) (slow * exp(r, 6 * HOUR));
            if (t3 > now) {
                return finish(v, events);
            }
            assign(v, dept, handler, business, supervisor, t3, urgency);
            if (firstHandler == null) {
                firstHandler = handler;
                set(v, Col.FIRST_HANDLER_ID, handler);
            }
            move(v, events, "ASSIGNED", "ASSIGNED", supervisor, "SUPERVISOR", "WIN-00", t3, dept.nameZh() + " / " + displayName(handler));
            long t4 = t3 + (long) (slow * exp(r, 8 * HOUR));
            if (t4 > now) {
                return finish(v, events);
            }
            if (r.nextDouble() < 0.03) {
                // returned by the department, assigned again to another one
                set(v, Col.RETURN_REASON, "该事项不属于本部门职责，请重新分派");
                set(v, Col.SIGNED_FOR_AT, t4);
                move(v, events, "RETURNED", "RETURNED", handler, "HANDLER", "WIN-00", t4, "不属于本部门职责");
                runClock(v, "HANDLE", (Long) v[Col.HANDLE_DUE.ordinal()]);
                long again = t4 + (long) (slow * exp(r, 8 * HOUR));
                if (again > now) {
                    return finish(v, events);
                }
                Dept other = DEPARTMENTS[(indexOf(DEPARTMENTS, dept) + 1 + r.nextInt(DEPARTMENTS.length - 1)) % DEPARTMENTS.length];
                dept = other;
                handler = handlerId(dept, r.nextInt(dept.handlers()));
                assign(v, dept, handler, business, supervisor, again, urgency);
                set(v, Col.RETURN_REASON, null);
                move(v, events, "ASSIGNED", "ASSIGNED", supervisor, "SUPERVISOR", "WIN-00", again, dept.nameZh() + " / " + displayName(handler));
                t4 = again + (long) (slow * exp(r, 8 * HOUR));
                if (t4 > now) {
                    return finish(v, events);
                }
            }
            set(v, Col.SIGNED_FOR_AT, t4);
            move(v, events, "SIGNED_FOR", "INVESTIGATING", handler, "HANDLER", "WIN-00", t4, dept.nameZh());
            runClock(v, "HANDLE", (Long) v[Col.HANDLE_DUE.ordinal()]);

            long t5 = t4 + (long) (slow * exp(r, 2.5 * DAY));
            if (t5 > now) {
                return finish(v, events);
            }
            double o = r.nextDouble();
            String outcome = o < 0.35 ? "SUBSTANTIATED" : o < 0.65 ? "PARTLY_SUBSTANTIATED" : "NOT_SUBSTANTIATED";
            int cause = pickIndex(new double[] {30, 25, 20, 10, 10, 5}, r);
            String[] causes = {"STAFF_ERROR", "PROCESS_GAP", "POLICY_MISUNDERSTANDING", "SYSTEM_OR_FACILITY_FAULT", "OBJECTIVE_FACTOR", "OTHER"};
            set(v, Col.FINDING_OUTCOME, outcome);
            if (!outcome.equals("NOT_SUBSTANTIATED")) {
                set(v, Col.FINDING_PARTS, "群众反映的" + business + "相关问题属实");
            }
            set(v, Col.FINDING_CAUSE, causes[cause]);
            if (cause == 5) {
                set(v, Col.FINDING_CAUSE_OTHER, "群众误解办事时限");
            }
            set(v, Col.FINDING_BASIS, "调取监控录像、询问当事人并核对业务系统记录，" + CAUSE_TEXT[cause]);
            set(v, Col.FINDING_AT, t5);
            set(v, Col.FINDING_BY, handler);
            move(v, events, "FINDING_RECORDED", "DECIDED", handler, "HANDLER", "WIN-00", t5, outcome + ", " + causes[cause]);

            long t6 = t5 + (long) (slow * exp(r, 8 * HOUR));
            if (t6 > now) {
                return finish(v, events);
            }
            boolean approval = !urgency.equals("NORMAL") || major;
            set(v, Col.PLAN_MEASURES, "向群众说明情况并致歉；对" + business + "流程进行整改；加强窗口人员培训");
            set(v, Col.PLAN_RESPONSIBLE, displayName(handler));
            set(v, Col.PLAN_DUE_ON, LocalDate.ofEpochDay(Math.floorDiv(t6 + ZONE_OFFSET, DAY) + 3 + r.nextInt(8)));
            set(v, Col.PLAN_APPROVAL_REQUIRED, approval);
            set(v, Col.PLAN_PROPOSED_AT, t6);
            set(v, Col.PLAN_PROPOSED_BY, handler);
            move(v, events, "PLAN_PROPOSED", approval ? "AWAITING_APPROVAL" : "IMPLEMENTING", handler, "HANDLER", "WIN-00", t6, "整改方案");
            long t7 = t6;
            if (approval) {
                t7 = t6 + (long) (slow * exp(r, 6 * HOUR));
                if (t7 > now) {
                    return finish(v, events);
                }
                set(v, Col.PLAN_APPROVED_AT, t7);
                set(v, Col.PLAN_APPROVED_BY, supervisor);
                move(v, events, "PLAN_APPROVED", "IMPLEMENTING", supervisor, "SUPERVISOR", "WIN-00", t7, null);
            }
            long t8 = t7 + (long) (slow * exp(r, 1.5 * DAY));
            if (t8 > now) {
                return finish(v, events);
            }
            long feedbackDue = due("feedback", urgency, t8);
            set(v, Col.HANDLED_AT, t8);
            set(v, Col.FEEDBACK_DUE, feedbackDue);
            move(v, events, "HANDLING_COMPLETED", "AWAITING_FEEDBACK", handler, "HANDLER", "WIN-00", t8, "2 measure(s)");
            runClock(v, "FEEDBACK", feedbackDue);

            long t9 = t8 + (long) (slow * exp(r, 0.8 * DAY));
            if (t9 > now) {
                return finish(v, events);
            }
            set(v, Col.FED_BACK_AT, t9);
            set(v, Col.FEEDBACK_AT, t9);
            set(v, Col.FEEDBACK_BY, handler);
            if (reachable) {
                String[] satisfaction = {"VERY_SATISFIED", "SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED", "VERY_DISSATISFIED"};
                String given = satisfaction[pickIndex(new double[] {40, 30, 15, 10, 5}, r)];
                String method = new String[] {"PHONE", "IN_PERSON", "WRITTEN", "SMS"}[pickIndex(new double[] {60, 15, 10, 15}, r)];
                set(v, Col.FEEDBACK_METHOD, method);
                set(v, Col.FEEDBACK_CONTENT, "已向群众反馈核查结果、处理依据和整改措施");
                if (r.nextDouble() < 0.3) {
                    set(v, Col.FEEDBACK_OPINION, "希望以后能改进");
                }
                set(v, Col.SATISFACTION, given);
                set(v, Col.APPEAL_ROUTE_EXPLAINED, given.endsWith("DISSATISFIED") || r.nextDouble() < 0.5);
                set(v, Col.FEEDBACK_SKIPPED, Boolean.FALSE);
                move(v, events, "FEEDBACK_GIVEN", "CLOSED", handler, "HANDLER", "WIN-00", t9, method + ", " + given);
            } else {
                set(v, Col.FEEDBACK_CONTENT, "群众匿名且未留联系方式，无法反馈");
                set(v, Col.FEEDBACK_SKIPPED, Boolean.TRUE);
                move(v, events, "FEEDBACK_SKIPPED", "CLOSED", handler, "HANDLER", "WIN-00", t9, "无法联系");
            }
            runClock(v, null, 0);
            if (r.nextDouble() < 0.10 && t9 + 3600 <= now) {
                rate(v, events, r, t9 + 3600);
            }
            String rating = (String) (v[Col.CITIZEN_RATING.ordinal()] != null ? v[Col.CITIZEN_RATING.ordinal()] : v[Col.SATISFACTION.ordinal()]);
            boolean dissatisfied = rating != null && rating.endsWith("DISSATISFIED");
            if (round == 0 && dissatisfied && r.nextDouble() < 0.35) {
                long t10 = t9 + (long) exp(r, 3 * DAY);
                if (t10 <= now) {
                    appeal(v, urgency, t10);
                    move(v, events, "APPEALED", "APPEALED", clerk, "RECEPTION", clerkTerminal, t10, "round 1: 对处理结果不满意");
                    t = t10;
                    continue;
                }
            }
            archive(v, events, r, t9, now);
            return finish(v, events);
        }
        return finish(v, events);
    }
}
