package org.servicehall.bench.queries;

import java.util.concurrent.Callable;

/** One query: the server's way and the plain SQL way, giving equal results. */
record Case(String id, String title, String note, Callable<Object> jpa, Callable<Object> jdbc, boolean firstPage) {
}
