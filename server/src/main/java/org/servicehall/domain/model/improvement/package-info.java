/**
 * Improvement actions (整改) raised from one or many complaints: an owner, a deadline, progress
 * notes, tracked until closed. Stage 5 of the process: learning from complaints.
 */
package org.servicehall.domain.model.improvement;
