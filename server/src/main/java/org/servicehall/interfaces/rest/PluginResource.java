package org.servicehall.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicehall.application.PluginAdministration;
import org.servicehall.application.PluginReport;

/** The plugin report for IT staff: every installed plugin with its state, contributions and failures. */
@Path("/v1/plugins")
@RequestScoped
@Tag(name = "Plugins")
@RolesAllowed("ADMIN")
public class PluginResource {

    @Inject
    PluginReport report;

    @Inject
    PluginAdministration administration;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    /** The answer to an action: how it ended, in words, and the codes for programs. */
    public record ActionResponse(String outcome, String plugin, String version, String reason, String message,
                                 String detail) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Installed plugins: state, version, contributions, call failures, last error, circuit")
    public List<PluginReport.Plugin> plugins() {
        return report.plugins();
    }

    @POST
    @Consumes({"application/java-archive", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a plugin jar: checked (and signature-verified when required), then installed or updated")
    public Response upload(@QueryParam("fileName") String fileName, InputStream body) {
        return answer(administration.upload(fileName, body, actor()));
    }

    @POST
    @Path("{plugin}/stop")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stop a plugin; it stays stopped across restarts until started")
    public Response stop(@PathParam("plugin") String plugin) {
        return answer(administration.stop(plugin, actor()));
    }

    @POST
    @Path("{plugin}/start")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a stopped plugin")
    public Response start(@PathParam("plugin") String plugin) {
        return answer(administration.start(plugin, actor()));
    }

    @DELETE
    @Path("{plugin}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remove a plugin: uninstalled, its jar moved out of the plugin folder")
    public Response remove(@PathParam("plugin") String plugin) {
        return answer(administration.remove(plugin, actor()));
    }

    @GET
    @Path("rejections")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Jars the checks turned away, newest first, with the reason")
    public List<PluginAdministration.Rejection> rejections() {
        return administration.rejections(100);
    }

    @GET
    @Path("audit")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who did what to which plugin, newest first")
    public List<PluginAdministration.AuditEntry> audit() {
        return administration.audit(200);
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    private Response answer(PluginAdministration.Result result) {
        RestMessages messages = RestMessages.of(headers);
        String message = result.reason() != null
                ? messages.get("plugin.reject." + result.reason())
                : messages.get("plugin.outcome." + result.outcome().name(), result.plugin());
        int status = switch (result.outcome()) {
            case DONE -> 200;
            case REJECTED -> 422;
            case NOT_FOUND -> 404;
            case FAILED -> 409;
        };
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ActionResponse(
                result.outcome().name(), result.plugin(), result.version(), result.reason(), message, result.detail())).build();
    }
}
