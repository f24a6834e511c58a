package org.servicehall.interfaces.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicehall.interfaces.messages.ProcessMessages;

/**
 * Anything unexpected → 500 with an incident id the caller can quote; the details go to the
 * server log under that id, never to the caller. A request body that JSON-B could not read (not
 * JSON, or a field of the wrong type) is the caller's mistake, not the server's: 400.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    HttpHeaders headers;

    /** JSON-B (or JSON-P under it) refused the body; the JAX-RS runtime wraps that in its own exceptions. */
    static boolean unreadableBody(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    @Override
    public Response toResponse(Throwable exception) {
        return respond(exception, ProcessMessages.of(headers));
    }

    Response respond(Throwable exception, ProcessMessages messages) {
        if (unreadableBody(exception)) {
            return Problem.of(messages, "unreadable", 400, "body.notReadable").toResponse(messages);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, exception, () -> "Unexpected error, incident " + incident);
        return Problem.of(messages, "internal", 500, "problem.internal.detail", incident).toResponse(messages);
    }
}
