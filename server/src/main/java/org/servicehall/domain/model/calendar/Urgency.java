package org.servicehall.domain.model.calendar;

/** How urgent a complaint is; the more urgent, the shorter its deadlines. */
public enum Urgency {

    /** The usual case. */
    NORMAL,

    /** Needs attention before the ordinary queue, e.g. an ongoing problem at a service window. */
    URGENT,

    /** Threatens safety or causes serious ongoing harm; handled even on holidays. */
    EMERGENCY
}
