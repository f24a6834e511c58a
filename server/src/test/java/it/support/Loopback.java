package it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP requests from another loopback address than the tests' own (127.0.0.2 and up are this
 * machine too, but other clients to the server's rate limits, so the tests' own allowance on
 * 127.0.0.1 stays untouched, and the REST and kiosk limits, which the test server lifts for
 * 127.0.0.1, apply). The socket is bound to the address, since java.net.http cannot choose its local
 * address on Java 17; the request is sent exactly as written (no path normalised), as HTTP/1.0 so
 * that the answer comes whole, without chunks.
 */
public final class Loopback {

    private Loopback() {
    }

    /** An HTTP reply, as far as the checks need it. */
    public record Reply(int status, String head, String body) {

        public String header(String name) {
            Matcher matcher = Pattern.compile("(?im)^" + Pattern.quote(name) + ":\\s*(.*?)\\s*$").matcher(head);
            return matcher.find() ? matcher.group(1) : null;
        }

        public String retryAfter() {
            return header("Retry-After");
        }

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    public static Reply get(String fromAddress, String path, String... headers) throws IOException {
        return send(fromAddress, "GET", path, null, null, headers);
    }

    /** Posts a form ({@code a=1&b=2}). */
    public static Reply postForm(String fromAddress, String path, String form, String... headers) throws IOException {
        return send(fromAddress, "POST", path, "application/x-www-form-urlencoded; charset=UTF-8", form, headers);
    }

    public static Reply postJson(String fromAddress, String path, String json, String... headers) throws IOException {
        return send(fromAddress, "POST", path, "application/json", json, headers);
    }

    /** @param headers name, value, name, value, … */
    public static Reply send(String fromAddress, String method, String path, String contentType, String body,
                             String... headers) throws IOException {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.0\r\n")
                .append("Host: localhost:").append(TestServer.port()).append("\r\n");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        if (body != null) {
            request.append("Content-Type: ").append(contentType).append("\r\n")
                    .append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(fromAddress), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), TestServer.port()), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = reply.indexOf("\r\n\r\n");
            String head = split < 0 ? reply : reply.substring(0, split);
            return new Reply(Integer.parseInt(reply.substring(9, 12)), head, split < 0 ? "" : reply.substring(split + 4));
        }
    }
}
