package org.servicehall.interfaces.rest;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import org.servicehall.interfaces.messages.ProcessMessages;

/**
 * Problem details written straight to a servlet response, for refusals made before a request
 * reaches JAX-RS (the login mechanism, the API's cross-site guard): the same format, URNs and
 * texts in the caller's language as the API's own problems.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    /**
     * Writes {@code urn:servicehall:problem:<kind>} with the title {@code problem.<kind>.title} and
     * the detail {@code detailKey} (with {@code args}) from the API's texts.
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String kind,
                             String detailKey, Object... args) throws IOException {
        ProcessMessages messages = ProcessMessages.of(request);
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE.withCharset("UTF-8").toString());
        response.setHeader("Content-Language", messages.locale().toLanguageTag());
        String body = Json.createObjectBuilder()
                .add("type", "urn:servicehall:problem:" + kind)
                .add("title", messages.get("problem." + kind + ".title"))
                .add("status", status)
                .add("detail", messages.get(detailKey, args))
                .add("errors", Json.createArrayBuilder())
                .build().toString();
        PrintWriter writer = response.getWriter();
        writer.write(body);
        writer.flush();
    }
}
