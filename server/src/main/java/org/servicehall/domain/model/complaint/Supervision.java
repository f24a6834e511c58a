package org.servicehall.domain.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;

/** Whether a complaint is supervised (督办), and why: it shows in the escalated queue until it is finished. */
@Embeddable
public class Supervision {

    @Column(name = "SUPERVISED", nullable = false)
    private boolean supervised;

    @Column(name = "SUPERVISION_REASON", length = 500)
    private String reason;

    protected Supervision() {
        // for JPA; and not supervised
    }

    private Supervision(String reason) {
        this.supervised = true;
        this.reason = reason;
    }

    static Supervision none() {
        return new Supervision();
    }

    static Supervision because(String reason) {
        return new Supervision(Texts.required(reason, 500, "reason"));
    }

    public boolean isOn() {
        return supervised;
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }
}
