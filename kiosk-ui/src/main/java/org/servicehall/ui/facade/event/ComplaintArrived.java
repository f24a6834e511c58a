package org.servicehall.ui.facade.event;

/**
 * A complaint was filed through a channel (a kiosk, the website, the API) and waits for its first
 * response; fired after it is stored.
 */
public record ComplaintArrived(String trackingNumber, String channel) {
}
