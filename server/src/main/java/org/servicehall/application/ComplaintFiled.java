package org.servicehall.application;

/**
 * A complaint was filed through a channel and stored (fired after the commit); it waits for its
 * first response. Screens that show new complaints listen for it.
 */
public record ComplaintFiled(String trackingNumber, String channel) {
}
