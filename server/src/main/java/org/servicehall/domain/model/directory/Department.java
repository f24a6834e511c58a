package org.servicehall.domain.model.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.servicehall.domain.model.complaint.DepartmentRef;

/**
 * A department of the center that investigates complaints, or an external agency that complaints
 * outside the center's remit are redirected to, with the contact handed to the complainant.
 */
@Entity
@Table(name = "DEPARTMENT")
@NamedQuery(name = "Department.all", query = "SELECT d FROM Department d ORDER BY d.kind, d.code")
@NamedQuery(name = "Department.byKind", query = "SELECT d FROM Department d WHERE d.kind = :kind AND d.active = TRUE ORDER BY d.code")
public class Department {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    /** Inside the center, or outside it. */
    public enum Kind {
        DEPARTMENT, EXTERNAL_AGENCY
    }

    @Id
    @Column(name = "CODE", length = 40)
    private String code;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private Kind kind;

    @Column(name = "NAME_ZH", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "NAME_EN", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "PHONE", length = 40)
    private String phone;

    @Column(name = "ADDRESS", length = 200)
    private String address;

    @Column(name = "OFFICE_HOURS", length = 100)
    private String officeHours;

    @Column(name = "REMIT", length = 500)
    private String remit;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active;

    protected Department() {
        // for JPA
    }

    public Department(String code, Kind kind, String nameZh, String nameEn) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a department code is 2-40 upper-case letters, digits or _");
        }
        this.code = code;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.active = true;
        rename(nameZh, nameEn);
    }

    public void rename(String zh, String en) {
        this.nameZh = requireText(zh, 100, "nameZh");
        this.nameEn = requireText(en, 100, "nameEn");
    }

    /** The contact handed to complainants who are redirected here. */
    public void describeContact(String phone, String address, String officeHours, String remit) {
        this.phone = optionalText(phone, 40);
        this.address = optionalText(address, 200);
        this.officeHours = optionalText(officeHours, 100);
        this.remit = optionalText(remit, 500);
    }

    public void activate(boolean active) {
        this.active = active;
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    public Optional<String> address() {
        return Optional.ofNullable(address);
    }

    public Optional<String> officeHours() {
        return Optional.ofNullable(officeHours);
    }

    public Optional<String> remit() {
        return Optional.ofNullable(remit);
    }

    public boolean isActive() {
        return active;
    }

    public long version() {
        return version;
    }

    /** The contact as one line for a referral slip: phone, address, hours. */
    public String contactLine() {
        StringBuilder line = new StringBuilder();
        phone().ifPresent(line::append);
        address().ifPresent(a -> line.append(line.length() > 0 ? "；" : "").append(a));
        officeHours().ifPresent(h -> line.append(line.length() > 0 ? "；" : "").append(h));
        return line.toString();
    }

    public DepartmentRef ref() {
        return new DepartmentRef(code, nameZh, contactLine());
    }

    private static String requireText(String text, int max, String field) {
        String value = optionalText(text, max);
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    private static String optionalText(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw new IllegalArgumentException("longer than " + max);
        }
        return value;
    }
}
