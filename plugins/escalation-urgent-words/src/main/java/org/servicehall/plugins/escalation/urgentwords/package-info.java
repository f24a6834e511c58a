/**
 * The urgent-words rule: a complaint whose text mentions danger to life, self-harm, a mass
 * incident, the media or petitioning to higher levels becomes an emergency and the supervisors are
 * alerted at once. One Declarative Services component; nothing exported.
 */
package org.servicehall.plugins.escalation.urgentwords;
