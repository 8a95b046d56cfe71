package dev.csmock.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A typed client of the Composition Settings Mock's admin API ({@code /__admin}): accounts,
 * fault rules, the request journal, verification, seeding, credentials, snapshots, reset and Pact
 * provider states. Thread-safe; one per mock is enough.
 *
 * <pre>{@code
 * MockAdmin admin = MockAdmin.connect("http://localhost:8080");
 * MockAccount account = admin.newAccount();
 * account.inject(Fault.status(503).onPost().times(1));
 * // ... the code under test calls the mock as this account ...
 * account.verify(RequestPattern.post(Resource.COMPOSITION_SETTINGS), Times.exactly(2));
 * }</pre>
 */
public final class MockAdmin {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String baseUrl;
    private final AdminHttp http;
    /** Set on a mock shared with other test classes: how to get one of one's own (operations on every account are refused). */
    private final String sharedAdvice;

    private MockAdmin(String baseUrl, String adminToken) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.http = new AdminHttp(URI.create(this.baseUrl + "/__admin/"), adminToken);
        this.sharedAdvice = null;
    }

    private MockAdmin(MockAdmin admin, String sharedAdvice) {
        this.baseUrl = admin.baseUrl;
        this.http = admin.http;
        this.sharedAdvice = sharedAdvice;
    }

    /** A client of the mock whose root is {@code baseUrl} (e.g. {@code http://localhost:8080}). */
    public static MockAdmin connect(String baseUrl) {
        return new MockAdmin(baseUrl, null);
    }

    /** The same, for a mock started with {@code MOCK_ADMIN_TOKEN}. */
    public static MockAdmin connect(String baseUrl, String adminToken) {
        return new MockAdmin(baseUrl, adminToken);
    }

    /** The mock's root URL, without a trailing slash: where the Twilio SDKs are pointed. */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * This client, for a mock that other test classes share: every operation that reaches every
     * account ({@link #injectForAnyAccount}, {@link #removeAllFaults}, {@link #clearRequests} of every
     * account, {@link #restore}, {@link #reset}, moving the {@link #clock()}) then throws an
     * {@link IllegalStateException} ending with {@code advice} (how to get a mock of one's own), instead
     * of breaking the other classes' tests at random. Operations on one account are not affected.
     */
    public MockAdmin sharedWithOtherTests(String advice) {
        return new MockAdmin(this, java.util.Objects.requireNonNull(advice, "advice"));
    }

    /** Whether this client refuses the operations that reach every account ({@link #sharedWithOtherTests}). */
    public boolean isShared() {
        return sharedAdvice != null;
    }

    /** Refuses an operation that reaches every account when the mock is shared with other test classes. */
    void mustNotReachEveryAccount(String operation) {
        if (sharedAdvice != null) {
            throw new IllegalStateException(operation + " reaches every account of this mock, which other test classes"
                    + " share: it would break their tests at random. " + sharedAdvice);
        }
    }

    // ---- accounts

    /** A fresh account of its own: a random Account SID and auth token (accepted in the default lenient mode). */
    public MockAccount newAccount() {
        return new MockAccount(this, "AC" + HexFormat.of().formatHex(randomBytes(16)),
                HexFormat.of().formatHex(randomBytes(16)));
    }

    /** An account with known credentials (for a mock in strict mode, register them with {@link #addCredential}). */
    public MockAccount account(String accountSid, String authToken) {
        return new MockAccount(this, accountSid, authToken);
    }

    /** Forgets an account: its settings, its own fault rules and its journal entries. */
    public void forget(String accountSid) {
        http.delete("accounts/" + accountSid);
    }

    /** Seeds one resource of one account (the same rules as a Twilio POST); returns what is stored. */
    public Settings seed(String accountSid, Resource resource, Settings settings) {
        JsonNode stored = http.put("accounts/" + accountSid + "/" + resource.resourceName(), settings, Set.of(200)).body();
        return AdminHttp.JSON.convertValue(stored, Settings.class);
    }

    /** One resource of one account, or empty when it is not configured. */
    public Optional<Settings> settings(String accountSid, Resource resource) {
        AdminHttp.Answer answer = http.send("GET", "accounts/" + accountSid + "/" + resource.resourceName(), null,
                Set.of(200, 404));
        return answer.status() == 404 ? Optional.empty()
                : Optional.of(AdminHttp.JSON.convertValue(answer.body(), Settings.class));
    }

    public void clearSettings(String accountSid, Resource resource) {
        http.delete("accounts/" + accountSid + "/" + resource.resourceName());
    }

    // ---- faults

    /** Installs a fault rule for one account. */
    public InstalledFault inject(String accountSid, Fault fault) {
        if ("*".equals(accountSid)) {
            mustNotReachEveryAccount("A fault rule for every account (\"*\")");
        }
        return InstalledFault.of(http.post("faults", fault.json(accountSid), Set.of(201)).body());
    }

    /** Installs a fault rule for every account ({@code "account": "*"}). */
    public InstalledFault injectForAnyAccount(Fault fault) {
        return inject("*", fault);
    }

    /** One account's own rules (or every rule when {@code accountSid} is null), oldest first. */
    public List<InstalledFault> faults(String accountSid) {
        List<InstalledFault> rules = new ArrayList<>();
        http.get("faults" + query("account", accountSid)).body().forEach(rule -> rules.add(InstalledFault.of(rule)));
        return rules;
    }

    public Optional<InstalledFault> fault(String id) {
        AdminHttp.Answer answer = http.send("GET", "faults/" + encode(id), null, Set.of(200, 404));
        return answer.status() == 404 ? Optional.empty() : Optional.of(InstalledFault.of(answer.body()));
    }

    public void removeFault(String id) {
        http.delete("faults/" + encode(id));
    }

    /** Removes one account's own rules. */
    public void removeFaults(String accountSid) {
        http.delete("faults" + query("account", accountSid));
    }

    public void removeAllFaults() {
        mustNotReachEveryAccount("removeAllFaults()");
        http.delete("faults");
    }

    // ---- journal and verification

    /** One account's requests (or everyone's when {@code accountSid} is null), newest first, at most {@code limit}. */
    public List<RecordedRequest> requests(String accountSid, int limit) {
        List<RecordedRequest> requests = new ArrayList<>();
        http.get("requests?limit=" + limit + (accountSid == null ? "" : "&account=" + encode(accountSid)))
                .body().path("requests").forEach(entry -> requests.add(RecordedRequest.of(entry)));
        return requests;
    }

    public int countRequests(String accountSid) {
        return http.get("requests/count" + query("account", accountSid)).body().path("count").asInt();
    }

    /**
     * One account's requests (every account's when {@code accountSid} is null) that match the pattern,
     * newest first, at most {@code limit}; the mock does the matching.
     */
    public List<RecordedRequest> requests(String accountSid, RequestPattern pattern, int limit) {
        Map<String, Object> body = search(accountSid, pattern);
        body.put("limit", limit);
        List<RecordedRequest> requests = new ArrayList<>();
        http.post("requests/find", body, Set.of(200)).body().path("requests")
                .forEach(entry -> requests.add(RecordedRequest.of(entry)));
        return requests;
    }

    /** How many of one account's requests (every account's when {@code accountSid} is null) match the pattern. */
    public int countRequests(String accountSid, RequestPattern pattern) {
        return http.post("requests/count", search(accountSid, pattern), Set.of(200)).body().path("count").asInt();
    }

    private static Map<String, Object> search(String accountSid, RequestPattern pattern) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (accountSid != null) {
            body.put("account", accountSid);
        }
        body.putAll(pattern.json());
        return body;
    }

    /** Clears one account's part of the journal (or the whole journal when {@code accountSid} is null). */
    public void clearRequests(String accountSid) {
        if (accountSid == null) {
            mustNotReachEveryAccount("clearRequests(null)");
        }
        http.delete("requests" + query("account", accountSid));
    }

    /** Asks the mock whether the account sent matching requests this number of times; never throws for a 406. */
    public VerificationResult check(String accountSid, RequestPattern pattern, Times times) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("account", accountSid);
        body.putAll(pattern.json());
        body.put("times", times.json());
        return VerificationResult.of(http.post("requests/verify", body, Set.of(202, 406)).body());
    }

    /**
     * Asserts that the account sent matching requests this number of times.
     *
     * @throws AssertionError with the mock's message (what was expected, what came, the closest requests)
     */
    public void verify(String accountSid, RequestPattern pattern, Times times) {
        VerificationResult result = check(accountSid, pattern, times);
        if (!result.holds()) {
            throw new AssertionError(result.message());
        }
    }

    /**
     * Asserts that the account sent requests matching these patterns in this order (others may come between).
     *
     * @throws AssertionError with the mock's message, naming the first pattern not found
     */
    public void verifySequence(String accountSid, RequestPattern... patterns) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("account", accountSid);
        List<Map<String, Object>> requests = new ArrayList<>();
        for (RequestPattern pattern : patterns) {
            requests.add(pattern.json());
        }
        body.put("requests", requests);
        JsonNode result = http.post("requests/verify-sequence", body, Set.of(202, 406)).body();
        if (!result.path("holds").asBoolean()) {
            throw new AssertionError(result.path("message").asText());
        }
    }

    // ---- credentials, state, Pact

    /** Adds a credential: an Account SID with its token, or an API key SID with its secret and account. */
    public void addCredential(String username, String password, String accountSid) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", password);
        if (accountSid != null) {
            body.put("account", accountSid);
        }
        http.post("credentials", body, Set.of(201));
    }

    public void removeCredential(String username) {
        http.delete("credentials/" + encode(username));
    }

    /** The whole state (settings, rules, credentials) as the JSON document of {@code /__admin/snapshot}. */
    public String snapshot() {
        return http.get("snapshot").text();
    }

    /** Replaces the whole state by a snapshot (all or nothing). */
    public void restore(String snapshotJson) {
        mustNotReachEveryAccount("restore(snapshot)");
        http.put("snapshot", snapshotJson, Set.of(204));
    }

    /** The mock's clock, which quotas, windows and ramps read: freeze it, advance it, give it back to real time. */
    public MockClock clock() {
        return new MockClock(this, http);
    }

    /** Back to the state the mock started with; the journal is cleared, the clock runs in real time. */
    public void reset() {
        mustNotReachEveryAccount("reset()");
        http.post("reset", null, Set.of(204));
    }

    /** Sets up a Pact provider state ({@code "the service fails"}, …); params need {@code accountSid}. */
    public void providerState(String state, Map<String, ?> params) {
        changeProviderState(state, params, "setup");
    }

    /** Tears a Pact provider state down (forgets the account named in {@code params.accountSid}). */
    public void providerStateTeardown(String state, Map<String, ?> params) {
        changeProviderState(state, params, "teardown");
    }

    private void changeProviderState(String state, Map<String, ?> params, String action) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", state);
        body.put("params", params);
        body.put("action", action);
        http.post("pact/provider-states", body, Set.of(200));
    }

    private static String query(String name, String value) {
        return value == null ? "" : "?" + name + "=" + encode(value);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
