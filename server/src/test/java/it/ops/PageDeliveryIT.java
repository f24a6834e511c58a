package it.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.TestServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How pages travel to a citizen's phone: the scripts and style sheets every page loads are
 * compressed, kept for a year under their version, and the scripts do not hold up the first paint;
 * the pages themselves (tokens and personal data next to what a visitor typed) are not compressed,
 * every page says its language, and the hall's icon is there.
 */
class PageDeliveryIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern COMPONENTS_SCRIPT = Pattern.compile("src=\"(/jakarta\\.faces\\.resource/components\\.js\\.xhtml\\?[^\"]+)\"");

    @BeforeAll
    static void serverReady() {
        TestServer.awaitReady();
    }

    @Test
    void the_scripts_every_page_loads_are_compressed_and_cached_and_the_page_itself_is_not_compressed() throws Exception {
        HttpResponse<byte[]> page = get("/public/index.xhtml", true);
        assertEquals(200, page.statusCode());
        assertEquals(Optional.empty(), page.headers().firstValue("Content-Encoding"),
                "a page carries a view token and what the visitor typed: never compressed");
        Matcher script = COMPONENTS_SCRIPT.matcher(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(script.find(), "the page loads PrimeFaces' components.js");
        String path = script.group(1).replace("&amp;", "&");

        HttpResponse<byte[]> plain = get(path, false);
        HttpResponse<byte[]> gzipped = get(path, true);
        assertEquals(200, gzipped.statusCode());
        assertEquals(Optional.of("gzip"), gzipped.headers().firstValue("Content-Encoding"));
        byte[] unpacked;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            unpacked = in.readAllBytes();
        }
        assertArrayEquals(plain.body(), unpacked, "the compressed script is the script");
        assertTrue(gzipped.body().length * 3 < plain.body().length,
                "compressed to under a third: " + gzipped.body().length + " of " + plain.body().length + " bytes");
        String cache = gzipped.headers().firstValue("Cache-Control").orElse("");
        assertTrue(cache.contains("max-age=") && Long.parseLong(cache.replaceAll(".*max-age=(\\d+).*", "$1")) >= 86_400,
                "a versioned resource is cached for a day or more: " + cache);
    }

    @Test
    void the_public_pages_scripts_wait_for_the_page_and_every_resource_is_kept_for_a_year_under_its_version() throws Exception {
        String page = new String(get("/public/index.xhtml", false).body(), java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(page.contains("theme.css"), "the public site styles itself: no PrimeFaces theme on a phone");
        java.util.List<String> scripts = all(Pattern.compile("<script[^>]* src=\"([^\"]+)\"[^>]*>"), page, 0);
        assertTrue(scripts.size() > 3, "the page loads its scripts: " + scripts);
        scripts.forEach(tag -> assertTrue(tag.contains("defer"), "a script that does not hold up the first paint: " + tag));
        assertTrue(page.contains("document.addEventListener(\"DOMContentLoaded\",function(){PrimeFaces.csp.register("),
                "the buttons' handlers wait for the deferred PrimeFaces");
        java.util.List<String> resources = new java.util.ArrayList<>(all(Pattern.compile("<script[^>]* src=\"([^\"]+)\""), page, 1));
        resources.addAll(all(Pattern.compile("<link[^>]* href=\"(/jakarta\\.faces\\.resource/[^\"]+)\""), page, 1));
        for (String resource : resources) {
            String path = resource.replace("&amp;", "&");
            assertTrue(path.matches(".*[?&]v=[^&]+.*"), "addressed with its version: " + path);
            HttpResponse<byte[]> answer = get(path, true);
            assertEquals(200, answer.statusCode(), path);
            assertEquals(Optional.of("public, max-age=31536000, immutable"), answer.headers().firstValue("Cache-Control"), path);
            assertEquals(Optional.empty(), answer.headers().firstValue("Expires"), path);
        }

        String own = resources.stream().map(r -> r.replace("&amp;", "&")).filter(r -> r.contains("public.css") && r.contains("ln=servicehall"))
                .findFirst().orElseThrow(() -> new AssertionError("the page loads public.css: " + resources));
        byte[] css = get(own, false).body();
        String digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(css), 0, 5);
        assertTrue(own.endsWith("&v=" + digest), "the application's own file is addressed by its content: " + own);
        String unversioned = own.replaceAll("&v=[^&]+", "");
        assertFalse(get(unversioned, false).headers().firstValue("Cache-Control").orElse("").contains("immutable"),
                "without a version, an address may serve another content tomorrow");
        HttpResponse<byte[]> missing = get("/jakarta.faces.resource/gone.css.xhtml?ln=servicehall&v=1", false);
        assertEquals(404, missing.statusCode());
        assertEquals(Optional.of("no-store"), missing.headers().firstValue("Cache-Control"), "a missing resource is not kept");
    }

    private static java.util.List<String> all(Pattern pattern, String text, int group) {
        java.util.List<String> found = new java.util.ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(group));
        }
        return found;
    }

    @Test
    void every_page_says_its_language_in_the_response() throws Exception {
        assertEquals(Optional.of("zh-CN"), get("/public/index.xhtml", false).headers().firstValue("Content-Language"));
        assertEquals(Optional.of("zh-CN"), get("/login.xhtml", false).headers().firstValue("Content-Language"));
    }

    @Test
    void the_halls_icon_is_served_to_every_browser_tab() throws Exception {
        HttpResponse<byte[]> icon = get("/favicon.ico", false);
        assertEquals(200, icon.statusCode());
        assertEquals(Optional.of("image/x-icon"), icon.headers().firstValue("Content-Type"));
        byte[] body = icon.body();
        assertTrue(body.length > 6 && body[0] == 0 && body[1] == 0 && body[2] == 1 && body[3] == 0,
                "an ICO file (reserved 0, type 1)");
    }

    private static HttpResponse<byte[]> get(String path, boolean acceptGzip) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(TestServer.uri(path)).timeout(Duration.ofSeconds(60));
        if (acceptGzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
