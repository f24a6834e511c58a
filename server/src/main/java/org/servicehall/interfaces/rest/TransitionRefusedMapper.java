package org.servicehall.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Set;
import org.servicehall.domain.shared.TransitionRefused;
import org.servicehall.interfaces.messages.ProcessMessages;

/**
 * A rule refused the step: 400 for a field, 403 for who may not, 409 for the state of the case; as a
 * problem detail in the caller's language. Nothing is logged.
 */
@Provider
public class TransitionRefusedMapper implements ExceptionMapper<TransitionRefused> {

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
                    List.of(new FieldError(field, refused.code(), messages.violation(field, refused.code(), rest))))
                    .toResponse(messages);
        }
        int status = FORBIDDEN.contains(refused.code()) ? 403 : 409;
        Object[] args = refused.args().stream().map(a -> a instanceof Enum<?> e ? messages.label(e)
                : messages.has("action." + a) ? messages.get("action." + a) : a).toArray();
        return new Problem("urn:servicehall:problem:" + refused.code(), messages.get("problem.refused.title"), status,
                messages.get("transition." + refused.code(), args), List.of()).toResponse(messages);
    }
}
