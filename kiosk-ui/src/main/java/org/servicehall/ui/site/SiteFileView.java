package org.servicehall.ui.site;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicehall.ui.citizen.CitizenSession;
import org.servicehall.ui.facade.KioskFacade;
import org.servicehall.ui.facade.dto.CategoryTile;
import org.servicehall.ui.facade.dto.EnteredFiling;
import org.servicehall.ui.facade.dto.FieldError;
import org.servicehall.ui.facade.dto.FieldSpec;
import org.servicehall.ui.facade.dto.FilingResult;
import org.servicehall.ui.facade.dto.Receipt;
import org.servicehall.ui.support.Messages;

/**
 * Filing on the public site ({@code public/index.xhtml}): the category is chosen by a plain link
 * ({@code ?category=…}), then one form with everything, then the receipt. The system checks the
 * filing; its refusals are shown in the citizen's language beside what they entered, which stays.
 * One idempotency key per form: however often Submit is pressed, one complaint is filed.
 */
@Named
@ViewScoped
public class SiteFileView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SiteFileView.class.getName());

    /** The citizen's own words, as on the kiosk. */
    public static final int DESCRIPTION_MAX_LENGTH = 1000;

    @Inject
    KioskFacade facade;

    @Inject
    CitizenSession citizen;

    @Inject
    SiteSession site;

    private String categoryCode;
    private CategoryTile category;
    private List<String> picked = new ArrayList<>();
    private String description;
    private String windowNumber;
    private String staffNumber;
    private String incidentDay;
    private final Map<String, String> answers = new LinkedHashMap<>();
    private boolean anonymous;
    private String phone;
    private boolean smsConsent;
    private String email;
    private final String idempotencyKey = "web-" + UUID.randomUUID();
    private final Set<String> invalid = new HashSet<>();
    private Receipt receipt;

    /** Resolves the category named by the link; an unknown one shows the choice again. */
    public void load() {
        if (categoryCode == null || category != null) {
            return;
        }
        category = getCategories().stream().filter(c -> c.code().equals(categoryCode)).findFirst().orElse(null);
        if (category == null) {
            Messages.error("error.categoryCode.unknown");
        }
    }

    public List<CategoryTile> getCategories() {
        return facade.categories(citizen.getLocale());
    }

    /** Files the complaint. Repeated presses (even concurrent ones) file once: same idempotency key. */
    public synchronized void submit() {
        if (receipt != null || category == null) {
            return;
        }
        invalid.clear();
        LocalDate day = day();
        if (day == null && incidentDay != null && !incidentDay.isBlank()) {
            refuse("incidentDay", "error.incidentDay.invalid");
            return;
        }
        EnteredFiling entered = new EnteredFiling(category.code(), description, anonymous ? null : TypedDigits.digits(phone),
                anonymous, null, idempotencyKey, picked, nonBlank(answers), blankToNull(windowNumber),
                blankToNull(staffNumber), day, site.getChannel(), smsConsent && !anonymous,
                anonymous ? null : blankToNull(email));
        FilingResult result;
        try {
            result = facade.file(entered);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Website filing failed; the citizen may retry", e);
            Messages.error("site.file.unavailable");
            return;
        }
        if (result.isFiled()) {
            receipt = result.receipt();
            return;
        }
        result.errors().forEach(this::show);
    }

    private void show(FieldError error) {
        if (error.field().startsWith("answers.")) {
            String code = error.field().substring("answers.".length());
            FieldSpec field = category.fields().stream().filter(f -> f.code().equals(code)).findFirst().orElse(null);
            String label = field == null ? code : field.label().in(citizen.getLocale());
            switch (error.code()) {
                case "required" -> refuse(error.field(), "error.answers.required", label);
                case "outOfRange" -> refuse(error.field(), "error.answers.outOfRange", label,
                        field == null ? "" : field.min(), field == null ? "" : field.max());
                default -> refuse(error.field(), "site.file.answerInvalid", label);
            }
            return;
        }
        String key = "error." + error.field() + "." + error.code();
        refuse(error.field(), Messages.has(citizen.getLocale(), key) ? key : "error.generic", error.args().toArray());
    }

    private void refuse(String field, String key, Object... args) {
        invalid.add(field);
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.get(key, args), null));
    }

    /** Whether the system refused this field ({@code description}, {@code answers.CODE}, …) on the last submit. */
    public boolean invalid(String field) {
        return invalid.contains(field);
    }

    private LocalDate day() {
        if (incidentDay == null || incidentDay.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(incidentDay.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Map<String, String> nonBlank(Map<String, String> answers) {
        Map<String, String> given = new LinkedHashMap<>();
        answers.forEach((code, value) -> {
            if (value != null && !value.isBlank()) {
                given.put(code, value.strip());
            }
        });
        return given;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The status page of the filed complaint on this site, for the receipt's link. */
    public String getStatusPath() {
        return receipt == null ? null : "/public/track.xhtml?n=" + receipt.trackingNumber()
                + (receipt.queryCode() == null ? "" : "&c=" + receipt.queryCode());
    }

    /** The latest day the date input offers: today in the hall. */
    public String getToday() {
        return citizen.getToday().toString();
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public CategoryTile getCategory() {
        return category;
    }

    public List<String> getPicked() {
        return picked;
    }

    public void setPicked(List<String> picked) {
        this.picked = picked == null ? new ArrayList<>() : new ArrayList<>(picked);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getWindowNumber() {
        return windowNumber;
    }

    public void setWindowNumber(String windowNumber) {
        this.windowNumber = windowNumber;
    }

    public String getStaffNumber() {
        return staffNumber;
    }

    public void setStaffNumber(String staffNumber) {
        this.staffNumber = staffNumber;
    }

    public String getIncidentDay() {
        return incidentDay;
    }

    public void setIncidentDay(String incidentDay) {
        this.incidentDay = incidentDay;
    }

    /** Field code → answer, bound to the category's own inputs. */
    public Map<String, String> getAnswers() {
        return answers;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isSmsConsent() {
        return smsConsent;
    }

    public void setSmsConsent(boolean smsConsent) {
        this.smsConsent = smsConsent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Receipt getReceipt() {
        return receipt;
    }

    public int getDescriptionMaxLength() {
        return DESCRIPTION_MAX_LENGTH;
    }
}
