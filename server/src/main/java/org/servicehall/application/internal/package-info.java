/**
 * Implementations of the application services: input checks, transactions, and the calls into the
 * domain and its repositories. Nothing outside the application layer refers to these classes.
 */
package org.servicehall.application.internal;
