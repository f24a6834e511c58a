package it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A staff member of the demo directory calling the staff API with HTTP Basic credentials (all demo
 * users have the password {@code Demo-2026}).
 */
public final class Staff {

    public static final String PASSWORD = "Demo-2026";

    public static final Staff RECEPTION = new Staff("wang.fang");
    public static final Staff SUPERVISOR = new Staff("zhao.min");
    /** Real estate registration; the demo's staff member complained about in several tests. */
    public static final Staff ZHANG_WEI = new Staff("zhang.wei");
    public static final Staff SUN_LI = new Staff("sun.li");
    public static final Staff LIU_YANG = new Staff("liu.yang");
    public static final Staff CHEN_JING = new Staff("chen.jing");
    public static final Staff ADMIN = new Staff("it.admin");

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Api.CONNECT_TIMEOUT).build();

    private final String username;
    private final String language;

    public Staff(String username) {
        this(username, "zh-CN");
    }

    private Staff(String username, String language) {
        this.username = username;
        this.language = language;
    }

    /** The same staff member with an English browser (Accept-Language: en). */
    public Staff inEnglish() {
        return new Staff(username, "en");
    }

    public String username() {
        return username;
    }

    public Api.Reply get(String path) {
        return send(request(path).GET());
    }

    public Api.Reply getHtml(String path) {
        return send(request(path).header("Accept", "text/html").GET());
    }

    /** A download: the status, the content type and the body's bytes. */
    public Download download(String path, String accept) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(request(path).setHeader("Accept", accept).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A downloaded file. */
    public record Download(int status, String contentType, String disposition, byte[] body) {
    }

    public Api.Reply post(String path, JsonObject body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    public Api.Reply put(String path, JsonObject body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    public Api.Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /** Posts a body as given, for bodies that are not well-formed JSON or not JSON at all. */
    public Api.Reply postRaw(String path, String body, String contentType) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    public Api.Reply postBytes(String path, byte[] body, String contentType) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Posts a step of a case with the version read from {@code current}. */
    public JsonObject step(JsonObject current, String step, JsonObjectBuilder body) {
        Api.Reply reply = post("/api/v1/cases/" + current.getString("trackingNumber") + "/" + step,
                body.add("version", current.getJsonNumber("version").longValue()).build());
        if (reply.status() != 200) {
            throw new AssertionError(username + " " + step + " → " + reply.status() + " " + reply.body());
        }
        return reply.json();
    }

    public JsonObject step(JsonObject current, String step) {
        return step(current, step, Json.createObjectBuilder());
    }

    /** Hands the complainant a new query code, as a window does; returns the code. */
    public String reissueQueryCode(String trackingNumber, String reason) {
        Api.Reply reply = post("/api/v1/cases/" + trackingNumber + "/query-code",
                Json.createObjectBuilder().add("reason", reason).build());
        if (reply.status() != 200) {
            throw new AssertionError(username + " reissue → " + reply.status() + " " + reply.body());
        }
        return reply.json().getString("queryCode");
    }

    public JsonObject view(String trackingNumber) {
        Api.Reply reply = get("/api/v1/cases/" + trackingNumber);
        if (reply.status() != 200) {
            throw new AssertionError(username + " view → " + reply.status() + " " + reply.body());
        }
        return reply.json();
    }

    private HttpRequest.Builder request(String path) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(TestServer.uri(path).toString()))
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json")
                .header("Accept-Language", language)
                .timeout(Api.REQUEST_TIMEOUT);
    }

    private static Api.Reply send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            HttpResponse<String> response = CLIENT.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Api.Reply(response.statusCode(), response.body(), response);
        } catch (java.net.http.HttpTimeoutException e) {
            throw new AssertionError("no answer within " + Api.REQUEST_TIMEOUT.toSeconds() + " s: " + built.method() + " " + built.uri(), e);
        } catch (IOException e) {
            throw new IllegalStateException("request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
