/**
 * A mailbox as a channel: polls IMAP(S), files each new mail as a complaint, replies by SMTP with
 * the tracking number, threads later mails that quote it into the case as notes, and keeps mail it
 * cannot take in a folder of its own. One Declarative Services component; Jakarta Mail (Eclipse
 * Angus) is embedded; nothing exported.
 */
package org.servicehall.plugins.channel.email;
