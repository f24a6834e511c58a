package org.servicehall.domain.model.complaint;

/** The five levels of the government service rating (好差评), best first. */
public enum Satisfaction {
    VERY_SATISFIED, SATISFIED, BASICALLY_SATISFIED, DISSATISFIED, VERY_DISSATISFIED;

    /** The two levels that open the way to an appeal. */
    public boolean isDissatisfied() {
        return this == DISSATISFIED || this == VERY_DISSATISFIED;
    }
}
