/**
 * What the people who run the servers watch on {@code /metrics}: filings per channel, queue
 * lengths, backlogs and plugin health. Gauges read a snapshot that is refreshed on a schedule, so a
 * scrape never queries the database.
 */
package org.servicehall.infrastructure.metrics;
