package org.servicehall.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicehall.application.Improvements;

/** Improvement actions (整改) raised from complaints. */
@Path("/v1/improvements")
@RequestScoped
@Tag(name = "Improvements")
@RolesAllowed({"RECEPTION", "HANDLER", "SUPERVISOR"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ImprovementResource {

    /** A new improvement action. */
    public record NewAction(String title, String description, String owner, LocalDate dueOn, List<String> cases) {
    }

    /** Progress, or the closing outcome. */
    public record Update(String text, Boolean done) {
    }

    @Inject
    Improvements improvements;

    @GET
    @Operation(summary = "All improvement actions, open ones first")
    public List<Improvements.ActionView> all() {
        return improvements.all();
    }

    @POST
    @RolesAllowed("SUPERVISOR")
    @Operation(summary = "Raise an improvement action from one or more complaints")
    public Response raise(NewAction body) {
        Improvements.ActionView action = improvements.raise(body.title(), body.description(), body.owner(), body.dueOn(),
                body.cases());
        return Response.status(Response.Status.CREATED).entity(action).build();
    }

    @POST
    @Path("{id}/progress")
    @Operation(summary = "Report progress (the owner or a supervisor)")
    public Improvements.ActionView progress(@PathParam("id") long id, Update body) {
        return improvements.reportProgress(id, body.text());
    }

    @POST
    @Path("{id}/closure")
    @RolesAllowed("SUPERVISOR")
    @Operation(summary = "Close as done (with the outcome) or cancelled (with the reason)")
    public Improvements.ActionView close(@PathParam("id") long id, Update body) {
        return improvements.close(id, !Boolean.FALSE.equals(body.done()), body.text());
    }
}
