package dev.csmock.http;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;

/** The bodies of the {@code malformed-body} fault, made from the correct body where that makes sense. */
final class MalformedBodies {

    static final String HTML = "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>"
            + "<body><h1>502 Bad Gateway</h1><p>The upstream server sent an invalid response.</p></body></html>\n";

    private MalformedBodies() {
    }

    static byte[] of(String kind, byte[] correct, SplittableRandom random) {
        return switch (kind) {
            case "truncated-json" -> Arrays.copyOf(correct, Math.max(1, correct.length / 2));
            case "invalid-json" -> ascii("{\"account_sid\": \"AC\", \"friendly_name\": , \"aws_storage_enabled\": tru,}");
            case "empty" -> new byte[0];
            case "null" -> ascii("null");
            case "wrong-types" -> ascii("{\"account_sid\":12345,\"friendly_name\":[\"not\",\"a\",\"string\"],"
                    + "\"aws_credentials_sid\":false,\"aws_s3_url\":{\"href\":42},\"aws_storage_enabled\":\"yes\","
                    + "\"encryption_key_sid\":0,\"encryption_enabled\":\"no\",\"url\":true}");
            case "html" -> ascii(HTML);
            case "random-bytes" -> randomBytes(random);
            default -> throw new IllegalArgumentException("unknown malformed-body kind " + kind);
        };
    }

    private static byte[] randomBytes(SplittableRandom random) {
        byte[] bytes = new byte[64 + random.nextInt(193)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
