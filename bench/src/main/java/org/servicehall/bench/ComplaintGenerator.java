package org.servicehall.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes one complaint's row and history the way the server's lifecycle would have left it: a
 * simulated case walks the transitions of {@code Complaint} (receive, resolve on the spot or
 * redirect, or accept, triage, assign, sign for or return, finding, plan, approval, handling,
 * feedback, rating, appeal, archive) with random durations until "now"; the state it reached is
 * the row. Deadlines follow config/servicehall/deadlines.properties (working days Monday to Friday,
 * ending 17:30 in the hall's zone; holidays ignored). Times are epoch seconds; the hall's zone is
 * Asia/Shanghai (UTC+8, no daylight saving).
 *
 * <p>Deterministic: the same index, time and random stream give the same complaint.
 */
public final class ComplaintGenerator {

    /** Far above what the sequences (start 50, step 50) hand out in any test or demo database. */
    public static final long ID_BASE = 1_000_000_000L;
    static final long HISTORY_ID_BASE = 5_000_000_000L;
    static final int HISTORY_SLOTS = 4;

    static final int ZONE_OFFSET = 8 * 3600;
    private static final long HOUR = 3600;
    private static final long DAY = 86_400;
    private static final long END_OF_WORKING_DAY = 17 * HOUR + 30 * 60;

    public record Dept(String code, String nameZh, String nameEn, double weight, int handlers) {
    }

    public static final Dept[] DEPARTMENTS = {
            new Dept("REAL_ESTATE", "不动产登记窗口", "Real estate registration", 22, 14),
            new Dept("SOCIAL_SECURITY", "社保医保窗口", "Social and medical insurance", 20, 14),
            new Dept("HALL_SERVICES", "大厅综合管理科", "Hall management", 12, 8),
            new Dept("HOUSING_FUND", "住房公积金窗口", "Housing provident fund", 10, 8),
            new Dept("MARKET_REGULATION", "市场监管登记窗口", "Business registration", 9, 8),
            new Dept("RECEPTION_DESK", "综合受理窗口", "Reception desk", 8, 6),
            new Dept("CIVIL_AFFAIRS", "民政婚姻登记窗口", "Civil affairs", 7, 6),
            new Dept("TRANSPORT", "交通运输服务窗口", "Transport services", 5, 5),
            new Dept("HEALTH_COMMISSION", "卫健服务窗口", "Health services", 4, 4),
            new Dept("COMPLAINTS_OFFICE", "投诉处理专岗（督查室）", "Complaints office", 3, 4),
    };

    record Category(String code, String zh, String en, double weight) {
    }

    static final Category[] CATEGORIES = {
            new Category("BUSINESS_HANDLING", "业务办理", "Business handling", 35),
            new Category("SERVICE_ATTITUDE", "服务态度", "Service attitude", 20),
            new Category("QUEUEING", "排队预约", "Queueing and appointments", 20),
            new Category("POLICY_CONSULTATION", "政策咨询", "Policy questions", 15),
            new Category("FACILITIES_ENVIRONMENT", "设施环境", "Facilities and environment", 10),
    };

    record ChannelKind(String code, double weight, boolean inHall, boolean staffReceives, double anonymous,
                       double onSpot, boolean idempotent) {
    }

    static final ChannelKind[] CHANNELS = {
            new ChannelKind("WINDOW", 25, true, true, 0.02, 0.40, false),
            new ChannelKind("KIOSK", 20, true, false, 0.25, 0.08, true),
            new ChannelKind("PHONE_HOTLINE", 15, false, true, 0.03, 0.30, false),
            new ChannelKind("GOV_APP", 15, false, false, 0.03, 0.04, true),
            new ChannelKind("WEBSITE", 10, false, false, 0.10, 0.04, true),
            new ChannelKind("WECHAT", 10, false, false, 0.05, 0.04, true),
            new ChannelKind("LETTER", 2, false, true, 0.05, 0.0, false),
            new ChannelKind("VISIT", 2, true, true, 0.02, 0.35, false),
            new ChannelKind("SUGGESTION_BOX", 1, true, true, 0.70, 0.0, false),
    };

    // ------------------------------------------------------------------ texts

    private static final String[] FAMILY = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
            + "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤").split("");
    private static final String[] GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国红玉梅文斌宇浩然欣怡子涵晨阳思远嘉琪雨桐俊宏志鹏婷雪峰海燕春晓"
            .split("");
    private static final String[] WHEN = {"今天上午", "今天下午", "昨天上午", "昨天下午", "前天", "上周一", "上周三", "上周五", "本月初",
            "上个月中旬", "三天前", "一周前"};
    private static final String[] WHERE = {"一楼10号窗口", "一楼12号窗口", "社保窗口", "公积金窗口", "综合受理窗口", "自助服务区",
            "二楼登记大厅", "不动产登记区", "婚姻登记处", "企业开办专区", "24小时自助区", "咨询台"};
    private static final String[] BUSINESS = {"不动产转移登记", "不动产抵押登记", "社保卡补办", "医保异地就医备案", "公积金提取",
            "公积金贷款", "营业执照变更", "退休审核", "居住证办理", "户口迁移", "婚姻登记预约", "道路运输证年审", "出生医学证明补办",
            "灵活就业参保", "个体户注册"};
    private static final String[][] PROBLEMS = {
            {"要求补交的材料事先没有一次性告知，来回跑了三趟", "系统显示已受理但超过承诺时限仍没有结果", "被告知需要回户籍地办理，与公布的政策不符",
                    "同样的材料不同工作人员审核标准不一致", "办好的证件信息有错误，更正又要重新排队"},
            {"工作人员态度生硬，多次询问都不予答复", "窗口人员办事时一直在看手机", "被工作人员当众大声呵斥", "咨询时被推到其他窗口来回推诿",
                    "下班前半小时就以系统关闭为由拒绝受理"},
            {"取号后等了两个多小时还没有叫到", "预约的号被现场号插队", "叫号系统故障很久没有人出来说明", "网上预约成功到现场却查不到记录",
                    "老人没有智能手机无法预约，现场也不给取号"},
            {"咨询得到的答复与网上公布的政策不一致", "不同窗口对同一项政策的解释完全不同", "打热线咨询答复含糊，让自己去问别的部门",
                    "政策调整后没有任何公告，白跑一趟"},
            {"自助机经常故障，无法打印材料", "大厅空调不制冷，等候时闷热难忍", "无障碍通道被杂物堵住", "等候区座位太少，很多人只能站着",
                    "卫生间缺少纸巾且有异味"}};
    private static final String[] DEMAND = {"希望尽快处理并给予答复", "要求相关工作人员道歉", "希望改进办事流程", "请相关部门核实情况",
            "希望增加窗口数量", "要求说明原因并给出处理结果", "希望以后不要再发生类似情况"};
    private static final String[] CAUSE_TEXT = {"窗口人员未按一次性告知制度执行", "流程衔接存在缺口", "群众对政策理解有偏差", "系统或设施故障",
            "客观原因导致", "其他原因"};
    private static final String[] AGENCIES = {"TAX_BUREAU", "区税务局纳税服务厅", "12366", "PUBLIC_SECURITY", "公安局出入境与户政服务中心",
            "0571-87280110", "HOTLINE_12345", "12345 政务服务便民热线", "12345"};

    static final String[] RECEPTION = staff("rec", 12);
    static final String[] SUPERVISORS = staff("sup", 4);

    private static String[] staff(String prefix, int count) {
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = String.format("%s.%02d", prefix, i + 1);
        }
        return names;
    }

    public static String handlerId(Dept dept, int index) {
        return String.format("h.%s.%02d", dept.code().toLowerCase(java.util.Locale.ROOT), index + 1);
    }

    /** A stable display name for a user name. */
    static String displayName(String username) {
        int h = username.hashCode() & 0x7fffffff;
        return FAMILY[h % FAMILY.length] + GIVEN[(h / 131) % GIVEN.length] + ((h & 1) == 0 ? GIVEN[(h / 7) % GIVEN.length] : "");
    }

    // ------------------------------------------------------------------ phones

    private static final String[] MOBILE_PREFIXES = {"138", "139", "135", "136", "137", "150", "151", "152", "158", "159", "186",
            "187", "188", "130", "131", "132", "155", "156", "133", "153", "180", "189", "177", "199"};
    static final int FREQUENT_PHONES = 300;

    /** Phone number {@code n} of a pool; distinct n give distinct numbers; a few are landlines. */
    public static String phone(long n) {
        if (n % 20 == 7) {
            return String.format("0571-8%07d", (n / 20 * 7_919L) % 10_000_000L);
        }
        return MOBILE_PREFIXES[(int) (n % MOBILE_PREFIXES.length)]
                + String.format("%08d", (n / MOBILE_PREFIXES.length * 48_271L) % 100_000_000L);
    }

    // ------------------------------------------------------------------ state

    final long now;
    final long regularPhones;

    /** One history row as the server writes it. */
    record History(String action, String from, String to, String actorId, String role, String terminal, long at,
                   String summary) {
    }

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
            archive(v, events, r, t);
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
            archive(v, events, r, t9);
            return finish(v, events);
        }
        return finish(v, events);
    }

    private void assign(Object[] v, Dept dept, String handler, String business, String supervisor, long at, String urgency) {
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

    private void appeal(Object[] v, String urgency, long at) {
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

    private void rate(Object[] v, List<History> events, SplittableRandom r, long at) {
        String[] satisfaction = {"VERY_SATISFIED", "SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED", "VERY_DISSATISFIED"};
        String rating = satisfaction[pickIndex(new double[] {45, 30, 12, 9, 4}, r)];
        set(v, Col.CITIZEN_RATING, rating);
        events.add(new History("RATED", status(v), status(v), "anonymous", "CITIZEN", "KIOSK-01", at, rating));
    }

    private void archive(Object[] v, List<History> events, SplittableRandom r, long finishedAt) {
        long at = finishedAt + DAY + (long) (r.nextDouble() * 20 * DAY);
        if (at > now) {
            return;
        }
        String from = status(v);
        set(v, Col.ARCHIVED_FROM, from);
        set(v, Col.ARCHIVED_AT, at);
        move(v, events, "ARCHIVED", "ARCHIVED", SUPERVISORS[0], "SUPERVISOR", "WIN-00", at, null);
    }

    private static void firstContact(Object[] v, String clerk) {
        if (v[Col.FIRST_CONTACT_OWNER.ordinal()] == null) {
            set(v, Col.FIRST_CONTACT_OWNER, clerk);
        }
        set(v, Col.FIRST_CONTACT_NAME, displayName((String) v[Col.FIRST_CONTACT_OWNER.ordinal()]));
    }

    private static void move(Object[] v, List<History> events, String action, String to, String actor, String role,
                             String terminal, long at, String summary) {
        events.add(new History(action, status(v), to, actor, role, terminal, at, summary));
        set(v, Col.STATUS, to);
    }

    private static String status(Object[] v) {
        return (String) v[Col.STATUS.ordinal()];
    }

    private static void runClock(Object[] v, String stage, long due) {
        set(v, Col.CURRENT_STAGE, stage);
        set(v, Col.CURRENT_DUE, stage == null ? null : due);
    }

    /** FILED, one step from the middle (the assignment when there was one) and the last step. */
    private static List<History> finish(Object[] v, List<History> events) {
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

    // ------------------------------------------------------------------ deadlines

    /** The deadline of {@code stage} for {@code urgency} started at {@code start}, as deadlines.properties says. */
    static long due(String stage, String urgency, long start) {
        String rule = switch (stage + "." + urgency) {
            case "acknowledge.NORMAL" -> "1wd";
            case "acknowledge.URGENT" -> "4h";
            case "acknowledge.EMERGENCY" -> "1h";
            case "signFor.NORMAL" -> "2wd";
            case "signFor.URGENT" -> "1wd";
            case "signFor.EMERGENCY" -> "2h";
            case "handle.NORMAL" -> "5wd";
            case "handle.URGENT" -> "1wd";
            case "handle.EMERGENCY" -> "sameday";
            case "feedback.NORMAL" -> "2wd";
            default -> "1wd";
        };
        long local = start + ZONE_OFFSET;
        long day = Math.floorDiv(local, DAY);
        if (rule.endsWith("h")) {
            return start + Long.parseLong(rule.substring(0, rule.length() - 1)) * HOUR;
        }
        if (rule.equals("sameday")) {
            long end = day * DAY + END_OF_WORKING_DAY;
            return (local <= end ? end : day * DAY + DAY - 1) - ZONE_OFFSET;
        }
        int n = Integer.parseInt(rule.substring(0, rule.length() - 2));
        while (!workingDay(day)) {
            day++;
        }
        for (int i = 0; i < n; i++) {
            day++;
            while (!workingDay(day)) {
                day++;
            }
        }
        return day * DAY + END_OF_WORKING_DAY - ZONE_OFFSET;
    }

    /** Monday to Friday (1970-01-01 was a Thursday). */
    static boolean workingDay(long epochDay) {
        return Math.floorMod(epochDay + 3, 7) < 5;
    }

    // ------------------------------------------------------------------ randomness

    static double exp(SplittableRandom r, double mean) {
        return -mean * Math.log(1 - r.nextDouble());
    }

    static double gaussian(SplittableRandom r) {
        double u1 = 1 - r.nextDouble();
        double u2 = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    static long mix(long x) {
        x = (x ^ (x >>> 30)) * 0xbf58476d1ce4e5b9L;
        x = (x ^ (x >>> 27)) * 0x94d049bb133111ebL;
        return x ^ (x >>> 31);
    }

    private static int pickIndex(double[] weights, SplittableRandom r) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static <T> T pick(T[] items, SplittableRandom r) {
        double[] weights = new double[items.length];
        for (int i = 0; i < items.length; i++) {
            Object item = items[i];
            weights[i] = item instanceof Dept d ? d.weight() : item instanceof Category c ? c.weight() : ((ChannelKind) item).weight();
        }
        return items[pickIndex(weights, r)];
    }

    private static <T> int indexOf(T[] items, T item) {
        for (int i = 0; i < items.length; i++) {
            if (items[i] == item) {
                return i;
            }
        }
        throw new IllegalArgumentException(String.valueOf(item));
    }

    private static void set(Object[] v, Col col, Object value) {
        v[col.ordinal()] = value;
    }
}
