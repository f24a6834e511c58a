/**
 * The REST API under {@code /api/v1}: JSON in and out, errors as RFC 9457 problem details in the
 * caller's language (zh-CN unless English is asked for), never a stack trace.
 */
package org.servicehall.interfaces.rest;
