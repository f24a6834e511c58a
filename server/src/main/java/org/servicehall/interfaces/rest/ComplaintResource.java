package org.servicehall.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicehall.application.CitizenProgress;
import org.servicehall.application.CitizenStatus;
import org.servicehall.application.ComplaintIntake;
import org.servicehall.application.ComplaintStatusLookup;
import org.servicehall.application.FilingReceipt;
import org.servicehall.application.InvalidInputException;
import org.servicehall.application.NotificationConsent;
import org.servicehall.application.ProofLockedException;
import org.servicehall.application.PublicStatus;
import org.servicehall.application.UncheckedFiling;
import org.servicehall.domain.model.complaint.CategorySnapshot;
import org.servicehall.domain.model.complaint.Channel;
import org.servicehall.domain.model.complaint.TrackingNumber;
import org.servicehall.interfaces.messages.ProcessMessages;
import org.servicehall.interfaces.web.AnonymousLimit;
import org.servicehall.interfaces.web.AnonymousLimits;
import org.servicehall.interfaces.web.LimitDecision;

/**
 * Filing a complaint and following its status, open to anonymous callers. An anonymous filing is
 * the website's ({@code WEBSITE}, terminal {@code API}) whatever channel or terminal it names; only
 * logged-in staff choose them. Tracking numbers are sequential, so without the receipt's query code
 * the status says only that the complaint exists and its stage; with it (header {@code Query-Code})
 * the whole public timeline. Wrong codes count against the number as at the kiosk and on the site.
 * Anonymous callers are rate-limited per client address (see {@link AnonymousLimits}).
 */
@Path("/v1/complaints")
@RequestScoped
@Tag(name = "Complaints")
public class ComplaintResource {

    @Inject
    ComplaintIntake intake;

    @Inject
    ComplaintStatusLookup lookup;

    @Inject
    CitizenProgress progress;

    @Inject
    AnonymousLimits limits;

    @Inject
    Clock clock;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    /** The header that carries the receipt's query code (never the URL, which ends up in logs). */
    static final String QUERY_CODE = "Query-Code";

    /** Where anonymous REST filings come from, as staff see it. */
    static final String API_TERMINAL = "API";

    private static final Logger LOG = Logger.getLogger(ComplaintResource.class.getName());
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "File a complaint",
            description = "Validates every field and answers 400 with one entry per invalid field. "
                    + "A request repeating an earlier Idempotency-Key answers 200 with the first receipt. "
                    + "The receipt carries the query code that proves the complaint is the caller's. "
                    + "Anonymous callers file as the website (channel and terminal in the body are ignored) "
                    + "and are rate-limited per address; logged-in staff may name the channel and terminal.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = FilingRequest.class)))
    @APIResponse(responseCode = "201", description = "Filed",
            content = @Content(schema = @Schema(implementation = FilingResponse.class)))
    @APIResponse(responseCode = "200", description = "Repeated submission; nothing new filed",
            content = @Content(schema = @Schema(implementation = FilingResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid input",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body larger than 1 MiB",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many filings from this address; Retry-After says when to try again",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response file(InputStream body, @HeaderParam("Idempotency-Key") String idempotencyKeyHeader) {
        ProcessMessages messages = ProcessMessages.of(headers);
        boolean staff = isStaff();
        if (!staff) {
            Optional<Response> limited = overLimit(AnonymousLimit.API_FILING, messages);
            if (limited.isPresent()) {
                return limited.get();
            }
        }
        JsonBody json;
        try {
            json = JsonBody.read(body);
        } catch (JsonBody.Unreadable e) {
            String kind = e.status == 413 ? "tooLarge" : "unreadable";
            return Problem.of(messages, kind, e.status, e.reason).toResponse(messages);
        }
        // Only staff may say where a complaint came from; anyone else files as the website does.
        String channel = staff ? json.string("channel") : null;
        UncheckedFiling command = new UncheckedFiling(
                channel == null ? Channel.WEBSITE.code() : channel,
                json.string("categoryCode"),
                json.string("description"),
                json.string("complainantName"),
                json.string("complainantPhone"),
                json.bool("anonymous"),
                staff ? json.string("terminal") : API_TERMINAL,
                idempotencyKeyHeader != null ? idempotencyKeyHeader : json.string("idempotencyKey"), null,
                new NotificationConsent(Boolean.TRUE.equals(json.bool("notifyBySms")), json.string("notifyEmail")));
        if (!json.typeErrors().isEmpty()) {
            throw new InvalidInputException(json.typeErrors());
        }
        FilingReceipt receipt = intake.file(command);
        URI location = uri.getBaseUriBuilder().path(ComplaintResource.class)
                .path(receipt.trackingNumber().value()).build();
        FilingResponse response = new FilingResponse(receipt.trackingNumber().value(), receipt.status().name(),
                messages.get("complaint.status." + receipt.status().name()),
                category(receipt.category(), messages), receipt.receivedAt(), location.toString(), receipt.repeated(),
                receipt.queryCode() == null ? null : receipt.queryCode().value());
        Response.ResponseBuilder builder = receipt.repeated() ? Response.ok() : Response.created(location);
        return builder.location(location).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .language(messages.locale()).entity(response).build();
    }

    @GET
    @Path("{trackingNumber}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A complaint's status",
            description = "Without the query code: only that the complaint exists and its stage. With the "
                    + "receipt's query code in the Query-Code header: the public timeline (no personal data, no "
                    + "description, no internal notes). A wrong code answers 404 as an unknown number does and "
                    + "is counted: after too many the number is locked for a while (423), even for the right code.")
    @Parameter(name = QUERY_CODE, in = ParameterIn.HEADER, description = "the receipt's six-digit query code")
    @APIResponse(responseCode = "200", description = "Found",
            content = @Content(schema = @Schema(implementation = StatusResponse.class)))
    @APIResponse(responseCode = "404", description = "No complaint has this number (and this query code)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "423", description = "Too many wrong query codes: lookups of this number are "
            + "locked until the time given (Retry-After); a window can reissue the code",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many lookups from this address; Retry-After says when to try again",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response status(@PathParam("trackingNumber") String trackingNumber, @HeaderParam(QUERY_CODE) String queryCode) {
        ProcessMessages messages = ProcessMessages.of(headers);
        if (!isStaff()) {
            Optional<Response> limited = overLimit(AnonymousLimit.API_LOOKUP, messages);
            if (limited.isPresent()) {
                return limited.get();
            }
        }
        Optional<TrackingNumber> number = TrackingNumber.parse(trackingNumber);
        if (queryCode == null) {
            Optional<PublicStatus> stage = number.flatMap(lookup::find);
            if (stage.isEmpty()) {
                return Problem.of(messages, "notFound", 404, "complaint.notFound").toResponse(messages);
            }
            return json(StatusResponse.stageOnly(stage.get().trackingNumber().value(), stage.get().status().name(),
                    messages.get("complaint.status." + stage.get().status().name())), messages);
        }
        Optional<CitizenStatus> status;
        try {
            status = number.flatMap(n -> progress.find(n, queryCode));
        } catch (ProofLockedException e) {
            long seconds = Math.max(1, Duration.between(clock.instant(), e.lockedUntil()).toSeconds());
            return Response.fromResponse(Problem.of(messages, "queryCodeLocked", 423, "complaint.queryCodeLocked",
                            HOUR_MINUTE.format(e.lockedUntil().atZone(clock.getZone()))).toResponse(messages))
                    .header("Retry-After", Long.toString(seconds)).build();
        }
        if (status.isEmpty()) {
            return Problem.of(messages, "notFound", 404, "complaint.codeRefused").toResponse(messages);
        }
        PublicStatus found = status.get().progress();
        List<StatusResponse.Step> steps = found.steps().stream()
                .map(s -> new StatusResponse.Step(s.action().name(), messages.get("history.action." + s.action().name()),
                        s.status().name(), messages.get("complaint.status." + s.status().name()), s.at()))
                .toList();
        return json(new StatusResponse(found.trackingNumber().value(), found.status().name(),
                messages.get("complaint.status." + found.status().name()), found.channel(),
                category(found.category(), messages), found.receivedAt(), steps), messages);
    }

    private static Response json(StatusResponse body, ProcessMessages messages) {
        return Response.ok(body).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .language(messages.locale()).build();
    }

    /** Logged-in staff (HTTP Basic or the staff login) are neither limited nor bound to the website's channel. */
    private boolean isStaff() {
        return security.getUserPrincipal() != null && (security.isUserInRole("RECEPTION")
                || security.isUserInRole("HANDLER") || security.isUserInRole("SUPERVISOR") || security.isUserInRole("ADMIN"));
    }

    /** 429 with Retry-After when the caller's address has used up its allowance. */
    private Optional<Response> overLimit(AnonymousLimit limit, ProcessMessages messages) {
        String client = limits.client(request);
        LimitDecision decision = limits.acquire(limit, client);
        if (decision.allowed()) {
            return Optional.empty();
        }
        LOG.log(Level.INFO, "REST: {0} from {1} over its limit", new Object[] {limit, client});
        long minutes = Math.max(1, (decision.retryAfterSeconds() + 59) / 60);
        return Optional.of(Response.fromResponse(Problem.of(messages, "tooManyRequests", 429,
                        "problem.tooManyRequests.detail", minutes).toResponse(messages))
                .header("Retry-After", Long.toString(decision.retryAfterSeconds())).build());
    }

    private static CategoryJson category(CategorySnapshot category, ProcessMessages messages) {
        return new CategoryJson(category.code(), category.label(messages.locale()), category.labelZh(),
                category.labelEn(), null);
    }
}
