package org.servicehall.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unexpected → 500 with an incident id the caller can quote; the details go to the
 * server log under that id, never to the caller.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable exception) {
        return respond(exception, RestMessages.of(headers));
    }

    Response respond(Throwable exception, RestMessages messages) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, exception, () -> "Unexpected error, incident " + incident);
        return Problem.of(messages, "internal", 500, "problem.internal.detail", incident).toResponse(messages);
    }
}
