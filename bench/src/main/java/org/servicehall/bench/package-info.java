/**
 * Generated complaints as the server's lifecycle would have left them, loaded by plain JDBC, and the
 * plain SQL and timing the benchmarks compare the server's queries with. The generator is
 * deterministic: the same seed and time give the same rows.
 */
package org.servicehall.bench;
