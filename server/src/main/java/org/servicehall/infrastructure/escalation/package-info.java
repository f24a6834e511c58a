/**
 * When escalation rules run: after every stored change of a complaint, and on a schedule over the
 * complaints whose deadline has passed or is near, on one server at a time (a database lease).
 */
package org.servicehall.infrastructure.escalation;
