/**
 * The repeat rule: the same complainant, or complaints about the same staff member or window, a
 * number of times within some days, and the supervisors are alerted with the tracking numbers.
 * One Declarative Services component; nothing exported.
 */
package org.servicehall.plugins.escalation.repeat;
