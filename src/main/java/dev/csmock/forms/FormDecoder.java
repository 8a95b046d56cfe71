package dev.csmock.forms;

import dev.csmock.errors.MockException;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.multipart.Attribute;
import io.netty.handler.codec.http.multipart.DefaultHttpDataFactory;
import io.netty.handler.codec.http.multipart.HttpPostMultipartRequestDecoder;
import io.netty.handler.codec.http.multipart.InterfaceHttpData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes a POST body into its parameters the way Twilio reads it (SPEC §1.3): URL-encoded forms
 * (any charset, {@code +} and {@code %20} as spaces) and multipart forms (Netty's decoder); any
 * other media type carries no parameters. Decoding is strict: bytes that are not valid in the
 * body's charset once percent-decoded (for UTF-8: a bad sequence, an overlong form, an encoded
 * surrogate) are refused with a message that names the parameter, never replaced by U+FFFD.
 * Parameters keep the order they were sent in; a repeated one keeps every value.
 */
public final class FormDecoder {

    /** Parameters beyond this many are ignored. */
    static final int MAX_PARAMETERS = 1024;

    private static final byte[] ASCII_DELIMITERS = "&=%+".getBytes(StandardCharsets.US_ASCII);

    private FormDecoder() {
    }

    /**
     * The parameters of a body of this {@code Content-Type}.
     *
     * @throws MockException (invalid) when the body does not decode; its message names the parameter
     */
    public static Map<String, List<String>> decode(String contentType, byte[] body) {
        if (contentType == null || body == null || body.length == 0) {
            return Map.of();
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        Charset charset = charsetOf(contentType);
        return switch (mediaType) {
            case "application/x-www-form-urlencoded" -> urlEncoded(body, charset);
            case "multipart/form-data" -> multipart(contentType, body, charset);
            default -> Map.of();
        };
    }

    private static Map<String, List<String>> urlEncoded(byte[] body, Charset charset) {
        byte[] bytes = body;
        Charset effective = charset;
        if (!isAsciiCompatible(charset)) {
            // UTF-16 and the like: delimiters are not single bytes; decode the body, then read it as UTF-8
            bytes = strict(body, charset, "The form body is not valid " + charset.name()).getBytes(StandardCharsets.UTF_8);
            effective = StandardCharsets.UTF_8;
        }
        Map<String, List<String>> params = new LinkedHashMap<>();
        int start = 0;
        int count = 0;
        while (start <= bytes.length && count < MAX_PARAMETERS) {
            int end = indexOf(bytes, (byte) '&', start, bytes.length);
            if (end > start) {
                int equals = indexOf(bytes, (byte) '=', start, end);
                byte[] rawName = Arrays.copyOfRange(bytes, start, equals);
                byte[] rawValue = equals < end ? Arrays.copyOfRange(bytes, equals + 1, end) : new byte[0];
                String shownName = printable(rawName);
                String name = strict(percentDecode(rawName, shownName), effective,
                        "Invalid parameter name " + shownName + ": not valid " + effective.name() + " once percent-decoded");
                if (!name.isEmpty()) {
                    String value = strict(percentDecode(rawValue, name), effective,
                            "Invalid " + name + ": the value is not valid " + effective.name() + " once percent-decoded");
                    params.computeIfAbsent(name, ignored -> new ArrayList<>(1)).add(value);
                    count++;
                }
            }
            start = end + 1;
        }
        return params;
    }

    private static Map<String, List<String>> multipart(String contentType, byte[] body, Charset charset) {
        DefaultFullHttpRequest request = new DefaultFullHttpRequest(
                HttpVersion.HTTP_1_1, HttpMethod.POST, "/", Unpooled.wrappedBuffer(body));
        request.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
        HttpPostMultipartRequestDecoder decoder = null;
        List<Attribute> attributes = new ArrayList<>();
        try {
            decoder = new HttpPostMultipartRequestDecoder(new DefaultHttpDataFactory(false), request, charset);
            Map<String, List<String>> params = new LinkedHashMap<>();
            for (InterfaceHttpData data : decoder.getBodyHttpDatas()) {
                if (data instanceof Attribute attribute && params.size() < MAX_PARAMETERS) {
                    Charset partCharset = attribute.getCharset() != null ? attribute.getCharset() : charset;
                    String name = attribute.getName();
                    String value = strict(attribute.get(), partCharset,
                            "Invalid " + name + ": the value is not valid " + partCharset.name());
                    params.computeIfAbsent(name, ignored -> new ArrayList<>(1)).add(value);
                }
            }
            return params;
        } catch (MockException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // the decoder's own messages name its internals: the client gets a fixed sentence
            throw MockException.invalid("Malformed multipart body: it needs a boundary parameter in its Content-Type"
                    + " and parts delimited by that boundary");
        } finally {
            if (decoder != null) {
                decoder.destroy();
            }
            request.release();
        }
    }

    /** Percent-decodes ({@code +} is a space); a {@code %} not followed by two hexadecimal digits is refused. */
    private static byte[] percentDecode(byte[] raw, String parameter) {
        ByteArrayOutputStream out = null;
        for (int i = 0; i < raw.length; i++) {
            byte b = raw[i];
            if (b == '%' || b == '+') {
                out = new ByteArrayOutputStream(raw.length);
                break;
            }
        }
        if (out == null) {
            return raw;
        }
        for (int i = 0; i < raw.length; i++) {
            byte b = raw[i];
            if (b == '+') {
                out.write(' ');
            } else if (b == '%') {
                int high = i + 1 < raw.length ? Character.digit(raw[i + 1], 16) : -1;
                int low = i + 2 < raw.length ? Character.digit(raw[i + 2], 16) : -1;
                if (high < 0 || low < 0) {
                    throw MockException.invalid("Invalid " + parameter
                            + ": '%' must be followed by two hexadecimal digits (percent-encoding)");
                }
                out.write(high * 16 + low);
                i += 2;
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    private static String strict(byte[] bytes, Charset charset, String problem) {
        if (isAscii(bytes) && (charset == StandardCharsets.UTF_8 || charset == StandardCharsets.US_ASCII
                || charset == StandardCharsets.ISO_8859_1)) {
            // the common case (every Twilio parameter is ASCII): nothing to check, nothing to map. Only for
            // these charsets: in a 7-bit one such as ISO-2022-JP, ASCII bytes are escape sequences of other text
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw MockException.invalid(problem);
        }
    }

    /** A raw parameter name as ASCII text for messages: printable ASCII as it is, other bytes as %XX. */
    private static String printable(byte[] raw) {
        StringBuilder shown = new StringBuilder(raw.length);
        for (byte b : raw) {
            int unsigned = b & 0xFF;
            if (unsigned >= 0x21 && unsigned < 0x7F) {
                shown.append((char) unsigned);
            } else {
                shown.append('%').append(Character.toUpperCase(Character.forDigit(unsigned >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(unsigned & 0xF, 16)));
            }
        }
        return shown.toString();
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte wanted, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return to;
    }

    private static boolean isAsciiCompatible(Charset charset) {
        if (charset == StandardCharsets.UTF_8 || charset == StandardCharsets.ISO_8859_1
                || charset == StandardCharsets.US_ASCII) {
            return true;
        }
        try {
            return Arrays.equals(ASCII_DELIMITERS, "&=%+".getBytes(charset));
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    /** The {@code charset} parameter of a Content-Type; UTF-8 when absent or unknown to this JVM. */
    static Charset charsetOf(String contentType) {
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
                try {
                    return Charset.forName(pair[1].trim().replace("\"", ""));
                } catch (RuntimeException unknownCharset) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
