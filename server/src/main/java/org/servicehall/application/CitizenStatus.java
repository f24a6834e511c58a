package org.servicehall.application;

import java.time.Instant;
import org.servicehall.domain.model.calendar.Stage;
import org.servicehall.domain.model.complaint.Satisfaction;

/**
 * What the complainant sees of their own complaint after proving it is theirs: the public progress,
 * the deadline that runs now, their rating, and what they may do next. Never personal data, the
 * description or internal notes.
 *
 * @param currentStage the stage whose deadline runs now; null once the complaint is finished
 * @param currentDue   that stage's deadline; null once the complaint is finished
 * @param rating       the complainant's own rating, if they gave one
 * @param rateable     the complaint is finished and may be rated now
 * @param appealable   the complainant is dissatisfied with a closed complaint and may appeal
 */
public record CitizenStatus(PublicStatus progress, Stage currentStage, Instant currentDue, Satisfaction rating,
                            boolean rateable, boolean appealable) {
}
