package org.servicehall.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicehall.application.ComplaintIntake;
import org.servicehall.application.ComplaintStatusLookup;
import org.servicehall.application.FileComplaint;
import org.servicehall.application.FilingReceipt;
import org.servicehall.application.InvalidInputException;
import org.servicehall.application.PublicStatus;
import org.servicehall.domain.model.complaint.CategorySnapshot;
import org.servicehall.domain.model.complaint.Channel;
import org.servicehall.domain.model.complaint.TrackingNumber;

/** Filing a complaint and following its public status. Both are open to anonymous callers. */
@Path("/v1/complaints")
@RequestScoped
@Tag(name = "Complaints")
public class ComplaintResource {

    @Inject
    ComplaintIntake intake;

    @Inject
    ComplaintStatusLookup lookup;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "File a complaint",
            description = "Validates every field and answers 400 with one entry per invalid field. "
                    + "A request repeating an earlier Idempotency-Key answers 200 with the first receipt.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = FilingRequest.class)))
    @APIResponse(responseCode = "201", description = "Filed",
            content = @Content(schema = @Schema(implementation = FilingResponse.class)))
    @APIResponse(responseCode = "200", description = "Repeated submission; nothing new filed",
            content = @Content(schema = @Schema(implementation = FilingResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid input",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body larger than 1 MiB",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response file(InputStream body, @HeaderParam("Idempotency-Key") String idempotencyKeyHeader) {
        RestMessages messages = RestMessages.of(headers);
        JsonBody json;
        try {
            json = JsonBody.read(body);
        } catch (JsonBody.Unreadable e) {
            String kind = e.status == 413 ? "tooLarge" : "unreadable";
            return Problem.of(messages, kind, e.status, e.reason).toResponse(messages);
        }
        String channel = json.string("channel");
        FileComplaint command = new FileComplaint(
                channel == null ? Channel.WEBSITE.code() : channel,
                json.string("categoryCode"),
                json.string("description"),
                json.string("complainantName"),
                json.string("complainantPhone"),
                json.bool("anonymous"),
                json.string("terminal"),
                idempotencyKeyHeader != null ? idempotencyKeyHeader : json.string("idempotencyKey"));
        if (!json.typeErrors().isEmpty()) {
            throw new InvalidInputException(json.typeErrors());
        }
        FilingReceipt receipt = intake.file(command);
        URI location = uri.getBaseUriBuilder().path(ComplaintResource.class)
                .path(receipt.trackingNumber().value()).build();
        FilingResponse response = new FilingResponse(receipt.trackingNumber().value(), receipt.status().name(),
                messages.get("complaint.status." + receipt.status().name()),
                category(receipt.category(), messages), receipt.receivedAt(), location.toString(), receipt.repeated());
        Response.ResponseBuilder builder = receipt.repeated() ? Response.ok() : Response.created(location);
        return builder.location(location).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .language(messages.locale()).entity(response).build();
    }

    @GET
    @Path("{trackingNumber}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A complaint's public status",
            description = "Progress only: no personal data, no description, no internal notes.")
    @APIResponse(responseCode = "200", description = "Found",
            content = @Content(schema = @Schema(implementation = StatusResponse.class)))
    @APIResponse(responseCode = "404", description = "No complaint has this number",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response status(@PathParam("trackingNumber") String trackingNumber) {
        RestMessages messages = RestMessages.of(headers);
        Optional<PublicStatus> status = TrackingNumber.parse(trackingNumber).flatMap(lookup::find);
        if (status.isEmpty()) {
            return Problem.of(messages, "notFound", 404, "complaint.notFound").toResponse(messages);
        }
        PublicStatus found = status.get();
        List<StatusResponse.Step> steps = found.steps().stream()
                .map(s -> new StatusResponse.Step(s.action().name(), messages.get("history.action." + s.action().name()),
                        s.status().name(), messages.get("complaint.status." + s.status().name()), s.at()))
                .toList();
        return Response.ok(new StatusResponse(found.trackingNumber().value(), found.status().name(),
                        messages.get("complaint.status." + found.status().name()), found.channel(),
                        category(found.category(), messages), found.receivedAt(), steps))
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .language(messages.locale())
                .build();
    }

    private static CategoryJson category(CategorySnapshot category, RestMessages messages) {
        return new CategoryJson(category.code(), category.label(messages.locale()), category.labelZh(),
                category.labelEn(), null);
    }
}
