package dev.csmock.pact.consumer;

import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import com.twilio.http.TwilioRestClient;
import dev.csmock.client.TwilioClients;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the consumer contracts share: the provider's name, the request and body shapes, and the SDK client. */
final class TwilioContract {

    static final String PROVIDER = "composition-settings-mock";
    static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    static final String TOKEN = "consumer-test-token";
    static final String CREDENTIALS = "CR0123456789abcdef0123456789abcdef";
    static final String KEY = "CRfedcba9876543210fedcba9876543210";
    static final String S3_URL = "https://archive-bucket.s3.us-east-1.amazonaws.com/video";

    static final String SID = "^AC[0-9a-fA-F]{32}$";
    static final String CREDENTIAL_SID = "^CR[0-9a-fA-F]{32}$";
    static final String BASIC = "^Basic [A-Za-z0-9+/=]+$";
    static final String FORM = "^application/x-www-form-urlencoded.*$";
    static final String JSON = "^application/json.*$";

    private TwilioContract() {
    }

    static TwilioRestClient client(String mockServerUrl) {
        return client(mockServerUrl, ACCOUNT, TOKEN);
    }

    static TwilioRestClient client(String mockServerUrl, String username, String password) {
        return new TwilioRestClient.Builder(username, password)
                .accountSid(ACCOUNT)
                .httpClient(new TwilioClients.RedirectingHttpClient(URI.create(mockServerUrl)))
                .build();
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, Object> account() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("accountSid", ACCOUNT);
        return params;
    }

    static Map<String, Object> account(String name, Object value, Object... more) {
        Map<String, Object> params = account();
        params.put(name, value);
        for (int i = 0; i + 1 < more.length; i += 2) {
            params.put((String) more[i], more[i + 1]);
        }
        return params;
    }

    static PactDslRequestWithPath get(PactDslWithProvider builder, String state, Map<String, Object> params,
            String description, String path) {
        return builder.given(state, params).uponReceiving(description)
                .method("GET").path(path)
                .matchHeader("Authorization", BASIC, basic(ACCOUNT, TOKEN));
    }

    static PactDslRequestWithPath post(PactDslWithProvider builder, String state, Map<String, Object> params,
            String description, String path, String form) {
        return builder.given(state, params).uponReceiving(description)
                .method("POST").path(path)
                .matchHeader("Authorization", BASIC, basic(ACCOUNT, TOKEN))
                .matchHeader("Content-Type", FORM, "application/x-www-form-urlencoded")
                .body(form, "application/x-www-form-urlencoded");
    }

    /** A settings body: SIDs by pattern, the rest by type, url by value. */
    static PactDslJsonBody settings(String resource, String friendlyName, boolean storage, boolean encryption) {
        PactDslJsonBody body = new PactDslJsonBody()
                .stringMatcher("account_sid", SID, ACCOUNT)
                .stringType("friendly_name", friendlyName)
                .stringMatcher("aws_credentials_sid", CREDENTIAL_SID, CREDENTIALS)
                .stringType("aws_s3_url", S3_URL)
                .booleanValue("aws_storage_enabled", storage)
                .booleanValue("encryption_enabled", encryption)
                .stringValue("url", "https://video.twilio.com/v1/" + resource + "/Default");
        return encryption ? body.stringMatcher("encryption_key_sid", CREDENTIAL_SID, KEY) : body.nullValue("encryption_key_sid");
    }

    /** Twilio's error body, field for field. */
    static PactDslJsonBody error(int status, int code) {
        return new PactDslJsonBody()
                .integerType("code", code)
                .integerType("status", status)
                .stringType("message", "Error message")
                .stringValue("more_info", "https://www.twilio.com/docs/errors/" + code);
    }
}
