package org.servicehall.domain.model.audit;

import java.util.List;

/** Where reads of personal data are recorded. */
public interface AuditTrail {

    void record(PersonalDataAccess access);

    List<PersonalDataAccess> forComplaint(String trackingNumber);
}
