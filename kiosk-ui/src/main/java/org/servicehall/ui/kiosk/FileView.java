package org.servicehall.ui.kiosk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.servicehall.ui.citizen.CitizenSession;
import org.servicehall.ui.facade.KioskFacade;
import org.servicehall.ui.facade.dto.CategoryTile;
import org.servicehall.ui.facade.dto.Choice;
import org.servicehall.ui.facade.dto.FieldError;
import org.servicehall.ui.facade.dto.FieldSpec;
import org.servicehall.ui.facade.dto.FilingForm;
import org.servicehall.ui.facade.dto.FilingResult;
import org.servicehall.ui.facade.dto.Receipt;
import org.servicehall.ui.support.DayPicker;
import org.servicehall.ui.support.DigitEntry;
import org.servicehall.ui.support.Messages;
import org.servicehall.ui.support.PublicLinks;
import org.servicehall.ui.support.QrCodes;

/**
 * The filing wizard ({@code kiosk/file.xhtml}): category → common problems → details → contact →
 * review → receipt, all in one view so that the browser's history never holds a step. One
 * idempotency key per wizard: however often Submit is tapped, one complaint is filed. In elderly
 * mode each screen shows fewer things: tiles and problems four at a time, details one question at a
 * time.
 */
@Named
@ViewScoped
public class FileView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(FileView.class.getName());

    /** Mobile numbers, or landlines with area code typed as digits only. */
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{9,11}");

    /** The citizen's own words: what fits beside any problems tapped in the complaint's 2000 characters. */
    public static final int DESCRIPTION_MAX_LENGTH = 1000;

    /** How many tiles or problems an elderly-mode screen shows at once. */
    static final int ELDERLY_PAGE_SIZE = 4;

    /** How far back "when did it happen" goes. */
    static final int EARLIEST_DAYS_AGO = 365;

    /** The wizard's steps, in order; RECEIPT is not counted as a step. */
    public enum Step {
        CATEGORY, PROBLEM, DETAILS, CONTACT, REVIEW, RECEIPT
    }

    /** The questions of the details step; one per screen in elderly mode. */
    public enum Section {
        WORDS, WHO, WHEN, FIELDS
    }

    /** Whom the complaint concerns, as far as the citizen knows. */
    public enum Who {
        UNKNOWN, WINDOW, STAFF
    }

    /** When it happened. */
    public enum When {
        TODAY, YESTERDAY, EARLIER
    }

    @Inject
    KioskFacade facade;

    @Inject
    KioskSession kiosk;

    @Inject
    CitizenSession citizen;

    private Step step = Step.CATEGORY;
    private int page;
    private int section;
    private CategoryTile category;
    private final Set<String> picked = new LinkedHashSet<>();
    private String description;
    private Who who;
    private final DigitEntry whoNumber = new DigitEntry(8);
    private When when;
    private DayPicker earlier;
    private final Map<String, String> answers = new LinkedHashMap<>();
    private final Map<String, DigitEntry> numberEntries = new LinkedHashMap<>();
    private final Map<String, DayPicker> dateEntries = new LinkedHashMap<>();
    private final DigitEntry phone = new DigitEntry(12);
    private boolean anonymous;
    /** The citizen asked to be told by SMS how it goes (offered once a phone number is given). */
    private boolean smsConsent;
    private final String idempotencyKey = "kiosk-" + UUID.randomUUID();
    private Receipt receipt;

    // ------------------------------------------------------------ 1. category

    public List<CategoryTile> getCategories() {
        return facade.categories(citizen.getLocale());
    }

    /** The tiles on this screen: all of them, or four at a time in elderly mode. */
    public List<CategoryTile> getVisibleCategories() {
        return pageOf(getCategories());
    }

    public void chooseCategory(String code) {
        CategoryTile chosen = getCategories().stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
        if (chosen == null) {
            Messages.error("error.categoryCode.unknown");
            return;
        }
        if (category == null || !category.code().equals(chosen.code())) {
            picked.clear();
            answers.clear();
            numberEntries.clear();
            dateEntries.clear();
        }
        category = chosen;
        go(chosen.quickPicks().isEmpty() ? Step.DETAILS : Step.PROBLEM);
    }

    // ------------------------------------------------------------ 2. common problems

    /** The problems on this screen: all of them, or four at a time in elderly mode. */
    public List<Choice> getVisibleQuickPicks() {
        return category == null ? List.of() : pageOf(category.quickPicks());
    }

    public void togglePick(String code) {
        if (category != null && category.quickPick(code).isPresent() && !picked.remove(code)) {
            picked.add(code);
        }
    }

    public boolean isPicked(String code) {
        return picked.contains(code);
    }

    public List<Choice> getPickedChoices() {
        return category == null ? List.of()
                : category.quickPicks().stream().filter(pick -> picked.contains(pick.code())).toList();
    }

    // ------------------------------------------------------------ paging (elderly mode)

    private <T> List<T> pageOf(List<T> items) {
        if (!kiosk.isElderly() || items.size() <= ELDERLY_PAGE_SIZE) {
            return items;
        }
        int from = Math.min(page, getPageCount() - 1) * ELDERLY_PAGE_SIZE;
        return items.subList(from, Math.min(items.size(), from + ELDERLY_PAGE_SIZE));
    }

    private int itemCount() {
        return step == Step.CATEGORY ? getCategories().size() : category == null ? 0 : category.quickPicks().size();
    }

    public int getPageCount() {
        return kiosk.isElderly() ? Math.max(1, (itemCount() + ELDERLY_PAGE_SIZE - 1) / ELDERLY_PAGE_SIZE) : 1;
    }

    public int getPageNumber() {
        return Math.min(page, getPageCount() - 1) + 1;
    }

    public void nextPage() {
        page = (Math.min(page, getPageCount() - 1) + 1) % getPageCount();
    }

    // ------------------------------------------------------------ 3. details

    /** The questions of the details step, in order: the category's own fields last, when it has any. */
    public List<Section> getSections() {
        List<Section> sections = new ArrayList<>(List.of(Section.WORDS, Section.WHO, Section.WHEN));
        if (category != null && !category.fields().isEmpty()) {
            sections.add(Section.FIELDS);
        }
        return sections;
    }

    /** Whether the details screen shows this question now: all at once, or one at a time in elderly mode. */
    public boolean shows(String name) {
        return step == Step.DETAILS && (!kiosk.isElderly() || getSections().get(currentSection()) == Section.valueOf(name));
    }

    private int currentSection() {
        return Math.min(section, getSections().size() - 1);
    }

    public int getSectionNumber() {
        return currentSection() + 1;
    }

    public void chooseWho(String choice) {
        Who chosen = Who.valueOf(choice);
        if (chosen != who) {
            whoNumber.clear();
        }
        who = chosen;
    }

    public void chooseWhen(String choice) {
        when = When.valueOf(choice);
        if (when == When.EARLIER && earlier == null) {
            LocalDate today = citizen.getToday();
            earlier = new DayPicker(today.minusDays(2), today.minusDays(EARLIEST_DAYS_AGO), today.minusDays(2));
        }
    }

    /** Sets a choice field's answer; tapping the chosen answer again takes it back. */
    public void answer(String fieldCode, String choiceCode) {
        if (choiceCode.equals(answers.get(fieldCode))) {
            answers.remove(fieldCode);
        } else {
            answers.put(fieldCode, choiceCode);
        }
    }

    public String answerOf(String fieldCode) {
        return answers.get(fieldCode);
    }

    /** The keypad entry of a number field with a large range. */
    public DigitEntry numberEntry(FieldSpec field) {
        return numberEntries.computeIfAbsent(field.code(), code -> new DigitEntry(field.maxDigits()));
    }

    /** Whether a number field is small enough for − and + buttons rather than a keypad. */
    public boolean stepsThrough(FieldSpec field) {
        return field.max() - field.min() <= 100;
    }

    public void stepNumber(FieldSpec field, int by) {
        String current = answers.get(field.code());
        if (current == null && by < 0) {
            return;
        }
        long value = current == null ? field.min() : Long.parseLong(current) + by;
        answers.put(field.code(), Long.toString(Math.max(field.min(), Math.min(field.max(), value))));
    }

    /** The day picker of a date field, created on first use, starting today. */
    public DayPicker dateEntry(FieldSpec field) {
        return dateEntries.computeIfAbsent(field.code(), code -> {
            LocalDate today = citizen.getToday();
            return new DayPicker(today, today.minusDays(EARLIEST_DAYS_AGO), today.plusDays(EARLIEST_DAYS_AGO));
        });
    }

    /** Text answers, bound to their inputs; the map keeps only non-blank answers when leaving the step. */
    public Map<String, String> getAnswers() {
        return answers;
    }

    /** Next within the details step: to the next question in elderly mode, else on to the contact. */
    public void nextFromDetails() {
        Section current = kiosk.isElderly() ? getSections().get(currentSection()) : null;
        if ((current == null || current == Section.WORDS) && !wordsOk()) {
            return;
        }
        if (kiosk.isElderly() && currentSection() < getSections().size() - 1) {
            section = currentSection() + 1;
            return;
        }
        if (!fieldsOk()) {
            return;
        }
        go(Step.CONTACT);
    }

    private boolean wordsOk() {
        if (picked.isEmpty() && (description == null || description.isBlank())) {
            Messages.error(category != null && !category.quickPicks().isEmpty()
                    ? "error.description.requiredWithoutPick" : "error.description.required");
            return false;
        }
        if (description != null && description.strip().length() > DESCRIPTION_MAX_LENGTH) {
            Messages.error("error.description.tooLong", DESCRIPTION_MAX_LENGTH);
            return false;
        }
        if ((who == Who.WINDOW || who == Who.STAFF) && whoNumber.isEmpty() && !kiosk.isElderly()) {
            Messages.error("error.who.number");
            return false;
        }
        return true;
    }

    private boolean fieldsOk() {
        if ((who == Who.WINDOW || who == Who.STAFF) && whoNumber.isEmpty()) {
            Messages.error("error.who.number");
            return false;
        }
        for (FieldSpec field : category == null ? List.<FieldSpec>of() : category.fields()) {
            collect(field);
            String value = answers.get(field.code());
            if (field.required() && value == null) {
                Messages.error("error.answers.required", field.label().in(citizen.getLocale()));
                return false;
            }
            if ("NUMBER".equals(field.type()) && value != null
                    && (Long.parseLong(value) < field.min() || Long.parseLong(value) > field.max())) {
                Messages.error("error.answers.outOfRange", field.label().in(citizen.getLocale()), field.min(), field.max());
                return false;
            }
        }
        return true;
    }

    /** Moves the keypad and day-picker values of a field into its answer. */
    private void collect(FieldSpec field) {
        switch (field.type()) {
            case "NUMBER" -> {
                DigitEntry entry = numberEntries.get(field.code());
                if (entry != null && !stepsThrough(field)) {
                    if (entry.isEmpty()) {
                        answers.remove(field.code());
                    } else {
                        answers.put(field.code(), Long.toString(Long.parseLong(entry.getValue())));
                    }
                }
            }
            case "DATE" -> {
                DayPicker picker = dateEntries.get(field.code());
                if (picker != null) {
                    answers.put(field.code(), picker.getDay().toString());
                }
            }
            case "TEXT" -> {
                String text = answers.get(field.code());
                if (text == null || text.isBlank()) {
                    answers.remove(field.code());
                } else {
                    answers.put(field.code(), text.strip());
                }
            }
            default -> { }
        }
    }

    /** The day it happened, as said: today, yesterday, a picked earlier day, or nothing. */
    public LocalDate getIncidentDay() {
        if (when == null) {
            return null;
        }
        LocalDate today = citizen.getToday();
        return switch (when) {
            case TODAY -> today;
            case YESTERDAY -> today.minusDays(1);
            case EARLIER -> earlier.getDay();
        };
    }

    /** The answers as the review shows them, in the field's order, with choice labels. */
    public List<String[]> getAnswerLines() {
        List<String[]> lines = new ArrayList<>();
        for (FieldSpec field : category == null ? List.<FieldSpec>of() : category.fields()) {
            String value = answers.get(field.code());
            if (value != null) {
                String shown = "CHOICE".equals(field.type()) ? field.choices().stream()
                        .filter(c -> c.code().equals(value)).map(c -> c.label().in(citizen.getLocale()))
                        .findFirst().orElse(value) : value;
                lines.add(new String[] {field.label().in(citizen.getLocale()), shown});
            }
        }
        return lines;
    }

    // ------------------------------------------------------------ 4. contact

    public void usePhone() {
        if (!PHONE.matcher(phone.getValue()).matches()) {
            Messages.error("error.complainantPhone.invalid");
            return;
        }
        anonymous = false;
        go(Step.REVIEW);
    }

    public void stayAnonymous() {
        anonymous = true;
        smsConsent = false;
        phone.clear();
        go(Step.REVIEW);
    }

    // ------------------------------------------------------------ moving around

    private void go(Step to) {
        step = to;
        page = 0;
        section = 0;
    }

    /** Goes to an earlier step to change something; never past the receipt. */
    public void change(String target) {
        if (step != Step.RECEIPT) {
            go(Step.valueOf(target));
        }
    }

    public void back() {
        if (step == Step.DETAILS && kiosk.isElderly() && currentSection() > 0) {
            section = currentSection() - 1;
            return;
        }
        switch (step) {
            case PROBLEM -> go(Step.CATEGORY);
            case DETAILS -> go(category != null && !category.quickPicks().isEmpty() ? Step.PROBLEM : Step.CATEGORY);
            case CONTACT -> {
                go(Step.DETAILS);
                section = kiosk.isElderly() ? getSections().size() - 1 : 0;
            }
            case REVIEW -> go(Step.CONTACT);
            default -> { }
        }
    }

    // ------------------------------------------------------------ 5. review and submit

    /** Files the complaint. Repeated taps (even concurrent ones) file once: same idempotency key. */
    public synchronized void submit() {
        if (receipt != null) {
            step = Step.RECEIPT;
            return;
        }
        if (category == null) {
            go(Step.CATEGORY);
            return;
        }
        category.fields().forEach(this::collect);
        FilingForm form = new FilingForm(category.code(), description, anonymous ? null : phone.getValue(), anonymous,
                kiosk.getTerminal(), idempotencyKey, List.copyOf(picked), answers,
                who == Who.WINDOW && !whoNumber.isEmpty() ? whoNumber.getValue() : null,
                who == Who.STAFF && !whoNumber.isEmpty() ? whoNumber.getValue() : null, getIncidentDay(), "KIOSK",
                smsConsent && !anonymous, null);
        FilingResult result;
        try {
            result = facade.file(form);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Kiosk filing failed; the citizen may retry", e);
            Messages.error("error.unavailable");
            return;
        }
        if (result.isFiled()) {
            receipt = result.receipt();
            step = Step.RECEIPT;
            return;
        }
        showErrors(result.errors());
    }

    private void showErrors(List<FieldError> errors) {
        Step earliest = Step.REVIEW;
        for (FieldError error : errors) {
            Step owner = switch (error.field()) {
                case "categoryCode" -> Step.CATEGORY;
                case "quickPicks" -> Step.PROBLEM;
                case "description", "windowNumber", "staffNumber", "incidentDay" -> Step.DETAILS;
                case "complainantPhone", "complainantName" -> Step.CONTACT;
                default -> error.field().startsWith("answers.") ? Step.DETAILS : Step.REVIEW;
            };
            if (owner.ordinal() < earliest.ordinal()) {
                earliest = owner;
            }
            String key = "error." + (error.field().startsWith("answers.") ? "answers" : error.field()) + "." + error.code();
            if (Messages.has(citizen.getLocale(), key) && !error.field().startsWith("answers.")) {
                Messages.error(key, error.args().toArray());
            } else {
                Messages.error("error.generic");
            }
        }
        go(earliest);
        if (earliest == Step.CATEGORY) {
            category = null;
        }
    }

    // ------------------------------------------------------------ reading

    /** Steps shown in the progress bar (the receipt is not one). */
    public List<Step> getSteps() {
        return List.of(Step.CATEGORY, Step.PROBLEM, Step.DETAILS, Step.CONTACT, Step.REVIEW);
    }

    public int getStepNumber() {
        return step.ordinal() + 1;
    }

    public Step getStep() {
        return step;
    }

    public CategoryTile getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Who getWho() {
        return who;
    }

    public DigitEntry getWhoNumber() {
        return whoNumber;
    }

    public When getWhen() {
        return when;
    }

    public DayPicker getEarlier() {
        return earlier;
    }

    public DigitEntry getPhone() {
        return phone;
    }

    /** The phone number grouped for reading: 138 0013 8000. */
    public String getPhoneGrouped() {
        return phone.grouped(3, 4, 4);
    }

    /** How many more digits a mobile number needs, for the hint under the display. */
    public int getPhoneDigitsLeft() {
        return Math.max(0, 11 - phone.getValue().length());
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public boolean isSmsConsent() {
        return smsConsent;
    }

    public void setSmsConsent(boolean smsConsent) {
        this.smsConsent = smsConsent;
    }

    /** The review step's switch: on when the citizen taps it, off when they tap it again. */
    public void toggleSmsConsent() {
        smsConsent = !anonymous && !smsConsent;
    }

    public Receipt getReceipt() {
        return receipt;
    }

    public int getDescriptionMaxLength() {
        return DESCRIPTION_MAX_LENGTH;
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
