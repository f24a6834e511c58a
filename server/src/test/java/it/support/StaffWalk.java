package it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Staff take a complaint through the process over the staff API, as the tests need it to be. */
public final class StaffWalk {

    private StaffWalk() {
    }

    /** Reception accepts, the supervisor triages and assigns to real estate, sun.li signs for. */
    public static JsonObject toSignFor(String number) {
        JsonObject c = Staff.RECEPTION.step(Staff.RECEPTION.view(number), "acceptance", Json.createObjectBuilder()
                .add("serviceStep", "不动产登记").add("expectedOutcome", "尽快办结"));
        c = Staff.SUPERVISOR.step(c, "triage", Json.createObjectBuilder().add("urgency", "NORMAL").add("severity", "MEDIUM")
                .add("major", false));
        c = Staff.SUPERVISOR.step(c, "assignment", Json.createObjectBuilder().add("departmentCode", "REAL_ESTATE")
                .add("handlerId", "sun.li").add("scope", "核实办理过程").add("standards", "5个工作日内办结"));
        c = Staff.SUN_LI.step(c, "sign-for");
        assertEquals("INVESTIGATING", c.getString("status"));
        return c;
    }

    /** On to CLOSED: finding, plan, measures, completion, and no feedback call (the complaint is anonymous). */
    public static JsonObject toClosedWithoutFeedback(String number) {
        JsonObject c = toSignFor(number);
        c = Staff.SUN_LI.step(c, "finding", Json.createObjectBuilder().add("outcome", "PARTLY_SUBSTANTIATED")
                .add("substantiatedParts", "办理时间过长").add("cause", "PROCESS_GAP").add("basis", "叫号记录"));
        c = Staff.SUN_LI.step(c, "plan", Json.createObjectBuilder().add("measures", "增开窗口").add("responsible", "科长")
                .add("dueOn", TestServer.hallToday().plusDays(3).toString()));
        c = Staff.SUN_LI.step(c, "measures", Json.createObjectBuilder().add("kind", "PROCESS_IMPROVED").add("details", "高峰期增开窗口"));
        c = Staff.SUN_LI.step(c, "handling-completion");
        c = Staff.SUN_LI.step(c, "feedback-skipped", Json.createObjectBuilder().add("reason", "匿名投诉，无法回访"));
        assertEquals("CLOSED", c.getString("status"));
        return c;
    }
}
