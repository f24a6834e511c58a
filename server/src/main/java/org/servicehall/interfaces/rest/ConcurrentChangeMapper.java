package org.servicehall.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.servicehall.application.ConcurrentChangeException;
import org.servicehall.interfaces.messages.ProcessMessages;

/** 409: someone else changed the case; names them when known. Nothing is logged. */
@Provider
public class ConcurrentChangeMapper implements ExceptionMapper<ConcurrentChangeException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConcurrentChangeException exception) {
        ProcessMessages messages = ProcessMessages.of(headers);
        String detail = exception.changedBy() == null ? messages.get("problem.conflict.someone")
                : messages.get("problem.conflict.detail", exception.changedBy(), exception.changedAt().toString());
        return new Problem("urn:servicehall:problem:conflict", messages.get("problem.conflict.title"), 409, detail,
                List.of()).toResponse(messages);
    }
}
