package org.servicehall.plugin.api.escalation;

/** The stages of a complaint that run against a deadline, in process order. */
public enum Stage {
    /** First response to the complainant. */
    ACKNOWLEDGE,
    /** The assigned department signs for the case. */
    SIGN_FOR,
    /** Investigation, finding, plan and measures. */
    HANDLE,
    /** Feedback to the complainant. */
    FEEDBACK
}
