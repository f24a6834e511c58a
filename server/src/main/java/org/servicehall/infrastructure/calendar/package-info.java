/**
 * The working-day calendar and the deadline rules, loaded from the settings files at start-up and
 * handed to the domain as one {@link org.servicehall.domain.model.calendar.DeadlinePolicy}.
 */
package org.servicehall.infrastructure.calendar;
