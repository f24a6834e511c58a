package org.servicehall.ui.facade.staff;

import java.io.Serializable;

/**
 * A choice for a picker.
 *
 * @param detail e.g. an agency's contact, a staff member's department; may be null
 */
public record Option(String code, String label, String detail) implements Serializable {
}
