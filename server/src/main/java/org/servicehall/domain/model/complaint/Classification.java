package org.servicehall.domain.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The category a complaint is classified under, with the labels copied when it was filed or
 * triaged: the stored form of a {@link CategorySnapshot}.
 */
@Embeddable
public class Classification {

    @Column(name = "CATEGORY_CODE", nullable = false, length = 40)
    private String code;

    @Column(name = "CATEGORY_LABEL_ZH", nullable = false, length = 60)
    private String labelZh;

    @Column(name = "CATEGORY_LABEL_EN", nullable = false, length = 60)
    private String labelEn;

    protected Classification() {
        // for JPA
    }

    Classification(CategorySnapshot category) {
        this.code = category.code();
        this.labelZh = category.labelZh();
        this.labelEn = category.labelEn();
    }

    public String code() {
        return code;
    }

    public CategorySnapshot snapshot() {
        return new CategorySnapshot(code, labelZh, labelEn);
    }
}
