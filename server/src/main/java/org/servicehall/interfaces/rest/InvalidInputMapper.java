package org.servicehall.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.servicehall.application.InvalidInputException;
import org.servicehall.interfaces.messages.ProcessMessages;

/** Refused input → 400 with one problem entry per field, in the caller's language. Nothing is logged. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(InvalidInputException exception) {
        ProcessMessages messages = ProcessMessages.of(headers);
        Problem problem = new Problem("urn:servicehall:problem:invalidInput",
                messages.get("problem.invalidInput.title"), 400,
                messages.get("problem.invalidInput.detail", exception.violations().size()),
                exception.violations().stream()
                        .map(v -> new FieldError(v.field(), v.code(), messages.violation(v.field(), v.code(), v.args())))
                        .toList());
        return problem.toResponse(messages);
    }
}
