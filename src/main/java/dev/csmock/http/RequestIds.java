package dev.csmock.http;

import java.util.concurrent.ThreadLocalRandom;

/** Twilio request ids: {@code RQ} followed by 32 lower-case hexadecimal digits, random per request. */
public final class RequestIds {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private RequestIds() {
    }

    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] id = new char[34];
        id[0] = 'R';
        id[1] = 'Q';
        fill(id, 2, random.nextLong());
        fill(id, 18, random.nextLong());
        return new String(id);
    }

    private static void fill(char[] target, int offset, long bits) {
        for (int i = 15; i >= 0; i--) {
            target[offset + i] = HEX[(int) (bits & 0xF)];
            bits >>>= 4;
        }
    }
}
