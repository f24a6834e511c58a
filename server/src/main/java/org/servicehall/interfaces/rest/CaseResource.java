package org.servicehall.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicehall.application.Archiving;
import org.servicehall.application.CallerContext;
import org.servicehall.application.CaseAssignment;
import org.servicehall.application.CaseQueries;
import org.servicehall.application.CaseView;
import org.servicehall.application.FieldViolation;
import org.servicehall.application.FirstResponse;
import org.servicehall.application.Handling;
import org.servicehall.application.InvalidInputException;
import org.servicehall.application.Investigation;
import org.servicehall.application.QueryCodeReissue;
import org.servicehall.application.ResultFeedback;
import org.servicehall.application.Triage;
import org.servicehall.interfaces.messages.ProcessMessages;
import org.servicehall.interfaces.pdf.PdfFonts;

/**
 * Every step of a case for staff, one sub-resource per step of the process. Each change answers
 * with the whole case as it is now (with its new version). The domain decides which role may take
 * which step in which state; refusals come back as problem details in words.
 */
@Path("/v1/cases")
@RequestScoped
@Tag(name = "Cases", description = "The complaint lifecycle for staff")
@RolesAllowed({"RECEPTION", "HANDLER", "SUPERVISOR"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {

    @Inject
    FirstResponse firstResponse;

    @Inject
    Triage triage;

    @Inject
    CaseAssignment assignment;

    @Inject
    Investigation investigation;

    @Inject
    Handling handling;

    @Inject
    ResultFeedback feedback;

    @Inject
    Archiving archiving;

    @Inject
    CaseQueries queries;

    @Inject
    QueryCodeReissue queryCodes;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Inject
    Clock clock;

    @Inject
    PdfFonts pdfFonts;

    @Inject
    CallerContext caller;

    private static final String PDF = "application/pdf";

    @POST
    @RolesAllowed({"RECEPTION", "SUPERVISOR"})
    @Operation(summary = "Register a complaint made at the window, by phone, letter, visit or suggestion box, with its first response")
    public Response receiveAtWindow(CaseRequests.WindowIntake body) {
        CaseRequests.Registration registration = body.registration();
        CaseView created = firstResponse.receiveAtWindow(new FirstResponse.WindowIntake(body.channel(),
                body.categoryCode(), body.description(), registration == null ? null : registration.form(),
                body.outcome(), body.whatWasDone(), body.agencyCode(), body.explanation(), body.terminal(),
                body.idempotencyKey()));
        URI location = uri.getBaseUriBuilder().path(CaseResource.class).path(created.trackingNumber()).build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @Path("{number}")
    @Operation(summary = "The whole case, personal data masked")
    public CaseView view(@PathParam("number") String number) {
        return queries.view(number);
    }

    @GET
    @Path("{number}/file")
    @Produces({MediaType.TEXT_HTML, PDF})
    @Operation(summary = "The whole case file as one printable document (personal data masked): HTML, "
            + "or PDF with ?format=pdf or Accept: application/pdf")
    public Response caseFile(@PathParam("number") String number, @QueryParam("format") String format) {
        ProcessMessages messages = ProcessMessages.of(headers);
        boolean pdf = wantsPdf(format);
        CaseFileDocument file = CaseFileDocument.of(queries.view(number), messages, clock.getZone());
        if (pdf) {
            return Response.ok(file.pdf(pdfFonts, caller.displayName(), clock.instant()), PDF)
                    .header("Content-Disposition", ContentDisposition.attachment("case-file-" + number + ".pdf"))
                    .header("X-Content-Type-Options", "nosniff")
                    .build();
        }
        return Response.ok(file.html())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
                .build();
    }

    /** PDF when asked for by {@code format=pdf}, or when the client's first choice is PDF. */
    private boolean wantsPdf(String format) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "pdf" -> true;
                case "html" -> false;
                default -> throw new InvalidInputException(List.of(FieldViolation.of("format", "invalid")));
            };
        }
        List<MediaType> acceptable = headers.getAcceptableMediaTypes();
        return !acceptable.isEmpty() && !acceptable.get(0).isWildcardType()
                && acceptable.get(0).isCompatible(MediaType.valueOf(PDF));
    }

    @GET
    @Path("{number}/complainant")
    @Operation(summary = "The complainant's unmasked personal data; every read is recorded in the audit trail")
    public CaseView.ComplainantView complainant(@PathParam("number") String number, @QueryParam("purpose") String purpose) {
        return queries.complainant(number, purpose);
    }

    @POST
    @Path("{number}/acceptance")
    @RolesAllowed({"RECEPTION", "SUPERVISOR"})
    @Operation(summary = "First response: accept into the formal process with the registration form")
    public CaseView accept(@PathParam("number") String number, CaseRequests.Registration body) {
        return firstResponse.accept(number, body.version(), body.form());
    }

    @POST
    @Path("{number}/on-spot-resolution")
    @RolesAllowed({"RECEPTION", "SUPERVISOR"})
    @Operation(summary = "First response: resolved at first contact")
    public CaseView resolveOnSpot(@PathParam("number") String number, CaseRequests.OnSpot body) {
        return firstResponse.resolveOnSpot(number, body.version(), body.whatWasDone());
    }

    @POST
    @Path("{number}/redirection")
    @RolesAllowed({"RECEPTION", "SUPERVISOR"})
    @Operation(summary = "First response: outside the remit, redirected to an agency from the directory")
    public CaseView redirect(@PathParam("number") String number, CaseRequests.Redirect body) {
        return firstResponse.redirect(number, body.version(), body.agencyCode(), body.explanation());
    }

    @PUT
    @Path("{number}/registration")
    @RolesAllowed({"RECEPTION", "SUPERVISOR"})
    @Operation(summary = "Correct or complete the registration form")
    public CaseView updateRegistration(@PathParam("number") String number, CaseRequests.Registration body) {
        return triage.updateRegistration(number, body.version(), body.form());
    }

    @POST
    @Path("{number}/triage")
    @RolesAllowed("SUPERVISOR")
    @Operation(summary = "Classify and assess: category, business area, urgency, severity, impact, emergency")
    public CaseView triage(@PathParam("number") String number, CaseRequests.Triage body) {
        return triage.triage(number, body.version(), new Triage.TriageDecision(body.categoryCode(), body.businessArea(),
                body.urgency(), body.severity(), body.adverseImpact(), body.major(), body.emergencyStarted(), body.alerted()));
    }

    @POST
    @Path("{number}/duplicates/{flag}")
    @RolesAllowed({"RECEPTION", "SUPERVISOR"})
    @Operation(summary = "Confirm or dismiss a possible duplicate")
    public CaseView decideDuplicate(@PathParam("number") String number, @PathParam("flag") long flag,
                                    CaseRequests.DuplicateDecision body) {
        return triage.decideDuplicate(number, body.version(), flag, Boolean.TRUE.equals(body.confirmed()));
    }

    @POST
    @Path("{number}/assignment")
    @RolesAllowed("SUPERVISOR")
    @Operation(summary = "Assign to a department and handler with scope, standards and deadline")
    public CaseView assign(@PathParam("number") String number, CaseRequests.Assignment body) {
        return assignment.assign(number, body.version(), new CaseAssignment.Order(body.departmentCode(),
                body.handlerId(), body.scope(), body.standards(), body.handleDue()));
    }

    @POST
    @Path("{number}/sign-for")
    @RolesAllowed({"HANDLER", "SUPERVISOR"})
    @Operation(summary = "The department signs for the assignment (签收)")
    public CaseView signFor(@PathParam("number") String number, CaseRequests.Versioned body) {
        return assignment.signFor(number, body.version());
    }

    @POST
    @Path("{number}/return")
    @RolesAllowed({"HANDLER", "SUPERVISOR"})
    @Operation(summary = "The department returns the assignment with a reason")
    public CaseView returnAssignment(@PathParam("number") String number, CaseRequests.Reason body) {
        return assignment.returnAssignment(number, body.version(), body.reason());
    }

    @POST
    @Path("{number}/notes")
    @RolesAllowed({"HANDLER", "SUPERVISOR"})
    @Operation(summary = "Add an investigation note (interview, records, CCTV, site visit, complainant contact)")
    public CaseView addNote(@PathParam("number") String number, CaseRequests.Note body) {
        return investigation.addNote(number, body.version(), body.kind(), body.text());
    }

    @POST
    @Path("{number}/evidence")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Add an evidence file (the body is the file); stored once, never overwritten, SHA-256 recorded")
    public CaseView addEvidence(@PathParam("number") String number, @QueryParam("version") Long version,
                                @QueryParam("fileName") String fileName, @QueryParam("description") String description,
                                @HeaderParam("Content-Type") String contentType, InputStream content) {
        return investigation.addEvidence(number, version, fileName, contentType, description, content);
    }

    @GET
    @Path("{number}/evidence/{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an evidence file")
    public Response evidence(@PathParam("number") String number, @PathParam("id") long id) {
        Investigation.EvidenceFile file = investigation.openEvidence(number, id);
        return Response.ok(file.content(), file.contentType())
                .header("Content-Length", file.size())
                .header("Content-Disposition", ContentDisposition.attachment(file.fileName()))
                .header("Digest", "sha-256=" + file.sha256())
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @POST
    @Path("{number}/finding")
    @RolesAllowed({"HANDLER", "SUPERVISOR"})
    @Operation(summary = "Record the finding: substantiated or not, which parts, and the cause")
    public CaseView recordFinding(@PathParam("number") String number, CaseRequests.Finding body) {
        return investigation.recordFinding(number, body.version(), new Investigation.FindingReport(body.outcome(),
                body.substantiatedParts(), body.cause(), body.causeOther(), body.basis()));
    }

    @POST
    @Path("{number}/plan")
    @RolesAllowed({"HANDLER", "SUPERVISOR"})
    @Operation(summary = "Propose the handling plan; urgent, emergency and major complaints need approval")
    public CaseView proposePlan(@PathParam("number") String number, CaseRequests.Plan body) {
        return handling.proposePlan(number, body.version(),
                new Handling.PlanProposal(body.measures(), body.responsible(), body.dueOn()));
    }

    @POST
    @Path("{number}/plan/approval")
    @RolesAllowed("SUPERVISOR")
    @Operation(summary = "Approve the plan, or send it back with a reason")
    public CaseView decidePlan(@PathParam("number") String number, CaseRequests.Approval body) {
        return Boolean.TRUE.equals(body.approve()) ? handling.approvePlan(number, body.version())
                : handling.sendPlanBack(number, body.version(), body.reason());
    }

    @POST
    @Path("{number}/measures")
    @RolesAllowed({"HANDLER", "SUPERVISOR"})
    @Operation(summary = "Record a measure carried out")
    public CaseView recordMeasure(@PathParam("number") String number, CaseRequests.MeasureDone body) {
        return handling.recordMeasure(number, body.version(), body.kind(), body.details());
    }

    @POST
    @Path("{number}/handling-completion")
    @RolesAllowed({"HANDLER", "SUPERVISOR"})
    @Operation(summary = "Handling is complete; the result is to be fed back")
    public CaseView completeHandling(@PathParam("number") String number, CaseRequests.Versioned body) {
        return handling.completeHandling(number, body.version());
    }

    @POST
    @Path("{number}/extensions")
    @RolesAllowed({"HANDLER", "SUPERVISOR"})
    @Operation(summary = "Request more time for the current stage")
    public CaseView requestExtension(@PathParam("number") String number, CaseRequests.ExtensionRequest body) {
        return handling.requestExtension(number, body.version(), body.requestedDue(), body.reason());
    }

    @POST
    @Path("{number}/extensions/{id}/decision")
    @RolesAllowed("SUPERVISOR")
    @Operation(summary = "Approve or reject an extension request")
    public CaseView decideExtension(@PathParam("number") String number, @PathParam("id") long id,
                                    CaseRequests.ExtensionDecision body) {
        return handling.decideExtension(number, body.version(), id, Boolean.TRUE.equals(body.approve()), body.note());
    }

    @POST
    @Path("{number}/feedback")
    @Operation(summary = "Record the feedback given to the complainant, their opinion and satisfaction")
    public CaseView recordFeedback(@PathParam("number") String number, CaseRequests.Feedback body) {
        return feedback.recordFeedback(number, body.version(), new ResultFeedback.FeedbackReport(body.method(),
                body.content(), body.opinion(), body.satisfaction(), body.appealRouteExplained()));
    }

    @POST
    @Path("{number}/feedback-skipped")
    @Operation(summary = "Close without feedback: the complainant left no way to be reached")
    public CaseView skipFeedback(@PathParam("number") String number, CaseRequests.Reason body) {
        return feedback.skipFeedback(number, body.version(), body.reason());
    }

    @POST
    @Path("{number}/appeal")
    @RolesAllowed({"RECEPTION", "SUPERVISOR"})
    @Operation(summary = "The dissatisfied complainant appeals; re-examination by another handler")
    public CaseView appeal(@PathParam("number") String number, CaseRequests.Reason body) {
        return feedback.appeal(number, body.version(), body.reason());
    }

    @POST
    @Path("{number}/archive")
    @RolesAllowed({"RECEPTION", "SUPERVISOR"})
    @Operation(summary = "Archive the case; it is frozen afterwards")
    public CaseView archive(@PathParam("number") String number, CaseRequests.Versioned body) {
        return archiving.archive(number, body.version());
    }

    @POST
    @Path("{number}/reopening")
    @RolesAllowed("SUPERVISOR")
    @Operation(summary = "Reopen an archived case, with a reason on record")
    public CaseView reopen(@PathParam("number") String number, CaseRequests.Reason body) {
        return archiving.reopen(number, body.version(), body.reason());
    }

    @POST
    @Path("{number}/supervision")
    @RolesAllowed("SUPERVISOR")
    @Operation(summary = "Mark the case as supervised (督办)")
    public CaseView supervise(@PathParam("number") String number, CaseRequests.Reason body) {
        return archiving.supervise(number, body.version(), body.reason());
    }

    @POST
    @Path("{number}/urgency")
    @RolesAllowed("SUPERVISOR")
    @Operation(summary = "Raise the urgency")
    public CaseView raiseUrgency(@PathParam("number") String number, CaseRequests.UrgencyRaise body) {
        return archiving.raiseUrgency(number, body.version(), body.urgency(), body.reason());
    }

    @POST
    @Path("{number}/query-code")
    @RolesAllowed({"RECEPTION", "SUPERVISOR"})
    @Operation(summary = "Hand the complainant a new query code (at a window, after checking who they are)",
            description = "The old code stops working and a lock after wrong codes ends. The answer carries the "
                    + "new code in queryCode, the only time it is shown; the history records who and why, never the code.")
    public CaseView reissueQueryCode(@PathParam("number") String number, CaseRequests.Reason body) {
        return queryCodes.reissue(number, body == null ? null : body.version(), body == null ? null : body.reason());
    }
}
