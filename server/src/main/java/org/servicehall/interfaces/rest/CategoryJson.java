package org.servicehall.interfaces.rest;

/** A category, labelled in the caller's language. */
public record CategoryJson(String code, String label, String labelZh, String labelEn, String icon) {
}
