package org.servicehall.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicehall.application.LoginThrottle;
import org.servicehall.interfaces.messages.ProcessMessages;

/** Staff user names locked for wrong passwords, for IT: see them, lift a lock, read the audit trail. */
@Path("/v1/login-locks")
@RequestScoped
@Tag(name = "Login locks")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class LoginLockResource {

    @Inject
    LoginThrottle throttle;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    /** The names locked now and how long a lock lasts. */
    public record Locks(long lockMinutes, List<LoginThrottle.Lock> locks) {
    }

    public record Unlocked(String username, boolean unlocked) {
    }

    @GET
    @Operation(summary = "User names locked now for wrong passwords, until when")
    public Locks locks() {
        return new Locks(throttle.lockDuration().toMinutes(), throttle.locks());
    }

    @DELETE
    @Path("{username}")
    @Operation(summary = "Lift the lock of a user name (and forget its wrong passwords); recorded in the audit trail")
    public Response unlock(@PathParam("username") String username) {
        if (!throttle.unlock(username, security.getUserPrincipal().getName())) {
            ProcessMessages messages = ProcessMessages.of(headers);
            return Problem.of(messages, "notFound", 404, "login.notLocked").toResponse(messages);
        }
        return Response.ok(new Unlocked(username, true)).build();
    }

    @GET
    @Path("audit")
    @Operation(summary = "Locks and lifted locks, newest first: when, which name, from which client address, by whom")
    public List<LoginThrottle.Event> audit() {
        return throttle.audit(200);
    }
}
