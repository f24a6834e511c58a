/**
 * The complaint aggregate: a complaint, its tracking number, its complainant and its append-only
 * history. A complaint changes only through named transitions that check their own preconditions.
 */
package org.servicehall.domain.model.complaint;
