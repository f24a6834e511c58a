package org.servicehall.domain.model.complaint;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import org.servicehall.domain.model.calendar.DeadlinePolicy;
import org.servicehall.domain.model.calendar.Urgency;
import org.servicehall.domain.shared.Actor;
import org.servicehall.domain.shared.Actor.Role;

/**
 * Test-only builder: files a complaint and drives it to a given status through the named
 * transitions, each done by the actor the process expects, at fixed instants. The case is a
 * complaint about clerk zhang.wei of the real-estate registration window, filed at a kiosk, accepted
 * by reception clerk wang.fang, triaged and assigned by supervisor zhao.min to handler sun.li of
 * REAL_ESTATE.
 *
 * <p>{@code Cases.investigating()} and friends build the standard case; {@code Cases.builder()}
 * changes urgency, major, complainant, the staff member complained about, receipt time or policy.
 */
public final class Cases {

    // ------------------------------------------------------------------ when (Monday 2026-11-30 on, in UTC; the hall is UTC+8)

    public static final Instant RECEIVED_AT = Instant.parse("2026-11-30T02:00:00Z");   // Mon 10:00
    public static final Instant ACCEPTED_AT = Instant.parse("2026-11-30T02:10:00Z");
    public static final Instant TRIAGED_AT = Instant.parse("2026-11-30T02:20:00Z");
    public static final Instant ASSIGNED_AT = Instant.parse("2026-11-30T02:30:00Z");
    public static final Instant SIGNED_FOR_AT = Instant.parse("2026-11-30T06:00:00Z"); // Mon 14:00
    public static final Instant RETURNED_AT = SIGNED_FOR_AT;
    public static final Instant FOUND_AT = Instant.parse("2026-12-01T02:00:00Z");      // Tue 10:00
    public static final Instant PLANNED_AT = Instant.parse("2026-12-01T03:00:00Z");
    public static final Instant APPROVED_AT = Instant.parse("2026-12-01T04:00:00Z");
    public static final Instant MEASURED_AT = Instant.parse("2026-12-02T02:00:00Z");   // Wed 10:00
    public static final Instant COMPLETED_AT = Instant.parse("2026-12-02T06:00:00Z");
    public static final Instant FED_BACK_AT = Instant.parse("2026-12-03T02:00:00Z");   // Thu 10:00
    public static final Instant APPEALED_AT = Instant.parse("2026-12-04T02:00:00Z");   // Fri 10:00
    public static final Instant ARCHIVED_AT = Instant.parse("2026-12-04T02:00:00Z");
    /** When a test's own next step happens: after every step above. */
    public static final Instant LATER = Instant.parse("2026-12-07T02:00:00Z");         // Mon 10:00

    // ------------------------------------------------------------------ who

    public static final String REAL_ESTATE_CODE = "REAL_ESTATE";
    public static final DepartmentRef REAL_ESTATE = new DepartmentRef(REAL_ESTATE_CODE, "不动产登记中心", "0571-87001234");
    public static final DepartmentRef TAX = new DepartmentRef("TAX", "税务窗口", "0571-87005678");
    public static final DepartmentRef HOUSING_BUREAU = new DepartmentRef("HOUSING_BUREAU", "市住房保障局", "0571-12345678");

    public static final Actor CITIZEN = Actor.citizen("kiosk-7");
    public static final Actor RECEPTION = Actor.staff("wang.fang", Role.RECEPTION, "window-1", "RECEPTION");
    public static final String RECEPTION_NAME = "王芳";
    public static final Actor OTHER_RECEPTION = Actor.staff("li.na", Role.RECEPTION, "window-2", "RECEPTION");
    public static final Actor SUPERVISOR = Actor.staff("zhao.min", Role.SUPERVISOR, "office-pc-1", "OFFICE");
    public static final Actor OTHER_SUPERVISOR = Actor.staff("liu.yang", Role.SUPERVISOR, "office-pc-2", "OFFICE");
    public static final Actor HANDLER = Actor.staff("sun.li", Role.HANDLER, "re-pc-3", REAL_ESTATE_CODE);
    public static final StaffRef SUN_LI = new StaffRef("sun.li", "孙丽", REAL_ESTATE_CODE);
    public static final Actor SECOND_HANDLER = Actor.staff("zhou.jie", Role.HANDLER, "re-pc-4", REAL_ESTATE_CODE);
    public static final StaffRef ZHOU_JIE = new StaffRef("zhou.jie", "周杰", REAL_ESTATE_CODE);
    public static final Actor TAX_HANDLER = Actor.staff("qian.hao", Role.HANDLER, "tax-pc-1", "TAX");
    public static final StaffRef QIAN_HAO = new StaffRef("qian.hao", "钱浩", "TAX");
    /** The clerk the complaint is about: a handler of the very department the case goes to. */
    public static final Actor COMPLAINED_ABOUT = Actor.staff("zhang.wei", Role.HANDLER, "window-5", REAL_ESTATE_CODE);
    public static final StaffRef ZHANG_WEI = new StaffRef("zhang.wei", "张伟", REAL_ESTATE_CODE);
    public static final Actor SYSTEM = Actor.system("escalation-rule");

    // ------------------------------------------------------------------ what

    public static final TrackingNumber NUMBER = TrackingNumber.of(LocalDate.of(2026, 11, 30), 7);
    public static final TrackingNumber OTHER_NUMBER = TrackingNumber.of(LocalDate.of(2026, 11, 29), 12);
    public static final CategorySnapshot CATEGORY = new CategorySnapshot("SERVICE_ATTITUDE", "服务态度", "Service attitude");
    public static final CategorySnapshot DELAY = new CategorySnapshot("PROCESSING_DELAY", "办理超时", "Processing delay");
    public static final String DESCRIPTION = "3号窗口工作人员态度恶劣，拒绝受理我的不动产登记材料。";
    public static final Complainant COMPLAINANT = Complainant.named("张三", new PhoneNumber("13812345678"), null);
    public static final String SERVICE_STEP = "不动产登记 - 材料审核";
    public static final String SCOPE = "核实3号窗口受理过程及工作人员态度";
    public static final String STANDARDS = "《政务服务中心服务规范》第12条";
    public static final Assessment ORDINARY = new Assessment(Assessment.Severity.MEDIUM, false, false, false, null);
    public static final Assessment MAJOR = new Assessment(Assessment.Severity.HIGH, true, true, false, null);
    public static final Finding FINDING = new Finding(Finding.Outcome.PARTLY_SUBSTANTIATED, "拒绝受理属实",
            Finding.Cause.STAFF_ERROR, null, "监控录像及当事人笔录");
    public static final HandlingPlan PLAN = new HandlingPlan("当面道歉，重新受理材料", "孙丽", LocalDate.of(2026, 12, 4));
    public static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    public static final Evidence.StoredFile PHOTO =
            new Evidence.StoredFile("window3.jpg", "image/jpeg", 48_213L, SHA256, "evidence/2026/11/30/abc");

    private Cases() {
    }

    /** The registration form naming {@code staffId} as the staff member complained about. */
    public static Registration registrationAbout(String staffId) {
        return new Registration(SERVICE_STEP, "3号窗口 张伟", staffId, Instant.parse("2026-11-27T06:00:00Z"),
                "要求道歉并重新受理", "现场照片两张");
    }

    /** Feedback by phone with which the complainant is satisfied. */
    public static Feedback satisfied() {
        return Feedback.given(Feedback.Method.PHONE, "投诉部分属实，已道歉并重新受理", "满意", Satisfaction.SATISFIED, false);
    }

    /** A staff member at terminal pc-x. */
    public static Actor staff(String id, Role role, String department) {
        return Actor.staff(id, role, "pc-x", department);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Complaint received() {
        return builder().received();
    }

    public static Complaint receivedAtWindow() {
        return builder().receivedBy(RECEPTION).received();
    }

    public static Complaint resolvedOnSpot() {
        return builder().resolvedOnSpot();
    }

    public static Complaint redirected() {
        return builder().redirected();
    }

    public static Complaint registered() {
        return builder().registered();
    }

    public static Complaint triaged() {
        return builder().triaged();
    }

    public static Complaint triaged(Urgency urgency) {
        return builder().urgency(urgency).triaged();
    }

    public static Complaint assigned() {
        return builder().assigned();
    }

    public static Complaint returned() {
        return builder().returned();
    }

    public static Complaint investigating() {
        return builder().investigating();
    }

    public static Complaint decided() {
        return builder().decided();
    }

    /** An urgent case whose plan waits for the supervisor. */
    public static Complaint awaitingApproval() {
        return builder().urgency(Urgency.URGENT).awaitingApproval();
    }

    public static Complaint implementing() {
        return builder().implementing();
    }

    public static Complaint awaitingFeedback() {
        return builder().awaitingFeedback();
    }

    public static Complaint closed(Satisfaction satisfaction) {
        return builder().closed(satisfaction);
    }

    /** Closed dissatisfied, then appealed by reception on the complainant's behalf. */
    public static Complaint appealed() {
        return builder().appealed();
    }

    /** Closed satisfied, then archived by the supervisor. */
    public static Complaint archived() {
        return builder().archived();
    }

    /** A case in {@code status}, reached the standard way (an urgent case for AWAITING_APPROVAL). */
    public static Complaint in(ComplaintStatus status) {
        return switch (status) {
            case RECEIVED -> received();
            case RESOLVED_ON_SPOT -> resolvedOnSpot();
            case REDIRECTED -> redirected();
            case REGISTERED -> registered();
            case TRIAGED -> triaged();
            case ASSIGNED -> assigned();
            case RETURNED -> returned();
            case INVESTIGATING -> investigating();
            case DECIDED -> decided();
            case AWAITING_APPROVAL -> awaitingApproval();
            case IMPLEMENTING -> implementing();
            case AWAITING_FEEDBACK -> awaitingFeedback();
            case CLOSED -> closed(Satisfaction.SATISFIED);
            case APPEALED -> appealed();
            case ARCHIVED -> archived();
        };
    }

    /**
     * Gives a case-file item (duplicate flag, extension, ...) or a complaint the id the database
     * would; unit tests run without JPA, and decisions find their item by id. A complaint's id is
     * declared by its superclass {@link CaseFile}.
     */
    public static <T> T identify(T entity, long id) {
        try {
            Class<?> type = entity.getClass();
            while (type.getSuperclass() != null && Arrays.stream(type.getDeclaredFields()).noneMatch(f -> f.getName().equals("id"))) {
                type = type.getSuperclass();
            }
            Field field = type.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Drives one complaint; each call starts a new one. */
    public static final class Builder {

        private Urgency urgency = Urgency.NORMAL;
        private Assessment assessment = ORDINARY;
        private Complainant complainant = COMPLAINANT;
        private String complainedAbout = ZHANG_WEI.username();
        private Actor receivedBy = CITIZEN;
        private Instant receivedAt = RECEIVED_AT;
        private DeadlinePolicy policy = Fixtures.DEADLINES;
        private TrackingNumber number = NUMBER;
        private String description = DESCRIPTION;

        private Builder() {
        }

        public Builder urgency(Urgency value) {
            this.urgency = Objects.requireNonNull(value);
            return this;
        }

        /** A major complaint (重大投诉): its plan needs approval even at normal urgency. */
        public Builder major() {
            this.assessment = MAJOR;
            return this;
        }

        public Builder complainant(Complainant value) {
            this.complainant = Objects.requireNonNull(value);
            return this;
        }

        public Builder anonymous() {
            return complainant(Complainant.anonymous());
        }

        /** The user name of the staff member complained about (default zhang.wei). */
        public Builder about(String username) {
            this.complainedAbout = username;
            return this;
        }

        public Builder receivedBy(Actor actor) {
            this.receivedBy = Objects.requireNonNull(actor);
            return this;
        }

        public Builder receivedAt(Instant at) {
            this.receivedAt = Objects.requireNonNull(at);
            return this;
        }

        public Builder policy(DeadlinePolicy value) {
            this.policy = Objects.requireNonNull(value);
            return this;
        }

        /** The tracking number (default {@link #NUMBER}): complaints stored together need their own. */
        public Builder number(TrackingNumber value) {
            this.number = Objects.requireNonNull(value);
            return this;
        }

        public Builder description(String value) {
            this.description = Objects.requireNonNull(value);
            return this;
        }

        public Registration registration() {
            return registrationAbout(complainedAbout);
        }

        public Complaint received() {
            Channel channel = receivedBy.role() == Role.CITIZEN ? Channel.KIOSK : Channel.WINDOW;
            return Complaint.receive(number, channel, CATEGORY, description, complainant, receivedBy, receivedAt, null, policy);
        }

        public Complaint resolvedOnSpot() {
            Complaint complaint = received();
            complaint.reception().resolveOnSpot("当场协调窗口重新受理", RECEPTION, RECEPTION_NAME, ACCEPTED_AT);
            return complaint;
        }

        public Complaint redirected() {
            Complaint complaint = received();
            complaint.reception().redirect(new Referral(HOUSING_BUREAU, "公租房分配不属于本中心受理范围"), RECEPTION, RECEPTION_NAME, ACCEPTED_AT);
            return complaint;
        }

        public Complaint registered() {
            Complaint complaint = received();
            complaint.reception().accept(registration(), null, RECEPTION, RECEPTION_NAME, ACCEPTED_AT);
            return complaint;
        }

        public Complaint triaged() {
            Complaint complaint = registered();
            complaint.triage().triage(CATEGORY, "不动产登记", urgency, assessment, SUPERVISOR, TRIAGED_AT, policy);
            return complaint;
        }

        public Complaint assigned() {
            Complaint complaint = triaged();
            complaint.investigation().assign(REAL_ESTATE, SUN_LI, SCOPE, STANDARDS, null, SUPERVISOR, ASSIGNED_AT, policy);
            return complaint;
        }

        public Complaint returned() {
            Complaint complaint = assigned();
            complaint.investigation().returnAssignment("涉及税务窗口，非本部门职责", HANDLER, RETURNED_AT);
            return complaint;
        }

        public Complaint investigating() {
            Complaint complaint = assigned();
            complaint.investigation().signFor(HANDLER, SIGNED_FOR_AT);
            return complaint;
        }

        public Complaint decided() {
            Complaint complaint = investigating();
            complaint.investigation().recordFinding(FINDING, HANDLER, FOUND_AT);
            return complaint;
        }

        public Complaint awaitingApproval() {
            Complaint complaint = decided();
            complaint.handling().proposePlan(PLAN, HANDLER, PLANNED_AT);
            if (complaint.status() != ComplaintStatus.AWAITING_APPROVAL) {
                throw new IllegalStateException("only urgent, emergency or major plans wait for approval");
            }
            return complaint;
        }

        public Complaint implementing() {
            Complaint complaint = decided();
            complaint.handling().proposePlan(PLAN, HANDLER, PLANNED_AT);
            if (complaint.status() == ComplaintStatus.AWAITING_APPROVAL) {
                complaint.handling().approvePlan(SUPERVISOR, APPROVED_AT);
            }
            return complaint;
        }

        public Complaint awaitingFeedback() {
            Complaint complaint = implementing();
            complaint.handling().recordMeasure(Measure.Kind.APOLOGY, "科长带当事窗口人员当面道歉", HANDLER, MEASURED_AT);
            complaint.handling().completeHandling(HANDLER, COMPLETED_AT, policy);
            return complaint;
        }

        public Complaint closed(Satisfaction satisfaction) {
            Complaint complaint = awaitingFeedback();
            complaint.handling().recordFeedback(Feedback.given(Feedback.Method.PHONE, "投诉部分属实，已道歉并重新受理", "接受处理结果",
                    satisfaction, satisfaction.isDissatisfied()), RECEPTION, FED_BACK_AT);
            return complaint;
        }

        public Complaint appealed() {
            Complaint complaint = closed(Satisfaction.DISSATISFIED);
            complaint.aftercare().appeal("道歉流于形式，要求追究责任", RECEPTION, APPEALED_AT, policy);
            return complaint;
        }

        public Complaint archived() {
            Complaint complaint = closed(Satisfaction.SATISFIED);
            complaint.aftercare().archive(SUPERVISOR, ARCHIVED_AT);
            return complaint;
        }
    }
}
