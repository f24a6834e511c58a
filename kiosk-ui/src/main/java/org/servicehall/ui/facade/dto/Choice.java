package org.servicehall.ui.facade.dto;

import java.io.Serializable;

/** Something to tap: a common problem, a choice of a field, a reason. */
public record Choice(String code, Label label) implements Serializable {
}
