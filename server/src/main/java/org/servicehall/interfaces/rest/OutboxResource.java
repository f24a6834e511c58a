package org.servicehall.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicehall.application.FieldViolation;
import org.servicehall.application.InvalidInputException;
import org.servicehall.application.Outbox;
import org.servicehall.application.OutboxMessages;
import org.servicehall.domain.model.complaint.TrackingNumber;

/**
 * The outbox for supervisors and IT: the alerts, reminders and notices the system sent, newest
 * first, each with whether a notifier delivered it (and which) or it is still pending.
 */
@Path("/v1/outbox")
@RequestScoped
@Tag(name = "Outbox")
@RolesAllowed({"SUPERVISOR", "ADMIN"})
public class OutboxResource {

    static final int MAX = 200;

    @Inject
    OutboxMessages outbox;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Messages in the outbox, newest first (at most 200); optionally those about one complaint")
    public List<MessageJson> messages(@QueryParam("trackingNumber") String trackingNumber) {
        String number = null;
        if (trackingNumber != null && !trackingNumber.isBlank()) {
            number = TrackingNumber.parse(trackingNumber).map(TrackingNumber::value).orElseThrow(() ->
                    new InvalidInputException(List.of(FieldViolation.of("trackingNumber", "invalid"))));
        }
        return outbox.recent(number, MAX).stream().map(p -> new MessageJson(p.id(), p.createdAt(),
                p.message().recipientKind().name(), p.message().recipientId(), p.message().trackingNumber(),
                p.message().subjectZh(), p.message().subjectEn(), p.message().bodyZh(), p.message().bodyEn(),
                p.delivered() ? "DELIVERED" : "PENDING", p.deliveredAt(), p.deliveredBy(), p.attempts(),
                p.message().kind(), p.notBefore())).toList();
    }

    @GET
    @Path("deliveries")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What was sent about one complaint: each message with each notifier's state "
            + "(SENT, FAILED, DELIVERED, UNDELIVERED; none yet: notifier null); a complainant only by kind")
    public List<DeliveryJson> deliveries(@QueryParam("trackingNumber") String trackingNumber) {
        String number = TrackingNumber.parse(trackingNumber == null ? "" : trackingNumber).map(TrackingNumber::value)
                .orElseThrow(() -> new InvalidInputException(List.of(FieldViolation.of("trackingNumber", "invalid"))));
        return outbox.deliveries(number, MAX).stream().map(d -> new DeliveryJson(d.outboxId(), d.kind(),
                d.recipientKind().name(), d.recipientKind() == Outbox.RecipientKind.COMPLAINANT ? null : d.recipientId(),
                d.createdAt(), d.notBefore(), d.completedAt(), d.notifierId(), d.state(), d.sentAt(), d.report())).toList();
    }
}
