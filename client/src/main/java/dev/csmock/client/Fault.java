package dev.csmock.client;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fault rule (SPEC §2.1), built fluently and serialised to exactly the admin API's JSON:
 * {@code Fault.status(503).onPost().times(1)}, {@code Fault.connectionReset().phase(Phase.AFTER)},
 * {@code Fault.delayOnly(Delay.fixed(200))}. The account is the one the rule is installed for
 * ({@link MockAccount#inject}), or any account ({@link MockAdmin#injectForAnyAccount}).
 */
public final class Fault {

    private final Map<String, Object> fault;
    private final Map<String, Object> rule = new LinkedHashMap<>();

    private Fault(Map<String, Object> fault) {
        this.fault = fault;
    }

    private static Fault of(String type) {
        Map<String, Object> fault = new LinkedHashMap<>();
        fault.put("type", type);
        return new Fault(fault);
    }

    /** An error status in Twilio's shape (4xx or 5xx); the code and message default per status. */
    public static Fault status(int status) {
        Fault rule = of("status");
        rule.fault.put("status", status);
        return rule;
    }

    /**
     * A malformed body: {@code truncated-json}, {@code invalid-json}, {@code empty}, {@code null},
     * {@code wrong-types}, {@code html} or {@code random-bytes}.
     */
    public static Fault malformedBody(String kind) {
        Fault rule = of("malformed-body");
        rule.fault.put("kind", kind);
        return rule;
    }

    /** The correct body under a wrong media type. */
    public static Fault contentType(String contentType) {
        Fault rule = of("content-type");
        rule.fault.put("contentType", contentType);
        return rule;
    }

    /** A TCP reset instead of an answer. */
    public static Fault connectionReset() {
        return of("connection-reset");
    }

    /** The connection closed without an answer. */
    public static Fault connectionClose() {
        return of("connection-close");
    }

    /** No answer for {@code maxMillis}, then the connection closed. */
    public static Fault hang(long maxMillis) {
        Fault rule = of("hang");
        rule.fault.put("maxMs", maxMillis);
        return rule;
    }

    /** The correct answer, sent in {@code chunks} pieces over {@code totalMillis}. */
    public static Fault dribble(int chunks, long totalMillis) {
        Fault rule = of("dribble");
        rule.fault.put("chunks", chunks);
        rule.fault.put("totalMs", totalMillis);
        return rule;
    }

    /**
     * A rate limit like Twilio's (SPEC §2.2): in each fixed window of {@code window} from the rule's
     * installation, the first {@code limit} matching requests of an account pass; the rest are answered
     * 429/20429 with {@code Retry-After}. On the mock's clock ({@link MockAdmin#clock()}).
     */
    public static Fault quota(int limit, Duration window) {
        Fault rule = of("quota");
        rule.fault.put("limit", limit);
        rule.fault.put("windowMs", window.toMillis());
        return rule;
    }

    /** At most {@code max} matching requests of an account in flight at once; others are answered 429/20429. */
    public static Fault concurrencyLimit(int max) {
        Fault rule = of("concurrency-limit");
        rule.fault.put("max", max);
        return rule;
    }

    /** A correct answer, only late. */
    public static Fault delayOnly(Delay delay) {
        Fault rule = new Fault(null);
        rule.rule.put("delay", delay.json());
        return rule;
    }

    /** The Twilio error code of a status fault (default: the documented code of the status). */
    public Fault code(int code) {
        return faultField("code", code);
    }

    /** The message of a status fault (default: the status' reason phrase). */
    public Fault message(String message) {
        return faultField("message", message);
    }

    /** {@code Retry-After} of a status fault (default 1 for 429). */
    public Fault retryAfterSeconds(int seconds) {
        return faultField("retryAfterSeconds", seconds);
    }

    /** The status of a malformed body (default 200). */
    public Fault withStatus(int status) {
        return faultField("status", status);
    }

    public Fault onGet() {
        rule.put("method", "GET");
        return this;
    }

    public Fault onPost() {
        rule.put("method", "POST");
        return this;
    }

    public Fault on(Resource resource) {
        rule.put("resource", resource.resourceName());
        return this;
    }

    /** Lets the first {@code requests} matching requests through. */
    public Fault skip(long requests) {
        rule.put("skip", requests);
        return this;
    }

    /** Applies to the next {@code requests} matching requests, then expires (unlimited when not set). */
    public Fault times(long requests) {
        rule.put("times", requests);
        return this;
    }

    /** Fires with this probability, drawn from a generator seeded with {@code seed} (reproducible). */
    public Fault probability(double probability, long seed) {
        rule.put("probability", probability);
        rule.put("seed", seed);
        return this;
    }

    /**
     * A probability that moves linearly from {@code from} to {@code to} over {@code over} from the
     * rule's installation (on the mock's clock), then stays at {@code to}; drawn from a generator seeded
     * with {@code seed}.
     */
    public Fault probabilityRamp(double from, double to, Duration over, long seed) {
        Map<String, Object> ramp = new LinkedHashMap<>();
        ramp.put("from", from);
        ramp.put("to", to);
        ramp.put("overMs", over.toMillis());
        rule.put("probability", ramp);
        rule.put("seed", seed);
        return this;
    }

    /** Active only from {@code delay} after its installation (on the mock's clock): "fine for 10 s, then fail". */
    public Fault startingAfter(Duration delay) {
        rule.put("startsAfterMs", delay.toMillis());
        return this;
    }

    /** Active only for {@code duration} (from its start): "fail for 30 s, then recover". */
    public Fault activeFor(Duration duration) {
        rule.put("activeForMs", duration.toMillis());
        return this;
    }

    public Fault phase(Phase phase) {
        rule.put("phase", phase.json());
        return this;
    }

    /** A delay before the fault. */
    public Fault after(Delay delay) {
        rule.put("delay", delay.json());
        return this;
    }

    /** The rule's id (default: assigned by the server). */
    public Fault id(String id) {
        rule.put("id", id);
        return this;
    }

    private Fault faultField(String name, Object value) {
        if (fault == null) {
            throw new IllegalStateException(name + " applies to a fault, not to a delay-only rule");
        }
        fault.put(name, value);
        return this;
    }

    /** The rule as the admin API takes it, for this account ({@code AC…} or {@code *}). */
    Map<String, Object> json(String account) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("account", account);
        json.putAll(rule);
        if (fault != null) {
            json.put("fault", fault);
        }
        return json;
    }

    /** The rule as the admin API and {@code MOCK_FAULTS_FILE} take it, for an account ({@code AC…} or {@code *}). */
    public String toJson(String account) {
        return AdminHttp.write(json(account));
    }

    /** A JSON array of rules for one account: the content of a {@code MOCK_FAULTS_FILE}. */
    public static String toJsonArray(String account, Fault... faults) {
        java.util.List<Map<String, Object>> rules = new java.util.ArrayList<>();
        for (Fault fault : faults) {
            rules.add(fault.json(account));
        }
        return AdminHttp.write(rules);
    }

    @Override
    public String toString() {
        return json("<account>").toString();
    }
}
