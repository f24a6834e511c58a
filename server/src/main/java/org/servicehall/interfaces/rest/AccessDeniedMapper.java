package org.servicehall.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.servicehall.application.AccessDeniedException;
import org.servicehall.interfaces.messages.ProcessMessages;

/** 403 with the reason the caller may not, as a problem detail in their language. Nothing is logged. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(AccessDeniedException exception) {
        ProcessMessages messages = ProcessMessages.of(headers);
        return Problem.of(messages, "forbidden", 403, "transition." + exception.reason()).toResponse(messages);
    }
}
