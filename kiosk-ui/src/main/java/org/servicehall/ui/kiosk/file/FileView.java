package org.servicehall.ui.kiosk.file;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicehall.ui.citizen.CitizenSession;
import org.servicehall.ui.facade.KioskFacade;
import org.servicehall.ui.facade.dto.CategoryTile;
import org.servicehall.ui.facade.dto.Choice;
import org.servicehall.ui.facade.dto.EnteredFiling;
import org.servicehall.ui.facade.dto.FieldSpec;
import org.servicehall.ui.facade.dto.FilingResult;
import org.servicehall.ui.facade.dto.Receipt;
import org.servicehall.ui.kiosk.KioskSession;
import org.servicehall.ui.support.DayPicker;
import org.servicehall.ui.support.Messages;
import org.servicehall.ui.support.PublicLinks;
import org.servicehall.ui.support.QrCodes;

/**
 * The filing wizard ({@code kiosk/file.xhtml}): category → common problems → details → contact →
 * review → receipt, all in one view so that the browser's history never holds a step. What the
 * citizen chose lives in one value per concern ({@link Problem}, {@link Incident},
 * {@link FieldAnswers}, {@link Contact}); this bean moves between the steps and files. One
 * idempotency key per wizard: however often Submit is tapped, one complaint is filed. In elderly
 * mode each screen shows fewer things: tiles and problems four at a time, details one question at a
 * time.
 */
@Named
@ViewScoped
public class FileView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(FileView.class.getName());

    @Inject
    KioskFacade facade;

    @Inject
    KioskSession kiosk;

    @Inject
    CitizenSession citizen;

    private final Position position = new Position();
    private final Problem problem = new Problem();
    private final Incident incident = new Incident();
    private final FieldAnswers fields = new FieldAnswers();
    private final Contact contact = new Contact();
    private final String idempotencyKey = "kiosk-" + UUID.randomUUID();
    private Receipt receipt;

    // ------------------------------------------------------------ 1. category, 2. common problems

    public List<CategoryTile> getCategories() {
        return facade.categories(citizen.getLocale());
    }

    /** The tiles on this screen: all of them, or four at a time in elderly mode. */
    public List<CategoryTile> getVisibleCategories() {
        return position.page(getCategories(), kiosk.isElderly(), getPageCount());
    }

    public void chooseCategory(String code) {
        CategoryTile chosen = getCategories().stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
        if (chosen == null) {
            Messages.error("error.categoryCode.unknown");
            return;
        }
        if (problem.choose(chosen)) {
            fields.clear();
        }
        position.go(chosen.quickPicks().isEmpty() ? Step.DETAILS : Step.PROBLEM);
    }

    /** The problems on this screen: all of them, or four at a time in elderly mode. */
    public List<Choice> getVisibleQuickPicks() {
        return position.page(problem.quickPicks(), kiosk.isElderly(), getPageCount());
    }

    public int getPageCount() {
        int items = position.step() == Step.CATEGORY ? getCategories().size() : problem.quickPicks().size();
        return Position.pageCount(items, kiosk.isElderly());
    }

    public int getPageNumber() {
        return position.pageNumber(getPageCount());
    }

    public void nextPage() {
        position.nextPage(getPageCount());
    }

    // ------------------------------------------------------------ 3. details

    /** The questions of the details step, in order: the category's own fields last, when it has any. */
    public List<Section> getSections() {
        return Position.sections(!problem.fields().isEmpty());
    }

    /** Whether the details screen shows this question now: all at once, or one at a time in elderly mode. */
    public boolean shows(String name) {
        return position.step() == Step.DETAILS && (!kiosk.isElderly() || currentSection() == Section.valueOf(name));
    }

    private Section currentSection() {
        List<Section> sections = getSections();
        return sections.get(position.section(sections.size()));
    }

    public int getSectionNumber() {
        return position.section(getSections().size()) + 1;
    }

    public void chooseWhen(String choice) {
        incident.chooseWhen(choice, citizen.getToday());
    }

    /** The day picker of a date field, created on first use, starting today. */
    public DayPicker dateEntry(FieldSpec field) {
        return fields.dateEntry(field, citizen.getToday());
    }

    /** Next within the details step: to the next question in elderly mode, else on to the contact. */
    public void nextFromDetails() {
        Section current = kiosk.isElderly() ? currentSection() : null;
        if ((current == null || current == Section.WORDS)
                && (!problem.wordsOk() || !kiosk.isElderly() && !incident.numberOk())) {
            return;
        }
        if (kiosk.isElderly() && position.nextSection(getSections().size())) {
            return;
        }
        if (incident.numberOk() && fields.check(problem.fields(), citizen.getLocale())) {
            position.go(Step.CONTACT);
        }
    }

    /** The day it happened, as said: today, yesterday, a picked earlier day, or nothing. */
    public LocalDate getIncidentDay() {
        return incident.day(citizen.getToday());
    }

    /** The answers as the review shows them, in the field's order, with choice labels. */
    public List<String[]> getAnswerLines() {
        return fields.lines(problem.fields(), citizen.getLocale());
    }

    // ------------------------------------------------------------ 4. contact

    public void usePhone() {
        if (contact.usePhone()) {
            position.go(Step.REVIEW);
        }
    }

    public void stayAnonymous() {
        contact.stayAnonymous();
        position.go(Step.REVIEW);
    }

    // ------------------------------------------------------------ moving around

    /** Goes to an earlier step to change something; never past the receipt. */
    public void change(String target) {
        if (position.step() != Step.RECEIPT) {
            position.go(Step.valueOf(target));
        }
    }

    public void back() {
        position.back(kiosk.isElderly(), problem.hasQuickPicks(), getSections().size());
    }

    // ------------------------------------------------------------ 5. review and submit

    /** Files the complaint. Repeated taps (even concurrent ones) file once: same idempotency key. */
    public synchronized void submit() {
        if (receipt != null) {
            position.go(Step.RECEIPT);
            return;
        }
        if (problem.getCategory() == null) {
            position.go(Step.CATEGORY);
            return;
        }
        problem.fields().forEach(fields::collect);
        EnteredFiling entered = new EnteredFiling(problem.getCategory().code(), problem.getDescription(),
                contact.phoneToFile(), contact.isAnonymous(), kiosk.getTerminal(), idempotencyKey, problem.pickedCodes(),
                fields.getAnswers(), incident.windowNumber(), incident.staffNumber(), getIncidentDay(), "KIOSK",
                contact.consentsToSms(), null);
        FilingResult result;
        try {
            result = facade.file(entered);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Kiosk filing failed; the citizen may retry", e);
            Messages.error("error.unavailable");
            return;
        }
        if (result.isFiled()) {
            receipt = result.receipt();
            position.go(Step.RECEIPT);
            return;
        }
        Step earliest = Refusals.show(result.errors(), citizen.getLocale());
        position.go(earliest);
        if (earliest == Step.CATEGORY) {
            problem.forgetCategory();
        }
    }

    // ------------------------------------------------------------ reading

    /** Steps shown in the progress bar (the receipt is not one). */
    public List<Step> getSteps() {
        return List.of(Step.CATEGORY, Step.PROBLEM, Step.DETAILS, Step.CONTACT, Step.REVIEW);
    }

    public int getStepNumber() {
        return position.step().ordinal() + 1;
    }

    public Step getStep() {
        return position.step();
    }

    public Problem getProblem() {
        return problem;
    }

    public Incident getIncident() {
        return incident;
    }

    public FieldAnswers getFields() {
        return fields;
    }

    public Contact getContact() {
        return contact;
    }

    public Receipt getReceipt() {
        return receipt;
    }

    /** The tracking number in groups for reading aloud: TS · 2026 · 1128 · 00042. */
    public List<String> getTrackingGroups() {
        return receipt == null ? List.of() : PublicLinks.groups(receipt.trackingNumber());
    }

    /** The public status page of this complaint, for the receipt's QR code. */
    public String getStatusUrl() {
        return receipt == null ? null : PublicLinks.statusUrl(kiosk.getPublicUrl(), receipt.trackingNumber(), receipt.queryCode());
    }

    /** The receipt's QR code as an image address (SVG). */
    public String getQrCode() {
        return receipt == null ? null : QrCodes.svgDataUri(getStatusUrl());
    }
}
