package org.servicehall.domain.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where an out-of-remit complaint was sent: the department or agency from the directory, its
 * contact as handed to the complainant, and the explanation given.
 */
@Embeddable
public class Referral {

    @Column(name = "REFERRAL_AGENCY_CODE", length = 40)
    private String agencyCode;

    @Column(name = "REFERRAL_AGENCY_NAME", length = 100)
    private String agencyName;

    @Column(name = "REFERRAL_CONTACT", length = 300)
    private String contact;

    @Column(name = "REFERRAL_EXPLANATION", length = 1000)
    private String explanation;

    protected Referral() {
        // for JPA
    }

    public Referral(DepartmentRef agency, String explanation) {
        this.agencyCode = agency.code();
        this.agencyName = agency.name();
        this.contact = agency.contact();
        this.explanation = Texts.required(explanation, 1000, "explanation");
    }

    public String agencyCode() {
        return agencyCode;
    }

    public String agencyName() {
        return agencyName;
    }

    public String contact() {
        return contact;
    }

    public String explanation() {
        return explanation;
    }
}
