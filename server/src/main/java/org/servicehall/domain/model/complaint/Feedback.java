package org.servicehall.domain.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Optional;
import org.servicehall.domain.shared.TransitionRefused;

/**
 * The result as told to the complainant (结果反馈): how, what (findings, basis, measures, state),
 * their opinion and satisfaction; or, for a complainant who cannot be reached, why there was none.
 */
@Embeddable
public class Feedback {

    /** How the result reached the complainant. */
    public enum Method {
        PHONE, IN_PERSON, WRITTEN, SMS
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "FEEDBACK_METHOD", length = 20)
    private Method method;

    @Column(name = "FEEDBACK_CONTENT", length = 2000)
    private String content;

    @Column(name = "FEEDBACK_OPINION", length = 1000)
    private String opinion;

    @Enumerated(EnumType.STRING)
    @Column(name = "SATISFACTION", length = 20)
    private Satisfaction satisfaction;

    @Column(name = "APPEAL_ROUTE_EXPLAINED")
    private Boolean appealRouteExplained;

    @Column(name = "FEEDBACK_SKIPPED")
    private Boolean skipped;

    @Column(name = "FEEDBACK_AT")
    private Instant givenAt;

    @Column(name = "FEEDBACK_BY", length = 64)
    private String givenBy;

    protected Feedback() {
        // for JPA
    }

    /**
     * @param content              the findings, basis, measures and present state as told
     * @param appealRouteExplained whether the further appeal route was explained; required when dissatisfied
     */
    public static Feedback given(Method method, String content, String opinion, Satisfaction satisfaction,
                                 boolean appealRouteExplained) {
        if (method == null) {
            throw new TransitionRefused("required", "method");
        }
        if (satisfaction == null) {
            throw new TransitionRefused("required", "satisfaction");
        }
        if (satisfaction.isDissatisfied() && !appealRouteExplained) {
            throw new TransitionRefused("appealRouteNotExplained");
        }
        Feedback feedback = new Feedback();
        feedback.method = method;
        feedback.content = Texts.required(content, 2000, "content");
        feedback.opinion = Texts.optional(opinion, 1000, "opinion");
        feedback.satisfaction = satisfaction;
        feedback.appealRouteExplained = appealRouteExplained;
        feedback.skipped = false;
        return feedback;
    }

    static Feedback skipped(String reason) {
        Feedback feedback = new Feedback();
        feedback.content = Texts.required(reason, 2000, "reason");
        feedback.skipped = true;
        return feedback;
    }

    Feedback at(Instant at, String by) {
        this.givenAt = at;
        this.givenBy = by;
        return this;
    }

    void rate(Satisfaction rating) {
        this.satisfaction = rating;
    }

    /** As the history shows it: how the complainant was told, and their satisfaction. */
    String summary() {
        return method().map(Enum::name).orElse("") + ", " + satisfaction().map(Enum::name).orElse("");
    }

    public Optional<Method> method() {
        return Optional.ofNullable(method);
    }

    public String content() {
        return content;
    }

    public Optional<String> opinion() {
        return Optional.ofNullable(opinion);
    }

    public Optional<Satisfaction> satisfaction() {
        return Optional.ofNullable(satisfaction);
    }

    public boolean appealRouteExplained() {
        return Boolean.TRUE.equals(appealRouteExplained);
    }

    public boolean isSkipped() {
        return Boolean.TRUE.equals(skipped);
    }

    public Instant givenAt() {
        return givenAt;
    }

    public String givenBy() {
        return givenBy;
    }
}
