package it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's side of the staff login without a browser: cookies kept like a browser keeps them,
 * the login page's form posted with its hidden fields, as a staff member's browser would.
 */
public final class WebSession {

    private static final Pattern HIDDEN = Pattern.compile(
            "<input[^>]*type=\"hidden\"[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

    /** The address pages of the test server are served from, as a browser sends it in {@code Origin}. */
    public static String origin() {
        return "http://localhost:" + TestServer.port();
    }

    /**
     * Logs in on the login page: 302 to a staff page when the name and password were accepted, 200
     * with the page and its message otherwise.
     */
    public Api.Reply login(String username, String password) {
        return submit("/login.xhtml", "login", "login:submit",
                Map.of("login:username", username, "login:password", password));
    }

    /** Logs out with the button of the staff screens' header, from {@code page}. */
    public Api.Reply logout(String page) {
        return submit(page, "user", "user:logout", Map.of());
    }

    /**
     * Opens {@code page} and posts its form {@code formId} as the browser would when {@code button}
     * is pressed: the form's hidden fields (view state, form marker) with {@code fields}.
     */
    public Api.Reply submit(String page, String formId, String button, Map<String, String> fields) {
        Api.Reply opened = get(page, "Accept", "text/html", "Accept-Language", "zh-CN");
        if (opened.status() != 200) {
            throw new AssertionError(page + ": " + opened.status());
        }
        String body = opened.body();
        int at = body.indexOf("<form id=\"" + formId + "\"");
        if (at < 0) {
            throw new AssertionError("no form " + formId + " on " + page);
        }
        int end = body.indexOf("</form>", at);
        Map<String, String> form = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(body.substring(at, end));
        while (hidden.find()) {
            Matcher name = NAME.matcher(hidden.group());
            Matcher value = VALUE.matcher(hidden.group());
            if (name.find()) {
                form.put(unescape(name.group(1)), value.find() ? unescape(value.group(1)) : "");
            }
        }
        // the page's scripts add the CSP nonce to every form before it is sent (PrimeFaces.csp.init)
        Matcher nonce = NONCE.matcher(body);
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        form.putAll(fields);
        form.put(button, "");
        String action = page.contains("?") ? page.substring(0, page.indexOf('?')) : page;
        return send(HttpRequest.newBuilder(TestServer.uri(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin())
                .header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
    }

    public Api.Reply get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(TestServer.uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** Sends a request with this session's cookies. */
    public Api.Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Api.Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException("request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The value of a cookie the server set, if it is kept. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#58;", ":")
                .replace("&amp;", "&");
    }
}
