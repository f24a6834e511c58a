/**
 * The deadline rule: reminds the handler before a deadline, alerts the supervisors and supervises
 * (督办) a case once its deadline has passed, and sends a case not signed for in time back to the
 * supervisors. One Declarative Services component; nothing exported.
 */
package org.servicehall.plugins.escalation.deadlines;
