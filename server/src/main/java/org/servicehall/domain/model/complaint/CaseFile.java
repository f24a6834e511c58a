package org.servicehall.domain.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.servicehall.domain.model.calendar.Urgency;

/**
 * What is kept of a complaint in its own row, column by column: the mapping that {@link Complaint}
 * inherits (the table, the named queries and the case's items are mapped there), and the only code
 * that changes a column of a stored complaint. {@link Complaint} and its stage facets read these
 * fields but change them only through the methods below, because EclipseLink weaves its change
 * tracking into the class that declares a field: a field written from another class would not be
 * stored.
 */
@MappedSuperclass
abstract class CaseFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaintIds")
    @SequenceGenerator(name = "complaintIds", sequenceName = "COMPLAINT_SEQ", allocationSize = 50)
    Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    long version;

    @Column(name = "TRACKING_NUMBER", nullable = false, updatable = false, length = 20)
    String trackingNumber;

    @Column(name = "CHANNEL", nullable = false, updatable = false, length = 40)
    String channel;

    @Column(name = "RECEIVING_TERMINAL", updatable = false, length = Complaint.TERMINAL_MAX_LENGTH)
    String receivingTerminal;

    @Embedded
    Classification category;

    @Column(name = "BUSINESS_AREA", length = 100)
    String businessArea;

    @Enumerated(EnumType.STRING)
    @Column(name = "URGENCY", nullable = false, length = 20)
    Urgency urgency;

    @Column(name = "DESCRIPTION", nullable = false, length = Complaint.CHANNEL_DESCRIPTION_MAX_LENGTH)
    String description;

    @Embedded
    Complainant complainant;

    @Embedded
    Registration registration;

    /** The number of the service window the complaint is about, as given when filing (digits). */
    @Column(name = "WINDOW_COMPLAINED_ABOUT", updatable = false, length = Complaint.WINDOW_MAX_LENGTH)
    String windowComplainedAbout;

    @Embedded
    Assessment assessment;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 30)
    ComplaintStatus status;

    @Column(name = "RECEIVED_AT", nullable = false, updatable = false)
    Instant receivedAt;

    /** The day of receipt in the hall's time zone, for statistics by day and week. */
    @Column(name = "RECEIVED_DAY", nullable = false, updatable = false)
    LocalDate receivedDay;

    @Column(name = "IDEMPOTENCY_KEY", updatable = false, length = Complaint.IDEMPOTENCY_KEY_MAX_LENGTH)
    String idempotencyKey;

    /** For complaints from channel plugins; null for the others. */
    @Embedded
    ExternalReference external;

    /**
     * The receipt's query code; null for complaints filed before codes were issued. Staff replace
     * it when they hand the complainant a new one ({@link ReceptionSteps#reissueQueryCode}).
     */
    @Column(name = "QUERY_CODE", length = 12)
    String queryCode;

    @Embedded
    FirstContact firstContact;

    @Column(name = "ON_SPOT_RESOLUTION", length = 1000)
    String onSpotResolution;

    @Embedded
    Referral referral;

    @Embedded
    Assignment assignment;

    @Column(name = "RETURN_REASON", length = 1000)
    String returnReason;

    @Embedded
    Finding finding;

    @Embedded
    HandlingPlan plan;

    @Column(name = "PLAN_SENT_BACK_REASON", length = 1000)
    String planSentBackReason;

    @Embedded
    Feedback feedback;

    @Enumerated(EnumType.STRING)
    @Column(name = "CITIZEN_RATING", length = 20)
    Satisfaction citizenRating;

    @Embedded
    AppealRound appeal;

    @Embedded
    Supervision supervision;

    /** Null unless archived. */
    @Embedded
    ArchiveMark archived;

    @Embedded
    Deadlines deadlines = new Deadlines();

    CaseFile() {
        // for JPA, through Complaint
    }

    void setStatus(ComplaintStatus status) {
        this.status = status;
    }

    void classifyAs(CategorySnapshot category) {
        this.category = new Classification(category);
    }

    void register(Registration form, Complainant registered) {
        this.registration = form;
        if (registered != null) {
            this.complainant = registered;
        }
    }

    void classify(CategorySnapshot category, String businessArea, Urgency urgency, Assessment assessment) {
        this.assessment = assessment;
        classifyAs(category);
        this.businessArea = businessArea;
        this.urgency = urgency;
    }

    void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    void setExternal(ExternalReference external) {
        this.external = external;
    }

    void setWindowComplainedAbout(String windowNumber) {
        this.windowComplainedAbout = windowNumber;
    }

    void setQueryCode(String queryCode) {
        this.queryCode = queryCode;
    }

    void setFirstContact(FirstContact firstContact) {
        this.firstContact = firstContact;
    }

    void setOnSpotResolution(String onSpotResolution) {
        this.onSpotResolution = onSpotResolution;
    }

    void setReferral(Referral referral) {
        this.referral = referral;
    }

    void setAssignment(Assignment assignment) {
        this.assignment = assignment;
    }

    void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }

    void setFinding(Finding finding) {
        this.finding = finding;
    }

    void setPlan(HandlingPlan plan) {
        this.plan = plan;
    }

    void setPlanSentBackReason(String planSentBackReason) {
        this.planSentBackReason = planSentBackReason;
    }

    void setFeedback(Feedback feedback) {
        this.feedback = feedback;
    }

    void setCitizenRating(Satisfaction citizenRating) {
        this.citizenRating = citizenRating;
    }

    void setAppeal(AppealRound appeal) {
        this.appeal = appeal;
    }

    void setSupervision(Supervision supervision) {
        this.supervision = supervision;
    }

    void setArchived(ArchiveMark archived) {
        this.archived = archived;
    }
}
