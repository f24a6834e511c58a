/**
 * Protection of the anonymous public website in front of its screens: per-client rate limits on
 * what costs the system or guesses at secrets (filings, lookups by tracking number and query code).
 */
package org.servicehall.interfaces.web;
