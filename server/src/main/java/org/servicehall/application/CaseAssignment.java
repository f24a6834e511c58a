package org.servicehall.application;

import java.time.Instant;

/** Stage 3: the assignment to a department and handler, and the department's sign-for or return. */
public interface CaseAssignment {

    CaseView assign(String trackingNumber, Long expectedVersion, Order order);

    CaseView signFor(String trackingNumber, Long expectedVersion);

    CaseView returnAssignment(String trackingNumber, Long expectedVersion, String reason);

    /**
     * @param handleDue the handling deadline; null for the default of the urgency and category
     */
    record Order(String departmentCode, String handlerId, String scope, String standards, Instant handleDue) {
    }
}
