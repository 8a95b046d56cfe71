package dev.csmock.api;

import dev.csmock.errors.TwilioException;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.multipart.Attribute;
import io.netty.handler.codec.http.multipart.DefaultHttpDataFactory;
import io.netty.handler.codec.http.multipart.HttpPostMultipartRequestDecoder;
import io.netty.handler.codec.http.multipart.InterfaceHttpData;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes a POST body into its parameters the way Twilio reads it (SPEC §1.3): URL-encoded forms
 * (any charset, {@code +} and {@code %20} as spaces) and multipart forms, with Netty's decoders;
 * any other media type carries no parameters.
 */
public final class FormBody {

    private static final int MAX_PARAMETERS = 1024;

    private FormBody() {
    }

    public static Map<String, List<String>> parse(String contentType, Buffer buffer) {
        if (contentType == null || buffer == null || buffer.length() == 0) {
            return Map.of();
        }
        byte[] body = buffer.getBytes();
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        Charset charset = charsetOf(contentType);
        return switch (mediaType) {
            case "application/x-www-form-urlencoded" -> urlEncoded(new String(body, charset), charset);
            case "multipart/form-data" -> multipart(contentType, body, charset);
            default -> Map.of();
        };
    }

    private static Map<String, List<String>> urlEncoded(String body, Charset charset) {
        try {
            return new QueryStringDecoder(body, charset, false, MAX_PARAMETERS, true).parameters();
        } catch (IllegalArgumentException e) {
            throw TwilioException.badParameter("Malformed form body: " + e.getMessage());
        }
    }

    private static Map<String, List<String>> multipart(String contentType, byte[] body, Charset charset) {
        DefaultFullHttpRequest request = new DefaultFullHttpRequest(
                HttpVersion.HTTP_1_1, HttpMethod.POST, "/", Unpooled.wrappedBuffer(body));
        request.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
        HttpPostMultipartRequestDecoder decoder = null;
        try {
            decoder = new HttpPostMultipartRequestDecoder(new DefaultHttpDataFactory(false), request, charset);
            Map<String, List<String>> params = new LinkedHashMap<>();
            for (InterfaceHttpData data : decoder.getBodyHttpDatas()) {
                if (data instanceof Attribute attribute) {
                    params.computeIfAbsent(attribute.getName(), name -> new ArrayList<>()).add(attribute.getValue());
                }
            }
            return params;
        } catch (IOException | RuntimeException e) {
            throw TwilioException.badParameter("Malformed multipart body: " + e.getMessage());
        } finally {
            if (decoder != null) {
                decoder.destroy();
            }
            request.release();
        }
    }

    private static Charset charsetOf(String contentType) {
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
