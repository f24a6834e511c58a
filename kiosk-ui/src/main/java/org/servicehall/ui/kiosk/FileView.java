package org.servicehall.ui.kiosk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.servicehall.ui.facade.KioskFacade;
import org.servicehall.ui.facade.dto.CategoryTile;
import org.servicehall.ui.facade.dto.FieldError;
import org.servicehall.ui.facade.dto.FilingForm;
import org.servicehall.ui.facade.dto.FilingResult;
import org.servicehall.ui.facade.dto.Receipt;
import org.servicehall.ui.support.DigitEntry;
import org.servicehall.ui.support.Messages;

/**
 * The filing wizard ({@code kiosk/file.xhtml}): category → description → contact → review →
 * receipt, all in one view so that the browser's history never holds a step. One idempotency key
 * per wizard: however often Submit is tapped, one complaint is filed.
 */
@Named
@ViewScoped
public class FileView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(FileView.class.getName());

    /** Mobile numbers, or landlines with area code typed as digits only. */
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{9,11}");

    public static final int DESCRIPTION_MAX_LENGTH = 2000;

    /** The wizard's steps, in order; RECEIPT is not counted as a step. */
    public enum Step {
        CATEGORY, DESCRIPTION, CONTACT, REVIEW, RECEIPT
    }

    @Inject
    KioskFacade facade;

    @Inject
    KioskSession kiosk;

    private Step step = Step.CATEGORY;
    private CategoryTile category;
    private String description;
    private final DigitEntry phone = new DigitEntry(12);
    private boolean anonymous;
    private final String idempotencyKey = "kiosk-" + UUID.randomUUID();
    private Receipt receipt;

    public List<CategoryTile> getCategories() {
        return facade.categories(kiosk.getLocale());
    }

    public void chooseCategory(String code) {
        category = getCategories().stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
        if (category == null) {
            Messages.error("error.categoryCode.unknown");
            return;
        }
        step = Step.DESCRIPTION;
    }

    public void toContact() {
        if (description == null || description.isBlank()) {
            Messages.error("error.description.required");
            return;
        }
        if (description.strip().length() > DESCRIPTION_MAX_LENGTH) {
            Messages.error("error.description.tooLong", DESCRIPTION_MAX_LENGTH);
            return;
        }
        step = Step.CONTACT;
    }

    public void usePhone() {
        if (!PHONE.matcher(phone.getValue()).matches()) {
            Messages.error("error.complainantPhone.invalid");
            return;
        }
        anonymous = false;
        step = Step.REVIEW;
    }

    public void stayAnonymous() {
        anonymous = true;
        phone.clear();
        step = Step.REVIEW;
    }

    /** Goes to an earlier step to change something; never past the receipt. */
    public void change(String target) {
        if (step != Step.RECEIPT) {
            step = Step.valueOf(target);
        }
    }

    public void back() {
        if (step != Step.CATEGORY && step != Step.RECEIPT) {
            step = Step.values()[step.ordinal() - 1];
        }
    }

    /** Files the complaint. Repeated taps (even concurrent ones) file once: same idempotency key. */
    public void submit() {
        if (receipt != null) {
            step = Step.RECEIPT;
            return;
        }
        if (category == null) {
            step = Step.CATEGORY;
            return;
        }
        FilingForm form = new FilingForm(category.code(), description, anonymous ? null : phone.getValue(), anonymous,
                kiosk.getTerminal(), idempotencyKey);
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
                case "description" -> Step.DESCRIPTION;
                case "complainantPhone", "complainantName" -> Step.CONTACT;
                default -> Step.REVIEW;
            };
            if (owner.ordinal() < earliest.ordinal()) {
                earliest = owner;
            }
            String key = "error." + error.field() + "." + error.code();
            if (Messages.has(kiosk.getLocale(), key)) {
                Messages.error(key, error.args().toArray());
            } else {
                Messages.error("error.generic");
            }
        }
        step = earliest;
        if (earliest == Step.CATEGORY) {
            category = null;
        }
    }

    public String done() {
        return "/kiosk/index?faces-redirect=true";
    }

    /** Steps shown in the progress bar (the receipt is not one). */
    public List<Step> getSteps() {
        return Arrays.asList(Step.CATEGORY, Step.DESCRIPTION, Step.CONTACT, Step.REVIEW);
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

    public DigitEntry getPhone() {
        return phone;
    }

    /** The phone number grouped for reading: 138 0013 8000. */
    public String getPhoneGrouped() {
        return phone.grouped(3, 4, 4);
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public Receipt getReceipt() {
        return receipt;
    }

    /** The tracking number split for reading aloud: TS · 20261128 · 00042. */
    public String getSpokenTrackingNumber() {
        return receipt == null ? "" : receipt.trackingNumber().replace("-", " · ");
    }

    public int getDescriptionMaxLength() {
        return DESCRIPTION_MAX_LENGTH;
    }
}
