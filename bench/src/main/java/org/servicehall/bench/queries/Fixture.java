package org.servicehall.bench.queries;

import java.time.Instant;
import java.time.LocalDate;

/** The staff member, phone numbers and month the queries use, picked from the data by {@link FixturePicker}. */
record Fixture(Instant now, String department, String user, String phone, long phoneRows, String frequentPhone,
               long frequentRows, LocalDate monthFrom, LocalDate monthTo, String staffId, String staffNamed,
               String staffCategory) {
}
