package org.servicehall.ui.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.servicehall.ui.facade.KioskFacade;
import org.servicehall.ui.facade.staff.CaseSheet;
import org.servicehall.ui.facade.staff.DuplicateHint;
import org.servicehall.ui.facade.staff.Option;
import org.servicehall.ui.facade.staff.QueuePage;
import org.servicehall.ui.facade.staff.QueueQuery;
import org.servicehall.ui.facade.staff.CaseDesk;
import org.servicehall.ui.facade.staff.OfficeDesk;
import org.servicehall.ui.facade.staff.StepRefusedException;
import org.servicehall.ui.facade.staff.WindowForm;
import org.servicehall.ui.support.PublicLinks;
import org.servicehall.ui.support.QrCodes;

/**
 * The reception window: one form for a complaint made in person, by phone, by letter or from the
 * suggestion box, and the first response given at once — resolved on the spot, redirected out of
 * remit, or accepted for handling. After a refusal nothing typed is lost.
 */
@Named
@ViewScoped
public class WindowView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The channels a window registers; kiosk and online channels file themselves. */
    public static final List<String> CHANNELS = List.of("WINDOW", "PHONE_HOTLINE", "VISIT", "LETTER", "SUGGESTION_BOX");

    @Inject
    transient CaseDesk desk;

    @Inject
    transient OfficeDesk office;

    @Inject
    StaffSession session;

    /** For the address phones reach (servicehall.public.url), which the receipt's QR code links to. */
    @Inject
    transient KioskFacade kiosks;

    private String channel = "WINDOW";
    private String categoryCode;
    private String description;
    private String complainantName;
    private String complainantPhone;
    private boolean anonymous;
    /** The complainant agreed, asked by the clerk, to be told by SMS at the phone number given. */
    private boolean smsConsent;
    private String staffComplainedAbout;
    private String staffComplainedAboutId;
    private String serviceStep;
    private String expectedOutcome;
    private String outcome = "ACCEPT";
    private String whatWasDone;
    private String agencyCode;
    private String explanation;
    private String idempotencyKey;
    private List<DuplicateHint> duplicates = List.of();
    private CaseSheet receipt;
    private QueuePage arrivals;

    @PostConstruct
    void init() {
        idempotencyKey = UUID.randomUUID().toString();
    }

    public void submit() {
        try {
            receipt = desk.receiveAtWindow(new WindowForm(channel, categoryCode, description, complainantName,
                    complainantPhone, null, anonymous, serviceStep, staffComplainedAbout, staffComplainedAboutId, null, expectedOutcome,
                    null, outcome, whatWasDone, agencyCode, explanation, "WINDOW", idempotencyKey, smsConsent && !anonymous),
                    session.getLocale());
        } catch (StepRefusedException refused) {
            StaffPages.show(refused, "window");
        }
    }

    /** A fresh form for the next citizen at the window. */
    public void next() {
        channel = "WINDOW";
        categoryCode = null;
        description = null;
        complainantName = null;
        complainantPhone = null;
        anonymous = false;
        smsConsent = false;
        staffComplainedAbout = null;
        staffComplainedAboutId = null;
        serviceStep = null;
        expectedOutcome = null;
        outcome = "ACCEPT";
        whatWasDone = null;
        agencyCode = null;
        explanation = null;
        duplicates = List.of();
        receipt = null;
        idempotencyKey = UUID.randomUUID().toString();
    }

    /** The complaints filed through a channel that wait for a first response, the newest first (read on a push). */
    public QueuePage getArrivals() {
        if (arrivals == null) {
            refreshArrivals();
        }
        return arrivals;
    }

    public void refreshArrivals() {
        try {
            arrivals = desk.queue(new QueueQuery("NEW", null, null, null, null, null, "-receivedAt", 0, 5),
                    session.getLocale());
        } catch (StepRefusedException refused) {
            arrivals = new QueuePage(List.of(), 0);
        }
    }

    /**
     * Looks for earlier complaints from the same phone, or about the same staff member in the same
     * category, while the clerk types on.
     */
    public void lookForDuplicates() {
        duplicates = desk.possibleDuplicates(complainantPhone, staffComplainedAboutId, staffComplainedAbout, categoryCode,
                session.getLocale());
    }

    public List<Option> getCategories() {
        return office.categories(session.getLocale());
    }

    public List<Option> getAgencies() {
        return office.agencies(session.getLocale());
    }

    /** The hall's staff, for naming the one complained about (who then may not see the case). */
    public List<Option> getStaff() {
        return office.staff();
    }

    public List<String> getChannels() {
        return CHANNELS;
    }

    /** The agency chosen for the redirect, with its contact for the citizen. */
    public Option getAgency() {
        return agencyCode == null ? null
                : getAgencies().stream().filter(a -> a.code().equals(agencyCode)).findFirst().orElse(null);
    }

    public String getQrCode() {
        return receipt == null ? null
                : QrCodes.svgDataUri(PublicLinks.statusUrl(kiosks.settings().publicUrl(), receipt.trackingNumber(),
                        receipt.queryCode()));
    }

    public List<String> getNumberGroups() {
        return receipt == null ? List.of() : PublicLinks.groups(receipt.trackingNumber());
    }

    // ---------------------------------------------------------------- form properties

    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getCategoryCode() { return categoryCode; }
    public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getComplainantName() { return complainantName; }
    public void setComplainantName(String complainantName) { this.complainantName = complainantName; }
    public String getComplainantPhone() { return complainantPhone; }
    public void setComplainantPhone(String complainantPhone) { this.complainantPhone = complainantPhone; }
    public boolean isAnonymous() { return anonymous; }
    public void setAnonymous(boolean anonymous) { this.anonymous = anonymous; }
    public boolean isSmsConsent() { return smsConsent; }
    public void setSmsConsent(boolean smsConsent) { this.smsConsent = smsConsent; }
    public String getStaffComplainedAbout() { return staffComplainedAbout; }
    public void setStaffComplainedAbout(String staffComplainedAbout) { this.staffComplainedAbout = staffComplainedAbout; }
    public String getStaffComplainedAboutId() { return staffComplainedAboutId; }
    public void setStaffComplainedAboutId(String staffComplainedAboutId) { this.staffComplainedAboutId = staffComplainedAboutId; }
    public String getServiceStep() { return serviceStep; }
    public void setServiceStep(String serviceStep) { this.serviceStep = serviceStep; }
    public String getExpectedOutcome() { return expectedOutcome; }
    public void setExpectedOutcome(String expectedOutcome) { this.expectedOutcome = expectedOutcome; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getWhatWasDone() { return whatWasDone; }
    public void setWhatWasDone(String whatWasDone) { this.whatWasDone = whatWasDone; }
    public String getAgencyCode() { return agencyCode; }
    public void setAgencyCode(String agencyCode) { this.agencyCode = agencyCode; }
    public String getExplanation() { return explanation; }
    public void setExplanation(String explanation) { this.explanation = explanation; }
    public List<DuplicateHint> getDuplicates() { return duplicates; }
    public CaseSheet getReceipt() { return receipt; }
}
