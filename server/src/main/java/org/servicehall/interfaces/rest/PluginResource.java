package org.servicehall.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicehall.application.PluginReport;

/** The plugin report for IT staff: every installed plugin with its state, contributions and failures. */
@Path("/v1/plugins")
@RequestScoped
@Tag(name = "Plugins")
@RolesAllowed("ADMIN")
public class PluginResource {

    @Inject
    PluginReport report;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Installed plugins: state, version, contributions, call failures, last error, circuit")
    public List<PluginReport.Plugin> plugins() {
        return report.plugins();
    }
}
