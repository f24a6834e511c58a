package it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The build's cluster: node a (the PostgreSQL test server), node b (a second server on the same
 * database) and HAProxy in front of both (config/haproxy/haproxy.cfg). Node b can be killed and
 * started again; its addresses come from failsafe's system properties.
 */
public final class Cluster {

    /** HAProxy's stickiness cookie (config/haproxy/haproxy.cfg) and its value for each node. */
    public static final String NODE_COOKIE = "SERVICEHALL_NODE";

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Cluster() {
    }

    public static URI balancer() {
        return URI.create("http://localhost:" + System.getProperty("servicehall.cluster.lb.port") + "/");
    }

    public static URI nodeA() {
        return TestServer.uri("/");
    }

    public static URI nodeB() {
        return URI.create("http://localhost:" + System.getProperty("servicehall.cluster.nodeb.port") + "/");
    }

    private static String nodeBName() {
        return System.getProperty("servicehall.cluster.nodeb.name");
    }

    private static Path wlp() {
        return Path.of(System.getProperty("servicehall.wlp.home"));
    }

    public static Path nodeBMessagesLog() {
        return wlp().resolve("usr/servers").resolve(nodeBName()).resolve("logs/messages.log");
    }

    /** Node b's process, from the pid file Liberty keeps while it runs. */
    public static ProcessHandle nodeBProcess() throws IOException {
        Path pidFile = wlp().resolve("usr/servers/.pid").resolve(nodeBName() + ".pid");
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        return ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("node b (pid " + pid + ") is not running"));
    }

    /** SIGKILL: no shutdown hook, no stop of the application, as when the machine dies. */
    public static void killNodeB() throws IOException {
        ProcessHandle node = nodeBProcess();
        node.destroyForcibly();
        node.onExit().join();
    }

    /** Starts node b again (its configuration and database as before) and waits until it is ready. */
    public static void startNodeB() throws IOException, InterruptedException {
        Process start = new ProcessBuilder(wlp().resolve("bin/server").toString(), "start", nodeBName())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (start.waitFor() != 0) {
            throw new AssertionError("node b did not start: exit " + start.exitValue());
        }
        awaitReady(nodeB(), Duration.ofMinutes(3));
    }

    /** Waits until {@code server}'s /health/ready answers 200. */
    public static void awaitReady(URI server, Duration atMost) throws InterruptedException {
        Instant end = Instant.now().plus(atMost);
        String last = "no answer";
        while (Instant.now().isBefore(end)) {
            try {
                HttpResponse<String> ready = CLIENT.send(HttpRequest.newBuilder(server.resolve("/health/ready"))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
                last = ready.statusCode() + " " + ready.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(250); // polling a server that is starting; the wait ends on its answer
        }
        throw new AssertionError(server + " not ready within " + atMost + ": " + last);
    }
}
