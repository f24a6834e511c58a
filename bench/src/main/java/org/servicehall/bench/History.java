package org.servicehall.bench;

/** One history row of a generated complaint, as the server writes it. */
record History(String action, String from, String to, String actorId, String role, String terminal, long at,
               String summary) {
}
