package org.servicehall.application.internal;

import org.servicehall.application.CitizenStatus;
import org.servicehall.application.PublicStatus;
import org.servicehall.domain.model.complaint.Complaint;

/** The complainant's view of their complaint, shared by the citizen's use cases. */
final class CitizenCases {

    private CitizenCases() {
    }

    static CitizenStatus statusOf(Complaint complaint) {
        PublicStatus progress = DefaultComplaintStatusLookup.publicView(complaint);
        return new CitizenStatus(progress, complaint.deadlines().currentStage().orElse(null),
                complaint.deadlines().current().orElse(null), complaint.aftercare().citizenRating().orElse(null),
                complaint.aftercare().isRateable(), complaint.aftercare().isAppealable());
    }
}
