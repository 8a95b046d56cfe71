package dev.csmock.client;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a journaled request must look like (SPEC §7), built fluently:
 * {@code RequestPattern.post(Resource.COMPOSITION_SETTINGS).withParam("FriendlyName", "archive").withoutParam("AwsS3Url")}.
 * Every matcher is optional; {@link #anyRequest()} matches every request of the account.
 */
public final class RequestPattern {

    private final Map<String, Object> json = new LinkedHashMap<>();
    private final Map<String, String> params = new LinkedHashMap<>();

    private RequestPattern() {
    }

    public static RequestPattern anyRequest() {
        return new RequestPattern();
    }

    public static RequestPattern get(Resource resource) {
        return anyRequest().method("GET").resource(resource);
    }

    public static RequestPattern post(Resource resource) {
        return anyRequest().method("POST").resource(resource);
    }

    public RequestPattern method(String method) {
        json.put("method", method);
        return this;
    }

    public RequestPattern resource(Resource resource) {
        json.put("resource", resource.resourceName());
        return this;
    }

    /** The parameter was sent with exactly this value (after decoding). */
    public RequestPattern withParam(String name, String value) {
        params.put(name, value);
        return this;
    }

    /** The parameter was not sent. */
    public RequestPattern withoutParam(String name) {
        params.put(name, null);
        return this;
    }

    /** The status the mock answered with. */
    public RequestPattern status(int status) {
        json.put("status", status);
        return this;
    }

    /** The request was ended by a connection fault, without an answer. */
    public RequestPattern endedByAConnectionFault() {
        json.put("status", null);
        return this;
    }

    /** Whether a fault rule fired on the request (a delay-only rule included). */
    public RequestPattern faulted(boolean faulted) {
        json.put("faulted", faulted);
        return this;
    }

    Map<String, Object> json() {
        Map<String, Object> all = new LinkedHashMap<>(json);
        if (!params.isEmpty()) {
            all.put("params", new LinkedHashMap<>(params));
        }
        return all;
    }

    @Override
    public String toString() {
        return json().toString();
    }
}
