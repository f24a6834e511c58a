package org.servicehall.interfaces.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.servicehall.application.FieldViolation;
import org.servicehall.application.InvalidInputException;
import org.servicehall.interfaces.messages.ProcessMessages;

/**
 * A JSON body the staff API cannot read into its request record is the caller's mistake, never an
 * unexpected error: a value of the wrong type is refused as that field's {@code wrongType}, field by
 * field like any refused input (400), and a body that is not JSON at all as unreadable (400).
 */
@Provider
public class UnreadableBodies implements ReaderInterceptor {

    /** How JSON-B (Yasson) names the field it could not read. */
    private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z][A-Za-z0-9_]*)'");

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (JsonbException | JsonException e) {
            Optional<String> field = property(e);
            if (field.isPresent()) {
                throw new InvalidInputException(List.of(FieldViolation.of(field.get(), "wrongType",
                        expected(context.getType(), field.get()))));
            }
            throw new Unreadable();
        }
    }

    private static Optional<String> property(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher m = PROPERTY.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    /** The kind of value the record expects in that field, a key of {@code type.*} in the messages. */
    private static String expected(Class<?> type, String field) {
        if (type == null || !type.isRecord()) {
            return "value";
        }
        Class<?> of = Object.class;
        for (var component : type.getRecordComponents()) {
            if (component.getName().equals(field)) {
                of = component.getType();
            }
        }
        if (Number.class.isAssignableFrom(of) || (of.isPrimitive() && of != boolean.class)) {
            return "number";
        }
        if (of == Boolean.class || of == boolean.class) {
            return "boolean";
        }
        if (of == LocalDate.class) {
            return "date";
        }
        if (of == Instant.class) {
            return "dateTime";
        }
        if (Collection.class.isAssignableFrom(of)) {
            return "array";
        }
        return of == String.class ? "string" : "value";
    }

    /** The body is not JSON, or not the JSON object the step takes. */
    static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable() {
            super("unreadable body", null, false, false);
        }
    }

    /** An unreadable body → 400, in the caller's language. Nothing is logged: the mistake is the caller's. */
    @Provider
    public static class UnreadableMapper implements ExceptionMapper<Unreadable> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Unreadable exception) {
            ProcessMessages messages = ProcessMessages.of(headers);
            return Problem.of(messages, "unreadable", 400, "body.malformed").toResponse(messages);
        }
    }
}
