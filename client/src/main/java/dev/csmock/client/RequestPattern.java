package dev.csmock.client;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a journaled request must look like (SPEC §7), built fluently:
 * {@code RequestPattern.post(Resource.COMPOSITION_SETTINGS).withParam("FriendlyName", "archive").withoutParam("AwsS3Url")},
 * or with matchers beyond equality (SPEC §7.1, {@link ValueMatcher}):
 * {@code .withParam("FriendlyName", matching("arch.*")).withHeader("User-Agent", containing("twilio-java"))}.
 * Every matcher is optional; {@link #anyRequest()} matches every request of the account.
 */
public final class RequestPattern {

    private final Map<String, Object> json = new LinkedHashMap<>();
    private final Map<String, Object> params = new LinkedHashMap<>();
    private final Map<String, Object> headers = new LinkedHashMap<>();

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

    /** The parameter's value satisfies the matcher ({@code matching("arch.*")}, {@code present()}, …). */
    public RequestPattern withParam(String name, ValueMatcher matcher) {
        params.put(name, matcher.json());
        return this;
    }

    /** The parameter was sent, with any value. */
    public RequestPattern withAnyParam(String name) {
        return withParam(name, ValueMatcher.present());
    }

    /** The parameter was not sent. */
    public RequestPattern withoutParam(String name) {
        params.put(name, null);
        return this;
    }

    /** The header (name in any case) was sent with exactly this value. */
    public RequestPattern withHeader(String name, String value) {
        return withHeader(name, ValueMatcher.equalTo(value));
    }

    /** The header's value, as the client sent it, satisfies the matcher. */
    public RequestPattern withHeader(String name, ValueMatcher matcher) {
        headers.put(name, matcher.json());
        return this;
    }

    /** The header was not sent. */
    public RequestPattern withoutHeader(String name) {
        headers.put(name, null);
        return this;
    }

    /** The request authenticated as this Basic-auth user name: an Account SID, or an API key ({@code SK…}). */
    public RequestPattern withCredential(String username) {
        return withCredential(ValueMatcher.equalTo(username));
    }

    /** The Basic-auth user name the request authenticated with satisfies the matcher. */
    public RequestPattern withCredential(ValueMatcher matcher) {
        json.put("credential", matcher.json());
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
        if (!headers.isEmpty()) {
            all.put("headers", new LinkedHashMap<>(headers));
        }
        return all;
    }

    @Override
    public String toString() {
        return json().toString();
    }
}
