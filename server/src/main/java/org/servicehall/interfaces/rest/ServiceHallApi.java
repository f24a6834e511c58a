package org.servicehall.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** The REST application, mounted at {@code /api}. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(
        title = "ServiceHall API",
        version = "1",
        description = "Complaint handling for public service centers: filing, tracking and handling complaints.",
        license = @License(name = "Apache-2.0")))
public class ServiceHallApi extends Application {
}
