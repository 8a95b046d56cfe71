package dev.csmock.sdk;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.net.URI;

/**
 * Points the official Twilio Java SDK at the mock (SPEC §1.6): twilio-java has no base-URL
 * setting, so each request is re-issued against the mock's base URL with its method, parameters,
 * headers and credentials unchanged. The same class is shown in the README.
 */
public class MockTwilioHttpClient extends NetworkHttpClient {

    private final URI base;

    public MockTwilioHttpClient(URI base) {
        this.base = base;
    }

    @Override
    public Response makeRequest(Request request) {
        URI original = URI.create(request.getUrl());
        Request rewritten = new Request(request.getMethod(), base.resolve(original.getRawPath()).toString());
        if (request.getAuthStrategy() != null) {
            rewritten.setAuth(request.getAuthStrategy());
        } else {
            rewritten.setAuth(request.getUsername(), request.getPassword());
        }
        rewritten.setContentType(request.getContentType());
        if (request.getBody() != null) {
            rewritten.setBody(request.getBody());
        }
        request.getQueryParams().forEach((name, values) -> values.forEach(value -> rewritten.addQueryParam(name, value)));
        request.getPostParams().forEach((name, values) -> values.forEach(value -> rewritten.addPostParam(name, value)));
        request.getHeaderParams().forEach((name, values) -> values.forEach(value -> rewritten.addHeaderParam(name, value)));
        return super.makeRequest(rewritten);
    }
}
