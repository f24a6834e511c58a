/**
 * E-mail as a notifier: each message of the hall's outbox goes out by SMTP as one mail in Chinese
 * and English (text and HTML), to a complainant who agreed to e-mail, a staff member with an
 * address, or the duty addresses of a role. One Declarative Services component; Jakarta Mail
 * (Eclipse Angus) is embedded; nothing exported.
 */
package org.servicehall.plugins.notify.email;
