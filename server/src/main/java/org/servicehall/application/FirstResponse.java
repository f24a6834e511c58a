package org.servicehall.application;

/**
 * Stage 1: the first response to a complaint (首接负责制). Whoever receives it owns it until a
 * department signs for it: they accept it into the process, resolve it on the spot, or redirect
 * it to the right agency.
 */
public interface FirstResponse {

    /**
     * A complaint made at the window, by phone, letter, visit or suggestion box, with its first
     * response; the answer carries the query code for the complainant's receipt.
     */
    CaseView receiveAtWindow(WindowIntake intake);

    CaseView accept(String trackingNumber, Long expectedVersion, RegistrationForm form);

    CaseView resolveOnSpot(String trackingNumber, Long expectedVersion, String whatWasDone);

    CaseView redirect(String trackingNumber, Long expectedVersion, String agencyCode, String explanation);

    /**
     * A complaint as registered at a window, and what the clerk did with it.
     *
     * @param outcome    {@code ACCEPT}, {@code RESOLVE_ON_SPOT} or {@code REDIRECT}
     * @param smsConsent the complainant agreed to be told by SMS at the phone number registered
     */
    record WindowIntake(String channel, String categoryCode, String description, RegistrationForm form,
                        String outcome, String whatWasDone, String agencyCode, String explanation,
                        String terminal, String idempotencyKey, boolean smsConsent) {

        public WindowIntake(String channel, String categoryCode, String description, RegistrationForm form,
                            String outcome, String whatWasDone, String agencyCode, String explanation,
                            String terminal, String idempotencyKey) {
            this(channel, categoryCode, description, form, outcome, whatWasDone, agencyCode, explanation, terminal,
                    idempotencyKey, false);
        }
    }
}
