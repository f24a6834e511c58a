package org.servicehall.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicehall.application.FieldViolation;
import org.servicehall.application.InvalidInputException;
import org.servicehall.application.Statistics;

/** Statistics of a period for supervisors. */
@Path("/v1/statistics")
@RequestScoped
@Tag(name = "Statistics")
@RolesAllowed("SUPERVISOR")
public class StatisticsResource {

    @Inject
    Statistics statistics;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Counts and rates for the days from..to (yyyy-MM-dd, inclusive)")
    public Statistics.Report report(@QueryParam("from") String from, @QueryParam("to") String to) {
        return statistics.report(date(from, "from"), date(to, "to"));
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(List.of(FieldViolation.of(field, "invalid")));
        }
    }
}
