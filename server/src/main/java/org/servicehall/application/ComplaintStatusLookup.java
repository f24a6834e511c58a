package org.servicehall.application;

import java.util.Optional;
import org.servicehall.domain.model.complaint.TrackingNumber;

/** The public view of a complaint's progress, by tracking number. */
public interface ComplaintStatusLookup {

    Optional<PublicStatus> find(TrackingNumber number);
}
