/**
 * The query benchmark ({@code queries.sh}) and the queue sweep ({@code queues.sh}): the server's own
 * JPA queries timed on a loaded database, each next to the same result in plain SQL. Nothing here is
 * part of the server; it reaches the server's query classes only through their public methods.
 */
package org.servicehall.bench.queries;
