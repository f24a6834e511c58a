package org.servicehall.plugin.api.channel;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The answer to a {@link ChannelRequest}: status, content type, extra headers, body. */
public final class ChannelResponse {

    private final int status;
    private final String contentType;
    private final Map<String, String> headers;
    private final byte[] body;

    private ChannelResponse(int status, String contentType, Map<String, String> headers, byte[] body) {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        this.status = status;
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        this.body = body.clone();
    }

    /** @param contentType e.g. {@code application/json; charset=UTF-8} */
    public static ChannelResponse of(int status, String contentType, byte[] body) {
        return new ChannelResponse(status, contentType, Map.of(), body == null ? new byte[0] : body);
    }

    /** A JSON body, UTF-8. */
    public static ChannelResponse json(int status, String json) {
        return of(status, "application/json; charset=UTF-8", json.getBytes(StandardCharsets.UTF_8));
    }

    /** An XML body, UTF-8. */
    public static ChannelResponse xml(int status, String xml) {
        return of(status, "application/xml; charset=UTF-8", xml.getBytes(StandardCharsets.UTF_8));
    }

    /** A plain text body, UTF-8. */
    public static ChannelResponse text(int status, String text) {
        return of(status, "text/plain; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** This response with one more header (names such as {@code Content-Length} are set by the host). */
    public ChannelResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new ChannelResponse(status, contentType, more, body);
    }

    public int status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public byte[] body() {
        return body.clone();
    }
}
