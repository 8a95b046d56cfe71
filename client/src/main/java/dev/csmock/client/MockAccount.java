package dev.csmock.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * One tenant of the mock: an Account SID with its auth token, and the admin calls scoped to it.
 * Parallel tests that each use their own account never see each other's state, faults or requests.
 */
public final class MockAccount {

    private final MockAdmin admin;
    private final String sid;
    private final String token;

    MockAccount(MockAdmin admin, String sid, String token) {
        this.admin = admin;
        this.sid = sid;
        this.token = token;
    }

    /** The Account SID ({@code AC…}). */
    public String sid() {
        return sid;
    }

    /** The auth token. */
    public String token() {
        return token;
    }

    /** The mock's root URL, where the code under test sends its Twilio requests. */
    public String baseUrl() {
        return admin.baseUrl();
    }

    /** {@code Basic …} for the {@code Authorization} header of a request as this account. */
    public String basicAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((sid + ":" + token).getBytes(StandardCharsets.UTF_8));
    }

    public MockAdmin admin() {
        return admin;
    }

    public InstalledFault inject(Fault fault) {
        return admin.inject(sid, fault);
    }

    public List<InstalledFault> faults() {
        return admin.faults(sid);
    }

    public void removeFaults() {
        admin.removeFaults(sid);
    }

    public Settings seed(Resource resource, Settings settings) {
        return admin.seed(sid, resource, settings);
    }

    public Optional<Settings> settings(Resource resource) {
        return admin.settings(sid, resource);
    }

    /** This account's requests, newest first (at most 1,000). */
    public List<RecordedRequest> requests() {
        return admin.requests(sid, 1000);
    }

    /** This account's requests that match the pattern, newest first (at most 1,000); the mock does the matching. */
    public List<RecordedRequest> requests(RequestPattern pattern) {
        return admin.requests(sid, pattern, 1000);
    }

    /** How many of this account's requests match the pattern. */
    public int count(RequestPattern pattern) {
        return admin.countRequests(sid, pattern);
    }

    public VerificationResult check(RequestPattern pattern, Times times) {
        return admin.check(sid, pattern, times);
    }

    /** Asserts that this account sent at least one matching request. */
    public void verify(RequestPattern pattern) {
        admin.verify(sid, pattern, Times.atLeast(1));
    }

    /** Asserts that this account sent matching requests this number of times ({@link AssertionError} otherwise). */
    public void verify(RequestPattern pattern, Times times) {
        admin.verify(sid, pattern, times);
    }

    public void verifySequence(RequestPattern... patterns) {
        admin.verifySequence(sid, patterns);
    }

    /** Forgets this account on the mock: settings, rules, journal entries. */
    public void forget() {
        admin.forget(sid);
    }

    /**
     * The official Twilio Java SDK's client for this account, pointed at the mock (needs
     * {@code com.twilio.sdk:twilio} on the class path). Use it as
     * {@code CompositionSettings.fetcher().fetch(account.twilioClient())}.
     */
    public com.twilio.http.TwilioRestClient twilioClient() {
        return TwilioClients.forAccount(admin.baseUrl(), sid, token);
    }

    @Override
    public String toString() {
        return sid;
    }
}
