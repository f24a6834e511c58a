package org.servicehall.ui.facade.event;

/**
 * A message for staff was posted (to a user or a role). The screens only learn that there is
 * something new; each reads its own inbox.
 */
public record StaffMessagePosted() {
}
