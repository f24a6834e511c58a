package org.servicehall.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Set;
import org.servicehall.application.AccessDeniedException;
import org.servicehall.application.CaseNotFoundException;
import org.servicehall.application.ConcurrentChangeException;
import org.servicehall.domain.shared.TransitionRefused;
import org.servicehall.interfaces.messages.ProcessMessages;
import org.servicehall.interfaces.messages.Refusals;

/** Refusals of the lifecycle as problem details, in words, in the caller's language. Nothing is logged. */
public final class CaseErrorMappers {

    private CaseErrorMappers() {
    }

    /** A rule refused the step: 400 for a field, 403 for who may not, 409 for the state of the case. */
    @Provider
    public static class Refused implements ExceptionMapper<TransitionRefused> {

        private static final Set<String> FIELD_CODES = Set.of("required", "tooLong", "invalid");
        private static final Set<String> FORBIDDEN = Set.of("role", "recusal", "notDepartment");

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(TransitionRefused refused) {
            ProcessMessages messages = ProcessMessages.of(headers);
            if (FIELD_CODES.contains(refused.code()) && !refused.args().isEmpty()) {
                String field = String.valueOf(refused.args().get(0));
                List<Object> rest = refused.args().subList(1, refused.args().size());
                return new Problem("urn:servicehall:problem:invalidInput", messages.get("problem.invalidInput.title"), 400,
                        messages.get("problem.invalidInput.detail", 1),
                        List.of(new Problem.FieldError(field, refused.code(), messages.violation(field, refused.code(), rest))))
                        .toResponse(messages);
            }
            int status = FORBIDDEN.contains(refused.code()) ? 403 : 409;
            Object[] args = refused.args().stream().map(a -> a instanceof Enum<?> e ? messages.label(e)
                    : messages.has("action." + a) ? messages.get("action." + a) : a).toArray();
            return new Problem("urn:servicehall:problem:" + refused.code(), messages.get("problem.refused.title"), status,
                    messages.get("transition." + refused.code(), args), List.of()).toResponse(messages);
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<CaseNotFoundException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(CaseNotFoundException exception) {
            ProcessMessages messages = ProcessMessages.of(headers);
            return Problem.of(messages, "notFound", 404, "complaint.notFound").toResponse(messages);
        }
    }

    @Provider
    public static class Denied implements ExceptionMapper<AccessDeniedException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(AccessDeniedException exception) {
            ProcessMessages messages = ProcessMessages.of(headers);
            return Problem.of(messages, "forbidden", 403, "transition." + exception.reason()).toResponse(messages);
        }
    }

    /** 409: someone else changed the case; names them when known. */
    @Provider
    public static class Conflict implements ExceptionMapper<ConcurrentChangeException> {

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
}
