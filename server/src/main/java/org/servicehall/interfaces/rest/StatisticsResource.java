package org.servicehall.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicehall.application.FieldViolation;
import org.servicehall.application.InvalidInputException;
import org.servicehall.application.MonthlyReports;
import org.servicehall.application.Statistics;
import org.servicehall.domain.model.category.CategoryCatalog;
import org.servicehall.interfaces.messages.ProcessMessages;
import org.servicehall.interfaces.pdf.MonthlyReportDocument;
import org.servicehall.interfaces.pdf.PdfFonts;

/** Statistics of a period and the monthly report (PDF), for supervisors. */
@Path("/v1/statistics")
@RequestScoped
@Tag(name = "Statistics")
@RolesAllowed("SUPERVISOR")
public class StatisticsResource {

    @Inject
    Statistics statistics;

    @Inject
    MonthlyReports monthlyReports;

    @Inject
    CategoryCatalog catalog;

    @Inject
    PdfFonts fonts;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "servicehall.center.name", defaultValue = " ")
    String centre;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Counts and rates for the days from..to (yyyy-MM-dd, inclusive)")
    public Statistics.Report report(@QueryParam("from") String from, @QueryParam("to") String to) {
        return statistics.report(date(from, "from"), date(to, "to"));
    }

    @GET
    @Path("monthly-report")
    @Produces("application/pdf")
    @Operation(summary = "The monthly report of a month (yyyy-MM) as a PDF, in zh-CN or English (lang=en)")
    public Response monthlyReport(@QueryParam("month") String month, @QueryParam("lang") String lang) {
        YearMonth chosen = month(month);
        Locale locale = lang != null && !lang.isBlank() ? Locale.forLanguageTag(lang.strip()) : ProcessMessages.of(headers).locale();
        byte[] pdf = MonthlyReportDocument.render(monthlyReports.of(chosen), locale, centre, clock.getZone(),
                code -> catalog.find(code).map(c -> c.label(locale)).orElse(code), fonts);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", ContentDisposition.attachment("monthly-report-" + chosen + ".pdf"))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(List.of(FieldViolation.of("month", "required")));
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(List.of(FieldViolation.of("month", "invalid")));
        }
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
