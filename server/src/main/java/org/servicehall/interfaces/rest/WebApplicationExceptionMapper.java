package org.servicehall.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.servicehall.interfaces.messages.ProcessMessages;

/** HTTP-level refusals (unknown path, wrong method, unsupported media type, ...) as problem details. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException exception) {
        ProcessMessages messages = ProcessMessages.of(headers);
        int status = exception.getResponse() == null ? 500 : exception.getResponse().getStatus();
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        if (family != Response.Status.Family.CLIENT_ERROR) {
            return new UnexpectedErrorMapper().respond(exception, messages);
        }
        return Problem.of(messages, "http", status, "problem.http.detail", status).toResponse(messages);
    }
}
