package org.servicehall.application;

/**
 * Staff at a window hand a complainant a new query code (RECEPTION, SUPERVISOR), after checking who
 * they are: the receipt was lost, or the number was locked after wrong codes. The old code stops
 * working, a lock ends, and the complaint's history records who did it and why, never the code.
 */
public interface QueryCodeReissue {

    /**
     * @param reason how the complainant was identified (required)
     * @return the case as it is now, with the new code in {@link CaseView#queryCode()}: the only time
     *         it is shown
     */
    CaseView reissue(String trackingNumber, Long expectedVersion, String reason);
}
