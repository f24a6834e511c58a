package org.servicehall.bench.queries;

import org.servicehall.bench.Timing;

/** The times of one case, both ways, and what it returned. */
record Result(Case c, Timing jpa, Timing jdbc, String rows) {
}
