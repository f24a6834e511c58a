package it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Collectors;

/** A small HTTP client for the REST API, as any outside client would call it. */
public final class Api {

    /** The longest any test waits for an answer of the server: a hung request fails with a message, never stalls the build. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

    private Api() {
    }

    /** A response with its body read as text. */
    public record Reply(int status, String body, HttpResponse<String> raw) {

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public JsonArray jsonArray() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                JsonStructure structure = reader.read();
                return structure.asJsonArray();
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** The field names listed in a problem body's errors. */
        public String fieldsInError() {
            return json().getJsonArray("errors").stream()
                    .map(v -> v.asJsonObject().getString("field") + ":" + v.asJsonObject().getString("code"))
                    .sorted()
                    .collect(Collectors.joining(","));
        }
    }

    public static Reply get(String path, String... headers) {
        return send(HttpRequest.newBuilder(TestServer.uri(path)).headers(withDefaults(headers)).GET());
    }

    public static Reply postJson(String path, String json, String... headers) {
        return send(HttpRequest.newBuilder(TestServer.uri(path))
                .headers(withDefaults(headers))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public static Reply postBytes(String path, byte[] body, String contentType) {
        return send(HttpRequest.newBuilder(TestServer.uri(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Files a valid anonymous complaint under a category; returns the tracking number. */
    public static String fileAnonymously(String categoryCode, String description) {
        return file(categoryCode, description).number();
    }

    /** What the receipt of a filing over the API says: the number, and the query code that proves it is ours. */
    public record Filed(String number, String queryCode) {
    }

    /** Files a valid anonymous complaint under a category; returns its receipt. */
    public static Filed file(String categoryCode, String description) {
        Reply reply = postJson("/api/v1/complaints", Json.createObjectBuilder()
                .add("categoryCode", categoryCode)
                .add("description", description)
                .add("anonymous", true)
                .build().toString());
        if (reply.status() != 201) {
            throw new AssertionError("filing failed: " + reply.status() + " " + reply.body());
        }
        return new Filed(reply.json().getString("trackingNumber"), reply.json().getString("queryCode"));
    }

    /** A complaint's status as its complainant sees it, with the query code. */
    public static Reply status(String number, String queryCode, String... headers) {
        String[] all = new String[headers.length + 4];
        all[0] = "Accept";
        all[1] = "application/json";
        all[2] = "Query-Code";
        all[3] = queryCode;
        System.arraycopy(headers, 0, all, 4, headers.length);
        return get("/api/v1/complaints/" + number, all);
    }

    private static String[] withDefaults(String... headers) {
        if (headers.length > 0) {
            return headers;
        }
        return new String[] {"Accept", "application/json"};
    }

    /** Sends a request as built, with no headers added (but the time limit); the answer as text. */
    public static Reply send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(REQUEST_TIMEOUT).build();
        try {
            HttpResponse<String> response = CLIENT.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), response);
        } catch (HttpTimeoutException e) {
            throw new AssertionError("no answer within " + REQUEST_TIMEOUT.toSeconds() + " s: " + built.method() + " " + built.uri(), e);
        } catch (IOException e) {
            throw new IllegalStateException("request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
