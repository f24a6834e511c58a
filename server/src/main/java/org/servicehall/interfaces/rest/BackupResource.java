package org.servicehall.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicehall.application.Backups;
import org.servicehall.interfaces.messages.ProcessMessages;

/** Online backups for IT staff (README: Backups): the embedded database and the evidence files. */
@Path("/v1/backups")
@RequestScoped
@Tag(name = "Backups")
@RolesAllowed("ADMIN")
public class BackupResource {

    @Inject
    Backups backups;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Back up the Derby database and the evidence files while the hall keeps working"
            + " (PostgreSQL: 409, use pg_dump)")
    public Response take() {
        ProcessMessages messages = ProcessMessages.of(headers);
        try {
            return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(backups.take(security.getUserPrincipal().getName())).build();
        } catch (Backups.UnsupportedDatabaseException e) {
            return Problem.of(messages, "backupByDatabase", 409, "backup.byDatabase", e.database()).toResponse(messages);
        } catch (Backups.BackupInProgressException e) {
            return Problem.of(messages, "backupRunning", 409, "backup.running").toResponse(messages);
        }
    }
}
