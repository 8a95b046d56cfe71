package dev.csmock.client;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import com.twilio.http.TwilioRestClient;
import java.net.URI;

/**
 * The official Twilio Java SDK pointed at the mock (SPEC §1.6). twilio-java has no base-URL
 * setting, so every request is re-issued against the mock's root with its method, parameters,
 * headers and credentials unchanged. Needs {@code com.twilio.sdk:twilio} on the class path (an
 * optional dependency of this client).
 */
public final class TwilioClients {

    private TwilioClients() {
    }

    /** A {@link TwilioRestClient} for the account, whose requests go to {@code baseUrl}. */
    public static TwilioRestClient forAccount(String baseUrl, String accountSid, String authToken) {
        return new TwilioRestClient.Builder(accountSid, authToken)
                .httpClient(new RedirectingHttpClient(URI.create(baseUrl)))
                .build();
    }

    /** Sends the SDK's requests to the mock instead of {@code *.twilio.com}. */
    public static final class RedirectingHttpClient extends NetworkHttpClient {

        private final URI base;

        public RedirectingHttpClient(URI base) {
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
}
