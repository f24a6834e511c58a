package org.servicehall.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON a channel sends to file a complaint. Documents the body of
 * {@code POST /api/v1/complaints}; the resource reads the fields one by one so that each wrong
 * field is reported by name.
 */
@Schema(name = "FilingRequest", description = "A complaint as filed through a channel.")
public record FilingRequest(
        @Schema(description = "Channel code: KIOSK, WINDOW, PHONE_HOTLINE, WEBSITE, GOV_APP, WECHAT, LETTER, VISIT, SUGGESTION_BOX. "
                + "Logged-in staff only; defaults to WEBSITE, and anonymous filings are always WEBSITE.",
                example = "WEBSITE") String channel,
        @Schema(required = true, description = "A category code from GET /api/v1/categories.", example = "SERVICE_ATTITUDE")
        String categoryCode,
        @Schema(required = true, maxLength = 2000, description = "What happened, in the complainant's words.")
        String description,
        @Schema(maxLength = 50, description = "Complainant's name; not with anonymous.") String complainantName,
        @Schema(description = "Mobile (11 digits) or landline with area code; required unless anonymous.",
                example = "13800138000") String complainantPhone,
        @Schema(description = "True when the complainant does not want to be contacted.", defaultValue = "false")
        Boolean anonymous,
        @Schema(maxLength = 40, description = "The receiving terminal (kiosk or window id), if any. Logged-in staff only; "
                + "anonymous filings are recorded with the terminal API.") String terminal,
        @Schema(maxLength = 64, description = "Repeat a submission with the same key to get the first receipt instead of a second complaint; the Idempotency-Key header takes precedence.")
        String idempotencyKey,
        @Schema(description = "True when the complainant agreed to be told by SMS at complainantPhone how the complaint goes "
                + "(receipt, sign-for, result, rating invitation); ignored for anonymous filings.", defaultValue = "false")
        Boolean notifyBySms,
        @Schema(maxLength = 254, description = "An e-mail address the complainant agreed to be told at; ignored for anonymous filings.",
                example = "citizen@example.cn") String notifyEmail) {
}
