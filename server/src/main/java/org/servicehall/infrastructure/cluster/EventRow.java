package org.servicehall.infrastructure.cluster;

/** One row of the event table. */
record EventRow(long id, String kind, String subject, String origin) {
}
