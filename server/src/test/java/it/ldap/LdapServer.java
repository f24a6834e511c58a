package it.ldap;

import it.support.Api;
import it.support.Tls;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

/**
 * The directory-login test server (servicehall-ldap-it): the deployed configuration, HTTPS only,
 * with the certificate the build made for it; its staff come from {@link HallDirectory}.
 */
final class LdapServer {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .sslContext(Tls.trusting(Path.of(System.getProperty("servicehall.it.ldap.keystore")), "it-ldap-tls"))
            .build();
    private static volatile boolean ready;

    private LdapServer() {
    }

    static URI uri(String path) {
        return URI.create("https://localhost:" + System.getProperty("servicehall.https.port") + path);
    }

    static Path messagesLog() {
        return Path.of(System.getProperty("servicehall.server.dir")).resolve("logs/messages.log");
    }

    /** The directory up and the server ready (database migrated, plugin host running). */
    static synchronized void awaitReady() throws Exception {
        HallDirectory.up();
        if (ready) {
            return;
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (get("/health/ready").status() == 200) {
                    // the first page of a server initialises Faces, which takes minutes on a loaded
                    // build machine: wait for it here rather than in a browser with a short patience
                    send(HttpRequest.newBuilder(uri("/login.xhtml")).timeout(Duration.ofMinutes(5)).GET());
                    ready = true;
                    return;
                }
            } catch (IllegalStateException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the directory-login test server did not become ready within 2 minutes");
    }

    static Api.Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(2)).header("Accept", "application/json").GET());
    }

    /** A staff API call with HTTP Basic credentials of a directory account. */
    static Api.Reply get(String path, String user, String password) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(2)).header("Accept", "application/json")
                .header("Accept-Language", "zh-CN").header("Authorization", basic(user, password)).GET());
    }

    static Api.Reply put(String path, JsonObject body, String user, String password) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(2)).header("Accept", "application/json")
                .header("Content-Type", "application/json").header("Authorization", basic(user, password))
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    static String log() throws IOException {
        return Files.readString(messagesLog(), StandardCharsets.UTF_8);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static Api.Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Api.Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException("request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
