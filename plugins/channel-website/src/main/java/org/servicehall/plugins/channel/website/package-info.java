/**
 * The public website (and the government app's web view of it) as a channel: while this bundle
 * runs, the hall serves {@code /public/} and files what arrives there with channel
 * {@code WEBSITE} (or {@code GOV_APP}); stopped or removed, the site answers 503 or 404 and every
 * other channel goes on. Its per-client rate limits are this channel's settings, edited by IT on
 * the admin screen. One Declarative Services component; nothing exported.
 */
package org.servicehall.plugins.channel.website;
