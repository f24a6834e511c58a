package org.servicehall.interfaces.web;

/** Which address a request comes from, as the rate limits count it. */
public final class ClientAddress {

    private ClientAddress() {
    }

    /**
     * The client's address: the connection's, or with a trusted proxy the last address in
     * X-Forwarded-For (the one the proxy added; earlier ones are whatever the client claimed).
     */
    public static String of(String remoteAddress, String forwardedFor, boolean forwardedTrusted) {
        if (forwardedTrusted && forwardedFor != null) {
            String[] hops = forwardedFor.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                String hop = hops[i].strip();
                if (!hop.isEmpty()) {
                    return hop;
                }
            }
        }
        return remoteAddress;
    }
}
