package dev.csmock.http;

import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.as;
import static dev.csmock.support.Twilio.form;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.csmock.support.NoInternals;
import dev.csmock.support.RawSocket;
import dev.csmock.support.RawSocket.Result;
import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Thousands of hostile requests from a seeded generator: random methods, paths, credentials,
 * media types, charsets, headers and form bodies (invalid percent escapes, invalid UTF-8, raw
 * bytes, markup). Every one must be answered without a 5xx, every error in Twilio's shape with no
 * internals, and a protected account's stored value must stay byte for byte what it was. It prints
 * the seed; {@code -Dfuzz.seed=N} replays a run, {@code -Dfuzz.count=N} sets its size.
 */
@QuarkusTest
class HostileInputFuzzTest {

    private static final String PROTECTED_NAME = "prot\u00e9g\u00e9 \u2713 <b>&amp;</b> \uD83C\uDFA5";
    private static final String SECRET = "fuzz-secret-4711";
    private static final Set<String> KNOWN_METHOD_TAGS = Set.of("GET", "HEAD", "POST", "OPTIONS", "PUT", "DELETE", "PATCH",
        "other");
    private static final String[] METHODS = {"GET", "GET", "POST", "POST", "POST", "HEAD", "PUT", "DELETE", "PATCH",
        "OPTIONS", "TRACE", "BREW", "M-SEARCH"};
    private static final String[] PATHS = {COMPOSITION, COMPOSITION, "/v1/RecordingSettings/Default",
        "/v1/compositionsettings/Default", "/v1/CompositionSettings/Default/", "/v1/CompositionSettings/Foo",
        "/v2/CompositionSettings/Default", "//v1/CompositionSettings/Default", "/v1/%43ompositionSettings/Default",
        "/v1/CompositionSettings/../RecordingSettings/Default", "/", "/v1", "/%00", "/%ff%fe", "/__adminx",
        "/v1/CompositionSettings/Default;jsessionid=1", "/v1/Composition%2FSettings/Default"};
    private static final String[] NAMES = {"FriendlyName", "FriendlyName", "AwsCredentialsSid", "AwsS3Url",
        "AwsStorageEnabled", "EncryptionKeySid", "EncryptionEnabled", "friendlyname", "", "Friendly%4Eame",
        "%C3%28", "%ZZ", "a[b]", "<script>", "Aws%00S3Url"};
    private static final String[] CONTENT_TYPES = {"application/x-www-form-urlencoded",
        "application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=utf-8",
        "application/x-www-form-urlencoded; charset=ISO-8859-1", "application/x-www-form-urlencoded; charset=UTF-16",
        "application/x-www-form-urlencoded; charset=no-such-charset", "application/x-www-form-urlencoded; charset=\"",
        "multipart/form-data", "multipart/form-data; boundary=b", "multipart/form-data; boundary=",
        "application/json", "text/plain", ";;;===", "", "*/*", "application/x-www-form-urlencoded;;charset=utf-8"};

    @Test
    void hostileInputNeverGetsA5xxOrInternalsAndNeverTouchesAnotherAccount() throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        int count = Integer.getInteger("fuzz.count", 2000);
        SplittableRandom random = new SplittableRandom(seed);
        String shielded = Sids.account();
        form(shielded).formParam("FriendlyName", PROTECTED_NAME).post(COMPOSITION).then().statusCode(200);
        byte[] before = storedName(shielded);

        for (int i = 0; i < count; i++) {
            byte[] request = hostileRequest(random, shielded);
            Result result = RawSocket.exchange(request, 10_000, true);
            String replay = "input " + i + " of seed " + seed + " (-Dfuzz.seed=" + seed + "):\n"
                    + new String(request, StandardCharsets.ISO_8859_1) + "\n--- answer:\n" + result.response();
            check(request, result, replay);
        }
        System.out.printf("hostile-input fuzz: %d inputs, seed %d (replay with -Dfuzz.seed=%d)%n", count, seed, seed);
        assertArrayEquals(before, storedName(shielded), "the protected account's stored name changed (seed " + seed + ")");
        assertBoundedMetrics(seed);
        String journal = given().queryParam("limit", 100_000).get("/__admin/requests").then().extract().asString();
        assertFalse(journal.contains(SECRET), "a secret sent in a header is in the journal (seed " + seed + ")");
    }

    /** Whatever methods and headers were sent, the request counter has a series per known method (or other) only. */
    private static void assertBoundedMetrics(long seed) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        List<String> series = metrics.lines().filter(line -> line.startsWith("mock_requests_total{")).toList();
        for (String line : series) {
            Matcher method = Pattern.compile("method=\"([^\"]*)\"").matcher(line);
            assertTrue(method.find() && KNOWN_METHOD_TAGS.contains(method.group(1)), "an unbounded tag: " + line + " (seed " + seed + ")");
        }
        // 3 resources (none included) x 8 method tags x the statuses the mock answers
        assertTrue(series.size() <= 3 * 8 * 20, series.size() + " series (seed " + seed + ")");
    }

    private static void check(byte[] request, Result result, String replay) {
        if (!result.answered()) {
            fail("no answer to " + replay);
        }
        int status = result.status();
        assertTrue(status < 500, () -> "5xx for " + replay);
        NoInternals.assertNoInternals(result.response());
        boolean head = new String(request, 0, 5, StandardCharsets.ISO_8859_1).startsWith("HEAD ");
        if (status >= 400 && !head) {
            JsonPath body;
            try {
                body = JsonPath.from(result.body());
                assertEquals(status, body.getInt("status"), replay);
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError("not Twilio-shaped: " + replay, e);
            }
            assertTrue(body.getInt("code") >= 20001, replay);
            assertTrue(body.getString("more_info").startsWith("https://www.twilio.com/docs/errors/"), replay);
        }
    }

    private static byte[] hostileRequest(SplittableRandom random, String shielded) {
        String method = random.nextInt(5) == 0 ? "M" + Integer.toHexString(random.nextInt()).toUpperCase()
                : pick(random, METHODS);
        String path = pick(random, PATHS) + (random.nextInt(4) == 0 ? "?" + uriSafe(formText(random)) : "");
        boolean asShielded = random.nextInt(4) == 0;
        StringBuilder head = new StringBuilder(method).append(' ').append(printable(path)).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        String authorization = authorization(random, asShielded ? shielded : Sids.account());
        if (authorization != null) {
            head.append("Authorization: ").append(authorization).append("\r\n");
        }
        String contentType = pick(random, CONTENT_TYPES);
        if (!contentType.isEmpty()) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (random.nextInt(5) == 0) {
            head.append(pick(random, new String[] {"Proxy-Authorization: Basic " + base64("u:" + SECRET),
                "Proxy-Authorization: " + SECRET, "Cookie: session=" + SECRET + "; theme=dark",
                "Cookie: " + SECRET, "Authorization: " + SECRET})).append("\r\n");
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            head.append("X-Hostile-").append(i).append(": ").append(printable(formText(random))).append("\r\n");
        }
        if (random.nextInt(6) == 0) {
            head.append("Accept: ").append(pick(random, new String[] {"text/html", "application/xml", "*/*", "garbage"}))
                    .append("\r\n");
        }
        // the shielded account's bodies start with a parameter that is always invalid: none of them may be stored
        byte[] body = method.equals("GET") || method.equals("HEAD") || random.nextInt(8) == 0 ? new byte[0]
                : concat((asShielded ? "AwsStorageEnabled=maybe&" : "").getBytes(StandardCharsets.US_ASCII),
                        contentType.startsWith("multipart") && random.nextBoolean() ? multipart(random) : formBytes(random));
        head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        return concat(head.toString().getBytes(StandardCharsets.ISO_8859_1), body);
    }

    private static String authorization(SplittableRandom random, String account) {
        return switch (random.nextInt(8)) {
            case 0 -> null;
            case 1 -> "Bearer " + account;
            case 2 -> pick(random, new String[] {"Basic ", "Basic\t", "basic  ", "Basic", "", "Digest "})
                    + printable(formText(random));
            case 3 -> "Basic " + base64(Sids.apiKey() + ":secret");
            case 4 -> "Basic " + base64(account + ":");
            default -> "Basic " + base64(account + ":token");
        };
    }

    private static byte[] formBytes(SplittableRandom random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = random.nextInt(6); i >= 0; i--) {
            out.writeBytes(pick(random, NAMES).getBytes(StandardCharsets.US_ASCII));
            if (random.nextInt(5) != 0) {
                out.write('=');
                out.writeBytes(value(random));
            }
            if (i > 0) {
                out.write(random.nextInt(10) == 0 ? ';' : '&');
            }
        }
        return out.toByteArray();
    }

    private static byte[] value(SplittableRandom random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = random.nextInt(12); i > 0; i--) {
            switch (random.nextInt(9)) {
                case 0 -> out.writeBytes(String.format("%%%02X", random.nextInt(256)).getBytes(StandardCharsets.US_ASCII));
                case 1 -> out.writeBytes(pick(random, new String[] {"%", "%Z", "%4", "+", "%2B", "&", "=", "%26"})
                        .getBytes(StandardCharsets.US_ASCII));
                case 2 -> out.write(0x80 + random.nextInt(128));
                case 3 -> out.writeBytes("\u00e9\u2713\uD83C\uDFA5".getBytes(StandardCharsets.UTF_8));
                case 4 -> out.writeBytes(pick(random, new String[] {"true", "True", "false", "maybe",
                    "https://my-bucket.s3.amazonaws.com/x", "ftp://x", "CR0123456789abcdef0123456789abcdef",
                    "<script>alert(1)</script>", "\" onerror=\"alert(1)"}).getBytes(StandardCharsets.UTF_8));
                case 5 -> out.writeBytes("%ED%A0%80%C0%AF%C3%28".getBytes(StandardCharsets.US_ASCII));
                default -> out.write('a' + random.nextInt(26));
            }
        }
        return out.toByteArray();
    }

    private static byte[] multipart(SplittableRandom random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = random.nextInt(3); i >= 0; i--) {
            out.writeBytes(("--b\r\nContent-Disposition: form-data; name=\"" + pick(random, NAMES) + "\"\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(value(random));
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        if (random.nextBoolean()) {
            out.writeBytes("--b--\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    private static String formText(SplittableRandom random) {
        return new String(formBytes(random), StandardCharsets.ISO_8859_1);
    }

    /**
     * A query string that is a valid URI part: Quarkus refuses an invalid URI itself, with an empty
     * 400, before any application code runs (see MalformedRequestsTest).
     */
    private static String uriSafe(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.ISO_8859_1)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~&=+".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    /** Keeps a request line or header value parseable: printable ASCII only (other bytes become %XX). */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c > 0x20 && c < 0x7F) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", (int) c & 0xFF));
            }
        }
        return out.toString();
    }

    private static byte[] storedName(String account) {
        return as(account).get(COMPOSITION).then().statusCode(200).extract().jsonPath().getString("friendly_name")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static <T> T pick(SplittableRandom random, T[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

}
