package org.servicehall.domain.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Optional;

/**
 * What the complainant chose when filing beyond the description: a common problem they tapped, or
 * their answer to an extra question of the category. Codes and labels are copied, so that the
 * complaint keeps them (and statistics can count them) after the category's plugin is gone.
 */
@Entity
@Table(name = "FILING_DETAIL")
public class FilingDetail {

    /** A common problem tapped (quick-pick), or the answer to an extra field. */
    public enum Kind {
        QUICK_PICK, FIELD
    }

    /**
     * A detail as given at filing.
     *
     * @param value the answer as stored (digits, a choice code, yyyy-MM-dd or text); null for a quick-pick
     * @param shown the answer as a person reads it (a choice's label in zh-CN); null for a quick-pick
     */
    public record Given(Kind kind, String code, String labelZh, String labelEn, String value, String shown) {

        public Given {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(labelZh, "labelZh");
            Objects.requireNonNull(labelEn, "labelEn");
        }

        public static Given quickPick(String code, String labelZh, String labelEn) {
            return new Given(Kind.QUICK_PICK, code, labelZh, labelEn, null, null);
        }

        public static Given answer(String code, String labelZh, String labelEn, String value, String shown) {
            return new Given(Kind.FIELD, code, labelZh, labelEn, Objects.requireNonNull(value, "value"), shown);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = CaseItemIds.GENERATOR)
    @SequenceGenerator(name = CaseItemIds.GENERATOR, sequenceName = CaseItemIds.SEQUENCE, allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "COMPLAINT_ID", nullable = false, updatable = false)
    private Complaint complaint;

    @Column(name = "DETAIL_ORDER", nullable = false, updatable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, updatable = false, length = 20)
    private Kind kind;

    @Column(name = "CODE", nullable = false, updatable = false, length = 40)
    private String code;

    @Column(name = "LABEL_ZH", nullable = false, updatable = false, length = 60)
    private String labelZh;

    @Column(name = "LABEL_EN", nullable = false, updatable = false, length = 60)
    private String labelEn;

    @Column(name = "ANSWER", updatable = false, length = 200)
    private String answer;

    @Column(name = "ANSWER_SHOWN", updatable = false, length = 200)
    private String answerShown;

    protected FilingDetail() {
        // for JPA
    }

    FilingDetail(Complaint complaint, int position, Given given) {
        this.complaint = complaint;
        this.position = position;
        this.kind = given.kind();
        this.code = Texts.required(given.code(), 40, "code");
        this.labelZh = Texts.required(given.labelZh(), 60, "labelZh");
        this.labelEn = Texts.required(given.labelEn(), 60, "labelEn");
        this.answer = Texts.optional(given.value(), 200, "answer");
        this.answerShown = Texts.optional(given.shown(), 200, "answerShown");
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    public Optional<String> answer() {
        return Optional.ofNullable(answer);
    }

    public Optional<String> answerShown() {
        return Optional.ofNullable(answerShown);
    }
}
