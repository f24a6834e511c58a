package org.servicehall.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.servicehall.application.CaseNotFoundException;
import org.servicehall.interfaces.messages.ProcessMessages;

/** 404 for a case that does not exist, as a problem detail in the caller's language. Nothing is logged. */
@Provider
public class CaseNotFoundMapper implements ExceptionMapper<CaseNotFoundException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(CaseNotFoundException exception) {
        ProcessMessages messages = ProcessMessages.of(headers);
        return Problem.of(messages, "notFound", 404, "complaint.notFound").toResponse(messages);
    }
}
