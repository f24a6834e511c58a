package org.servicehall.interfaces.rest;

/** One invalid field: its name, a stable code, and a message in the caller's language. */
public record FieldError(String field, String code, String message) {
}
