package org.servicehall.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicehall.application.ChannelEndpoints;
import org.servicehall.interfaces.messages.ProcessMessages;

/**
 * The endpoints of channel plugins, {@code /api/v1/channels/<id>/<path>}, for every method. Open
 * to anyone at the container: each adapter authenticates its counterpart itself. The body is read
 * up to the channel's limit; an unknown channel is 404, one whose plugin is failing or stopped 503,
 * one that lacks a required setting (e.g. its secret) 503 as well, each with a small problem body;
 * whatever the adapter answers goes back as it is.
 */
@Path("/v1/channels")
@RequestScoped
@Tag(name = "Channels")
public class ChannelResource {

    private static final Pattern CHANNEL_ID = Pattern.compile("[a-z0-9][a-z0-9.-]{1,59}");
    private static final String ROUTE = "{channelId}{path: (/.*)?}";

    @Inject
    ChannelEndpoints endpoints;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest servletRequest;

    @GET
    @Path(ROUTE)
    @Operation(summary = "A channel plugin's endpoint (GET); the plugin defines what it answers")
    public Response get(@PathParam("channelId") String channelId, @PathParam("path") String path) {
        return call("GET", channelId, path, InputStream.nullInputStream());
    }

    @POST
    @Path(ROUTE)
    @Operation(summary = "A channel plugin's endpoint (POST), e.g. the 12345 hotline's work orders")
    public Response post(@PathParam("channelId") String channelId, @PathParam("path") String path, InputStream body) {
        return call("POST", channelId, path, body);
    }

    @PUT
    @Path(ROUTE)
    @Operation(summary = "A channel plugin's endpoint (PUT)")
    public Response put(@PathParam("channelId") String channelId, @PathParam("path") String path, InputStream body) {
        return call("PUT", channelId, path, body);
    }

    @PATCH
    @Path(ROUTE)
    @Operation(summary = "A channel plugin's endpoint (PATCH)")
    public Response patch(@PathParam("channelId") String channelId, @PathParam("path") String path, InputStream body) {
        return call("PATCH", channelId, path, body);
    }

    @DELETE
    @Path(ROUTE)
    @Operation(summary = "A channel plugin's endpoint (DELETE)")
    public Response delete(@PathParam("channelId") String channelId, @PathParam("path") String path) {
        return call("DELETE", channelId, path, InputStream.nullInputStream());
    }

    private Response call(String method, String channelId, String path, InputStream body) {
        ProcessMessages messages = ProcessMessages.of(headers);
        if (channelId == null || !CHANNEL_ID.matcher(channelId).matches()) {
            return Problem.of(messages, "channelUnknown", 404, "channel.unknown").toResponse(messages);
        }
        int limit = endpoints.maxBodyBytes(channelId);
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readNBytes(limit + 1);
        } catch (IOException e) {
            return Problem.of(messages, "unreadable", 400, "channel.unreadable").toResponse(messages);
        }
        String subPath = path == null || path.isEmpty() ? "" : path.substring(1);
        ChannelEndpoints.Call call = new ChannelEndpoints.Call(method, subPath, uri.getQueryParameters(),
                headers.getRequestHeaders(), bytes.length > limit ? new byte[0] : bytes, servletRequest.getRemoteAddr(),
                uri.getBaseUriBuilder().path("v1/channels").path(channelId).build() + "/");
        if (bytes.length > limit) {
            // The counterpart's client understands its own error format best; the host's problem otherwise.
            return endpoints.tooLarge(channelId, call, limit).map(ChannelResource::answer)
                    .orElseGet(() -> Problem.of(messages, "tooLarge", 413, "channel.tooLarge", limit).toResponse(messages));
        }
        ChannelEndpoints.Outcome outcome = endpoints.handle(channelId, call);
        if (outcome instanceof ChannelEndpoints.Outcome.Answered answered) {
            return answer(answered);
        }
        if (outcome instanceof ChannelEndpoints.Outcome.Unavailable) {
            return Problem.of(messages, "channelUnavailable", 503, "channel.unavailable").toResponse(messages);
        }
        if (outcome instanceof ChannelEndpoints.Outcome.NotConfigured) {
            // which settings are missing is for IT (the plugin screen), not for whoever calls
            return Problem.of(messages, "channelNotConfigured", 503, "channel.notConfigured").toResponse(messages);
        }
        return Problem.of(messages, "channelUnknown", 404, "channel.unknown").toResponse(messages);
    }

    private static Response answer(ChannelEndpoints.Outcome.Answered answered) {
        Response.ResponseBuilder response = Response.status(answered.status()).type(answered.contentType())
                .entity(answered.body());
        for (Map.Entry<String, String> header : answered.headers().entrySet()) {
            if (!header.getKey().equalsIgnoreCase("Content-Length") && !header.getKey().equalsIgnoreCase("Content-Type")) {
                response.header(header.getKey(), header.getValue());
            }
        }
        return response.build();
    }
}
