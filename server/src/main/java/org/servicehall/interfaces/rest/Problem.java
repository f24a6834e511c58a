package org.servicehall.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.servicehall.interfaces.messages.ProcessMessages;

/**
 * An RFC 9457 problem detail, with the invalid fields listed in {@code errors}.
 *
 * @param type   a URN naming the kind of problem, stable across languages
 * @param title  short, in the caller's language
 * @param status the HTTP status
 * @param detail what went wrong with this request, in the caller's language
 * @param errors one entry per invalid field; empty when no field is to blame
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public Problem {
        errors = List.copyOf(errors);
    }

    Response toResponse(ProcessMessages messages) {
        return Response.status(status).type(MEDIA_TYPE.withCharset("UTF-8")).language(messages.locale())
                .entity(this).build();
    }

    static Problem of(ProcessMessages messages, String kind, int status, String detailKey, Object... args) {
        return new Problem("urn:servicehall:problem:" + kind, messages.get("problem." + kind + ".title"), status,
                messages.get(detailKey, args), List.of());
    }
}
