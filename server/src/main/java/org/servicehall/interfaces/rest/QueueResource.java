package org.servicehall.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicehall.application.CaseQueries.CaseSummary;
import org.servicehall.application.CaseQueries.Page;
import org.servicehall.application.CaseQueries;
import org.servicehall.application.FieldViolation;
import org.servicehall.application.InvalidInputException;

/** The work queues and search, paged, filtered and sorted by the database. */
@Path("/v1/queues")
@RequestScoped
@Tag(name = "Queues")
@RolesAllowed({"RECEPTION", "HANDLER", "SUPERVISOR"})
public class QueueResource {

    @Inject
    CaseQueries queries;

    @GET
    @Path("{queue}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A page of a work queue: new, mine, received, department, unassigned, due-soon, overdue, department-overdue, escalated, awaiting-approval, all")
    public Page<CaseSummary> queue(@PathParam("queue") String queue, @QueryParam("status") String status,
                                   @QueryParam("urgency") String urgency, @QueryParam("category") String category,
                                   @QueryParam("channel") String channel, @QueryParam("q") String text,
                                   @QueryParam("sort") String sort, @QueryParam("offset") @DefaultValue("0") int offset,
                                   @QueryParam("limit") @DefaultValue("20") int limit) {
        CaseQueries.Queue which;
        try {
            which = CaseQueries.Queue.valueOf(queue.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(FieldViolation.of("queue", "unknown")));
        }
        return queries.queue(new CaseQueries.QueueRequest(which, status, urgency, category, channel, text, sort, offset, limit));
    }
}
