package org.servicehall.ui.facade.staff;

import java.io.Serializable;

/** A department or external agency of the directory; editable by supervisors and IT. */
public record DirectoryEntry(String code, String kind, String nameZh, String nameEn, String phone, String address,
                             String officeHours, String remit, boolean active) implements Serializable {
}
