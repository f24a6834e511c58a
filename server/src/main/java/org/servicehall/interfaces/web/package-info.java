/**
 * Protection of the anonymous entry points in front of their screens and resources: per-client
 * rate limits on what costs the system or guesses at secrets (filings, lookups by tracking number
 * and query code) for the public website, the kiosk and the public REST API.
 */
package org.servicehall.interfaces.web;
