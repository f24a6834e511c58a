package org.servicehall.domain.model.complaint;

import java.util.Objects;

/** A department or external agency as a complaint refers to it, with its contact at the time. */
public record DepartmentRef(String code, String name, String contact) {

    public DepartmentRef {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
