package org.servicehall.ui.facade.staff;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * The supervisor's figures and reports. Every call acts as the logged-in staff member, with their
 * role checked by the system; refusals throw {@link StepRefusedException} in words.
 */
public interface ReportsDesk {

    /**
     * The supervisor's figures for the days {@code from} to {@code to} (both null: this month so
     * far, in the hall's time zone); SUPERVISOR only.
     */
    Dashboard dashboard(LocalDate from, LocalDate to, Locale locale);

    /** The monthly report of {@code month} as a PDF document in {@code locale}; SUPERVISOR only. */
    byte[] monthlyReport(YearMonth month, Locale locale);
}
