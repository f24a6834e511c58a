package org.servicehall.plugin.api.escalation;

/** How urgent a complaint is, lowest first. */
public enum Urgency {
    NORMAL, URGENT, EMERGENCY
}
