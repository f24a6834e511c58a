/**
 * The audit trail of reads of complainants' personal data: who saw what, when, and why. Entries
 * are only ever added.
 */
package org.servicehall.domain.model.audit;
