package org.servicehall.ui.citizen;

import java.util.List;

/** The government service rating (好差评) as kiosk and site offer it: five levels and the reasons that go with them. */
public final class RatingScale {

    /** The five levels of the government service rating, best first. */
    public static final List<String> LEVELS =
            List.of("VERY_SATISFIED", "SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED", "VERY_DISSATISFIED");

    /** Reasons offered for a good rating. */
    public static final List<String> GOOD_REASONS = List.of("SOLVED", "FAST", "CLEAR", "FRIENDLY");

    /** Reasons offered for a bad rating. */
    public static final List<String> BAD_REASONS = List.of("NOT_SOLVED", "TOO_SLOW", "UNCLEAR", "UNFRIENDLY", "NO_CONTACT");

    private RatingScale() {
    }
}
