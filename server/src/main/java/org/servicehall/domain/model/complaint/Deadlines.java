package org.servicehall.domain.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Optional;
import org.servicehall.domain.model.calendar.Stage;

/**
 * The deadline of each stage and when the stage was done, plus the deadline that applies now
 * ({@link #current()}), kept in a column of its own so that "overdue" and "due soon" are plain
 * indexed queries computed at query time, never flags that go stale.
 */
@Embeddable
public class Deadlines {

    @Column(name = "ACKNOWLEDGE_DUE")
    private Instant acknowledgeDue;

    @Column(name = "SIGN_FOR_DUE")
    private Instant signForDue;

    @Column(name = "HANDLE_DUE")
    private Instant handleDue;

    @Column(name = "FEEDBACK_DUE")
    private Instant feedbackDue;

    @Column(name = "ACKNOWLEDGED_AT")
    private Instant acknowledgedAt;

    @Column(name = "SIGNED_FOR_AT")
    private Instant signedForAt;

    @Column(name = "HANDLED_AT")
    private Instant handledAt;

    @Column(name = "FED_BACK_AT")
    private Instant fedBackAt;

    @Column(name = "CURRENT_DUE")
    private Instant current;

    @Column(name = "CURRENT_STAGE", length = 20)
    private String currentStage;

    public Optional<Instant> due(Stage stage) {
        return Optional.ofNullable(switch (stage) {
            case ACKNOWLEDGE -> acknowledgeDue;
            case SIGN_FOR -> signForDue;
            case HANDLE -> handleDue;
            case FEEDBACK -> feedbackDue;
        });
    }

    public Optional<Instant> done(Stage stage) {
        return Optional.ofNullable(switch (stage) {
            case ACKNOWLEDGE -> acknowledgedAt;
            case SIGN_FOR -> signedForAt;
            case HANDLE -> handledAt;
            case FEEDBACK -> fedBackAt;
        });
    }

    /** The deadline that applies in the present state; empty once the complaint is finished. */
    public Optional<Instant> current() {
        return Optional.ofNullable(current);
    }

    /** The stage whose clock runs now; empty once the complaint is finished. */
    public Optional<Stage> currentStage() {
        return Optional.ofNullable(currentStage).map(Stage::valueOf);
    }

    void set(Stage stage, Instant due) {
        switch (stage) {
            case ACKNOWLEDGE -> acknowledgeDue = due;
            case SIGN_FOR -> signForDue = due;
            case HANDLE -> handleDue = due;
            case FEEDBACK -> feedbackDue = due;
        }
    }

    void complete(Stage stage, Instant at) {
        switch (stage) {
            case ACKNOWLEDGE -> acknowledgedAt = at;
            case SIGN_FOR -> signedForAt = at;
            case HANDLE -> handledAt = at;
            case FEEDBACK -> fedBackAt = at;
        }
    }

    void reopen(Stage stage) {
        complete(stage, null);
    }

    /** Sets the stage's deadline to {@code due} and runs its clock, unless its deadline is already sooner. */
    void bringForward(Stage stage, Instant due) {
        if (due(stage).map(due::isBefore).orElse(true)) {
            set(stage, due);
            runClock(stage);
        }
    }

    /** Makes the given stage's deadline the one that applies now; null stage: no clock runs. */
    void runClock(Stage stage) {
        currentStage = stage == null ? null : stage.name();
        current = stage == null ? null : due(stage).orElse(null);
    }
}
