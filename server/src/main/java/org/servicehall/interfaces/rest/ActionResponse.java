package org.servicehall.interfaces.rest;

/** The answer to an action: how it ended, in words, and the codes for programs. */
public record ActionResponse(String outcome, String plugin, String version, String reason, String message,
                             String detail) {
}
