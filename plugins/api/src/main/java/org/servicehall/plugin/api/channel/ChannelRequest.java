package org.servicehall.plugin.api.channel;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP request to a channel's endpoint, as the host received it. Header names are matched
 * without regard to case. The body is complete (the host bounded its size before).
 */
public final class ChannelRequest {

    private final String method;
    private final String path;
    private final Map<String, List<String>> query;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final String remoteAddress;
    private final String endpointUri;

    /**
     * @param method        the HTTP method, upper case
     * @param path          the path below {@code /api/v1/channels/<id>/}, without a leading slash; may be empty
     * @param query         the query parameters, decoded
     * @param headers       the request headers
     * @param body          the request body; empty when there is none
     * @param remoteAddress the client's address as the server saw it
     */
    public ChannelRequest(String method, String path, Map<String, List<String>> query,
                          Map<String, List<String>> headers, byte[] body, String remoteAddress) {
        this(method, path, query, headers, body, remoteAddress, "");
    }

    /**
     * @param endpointUri the absolute URI of the channel's endpoint as the client reached it, ending
     *                    in a slash, e.g. {@code https://hall.example/api/v1/channels/open311/}
     */
    public ChannelRequest(String method, String path, Map<String, List<String>> query,
                          Map<String, List<String>> headers, byte[] body, String remoteAddress, String endpointUri) {
        this.method = method.toUpperCase(Locale.ROOT);
        this.path = path == null ? "" : path;
        this.query = copy(query, new TreeMap<>());
        this.headers = copy(headers, new TreeMap<>(String.CASE_INSENSITIVE_ORDER));
        this.body = body == null ? new byte[0] : body.clone();
        this.remoteAddress = remoteAddress == null ? "" : remoteAddress;
        this.endpointUri = endpointUri == null ? "" : endpointUri;
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> from, TreeMap<String, List<String>> to) {
        if (from != null) {
            from.forEach((name, values) -> {
                if (name != null) {
                    to.put(name, values == null ? List.of() : List.copyOf(values));
                }
            });
        }
        return Collections.unmodifiableMap(to);
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public Map<String, List<String>> query() {
        return query;
    }

    /** The first value of a query parameter. */
    public Optional<String> queryParameter(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of a header, its name matched without regard to case. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    /** A copy of the body. */
    public byte[] body() {
        return body.clone();
    }

    /** The body decoded as UTF-8 (malformed sequences replaced). */
    public String bodyAsText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public String remoteAddress() {
        return remoteAddress;
    }

    /** The absolute URI of the channel's endpoint as the client reached it, ending in a slash; empty when unknown. */
    public String endpointUri() {
        return endpointUri;
    }
}
