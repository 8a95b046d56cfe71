package dev.csmock.faults;

import dev.csmock.config.MockConfig;
import dev.csmock.errors.MockException;
import dev.csmock.faults.model.FaultRuleSpec;
import dev.csmock.settings.SettingsKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The installed fault rules and the decision of which one applies to a request (SPEC §2):
 * the account's rules before the {@code *} rules, oldest first; the first rule that fires wins.
 * Rules are kept per account in immutable lists, changed under the map's per-key lock, so
 * rules of other accounts cost a request nothing and a request always sees one whole list.
 */
@ApplicationScoped
public class FaultRegistry {

    static final String ANY_ACCOUNT = "*";

    /** Both indexes of the rules, swapped together by {@link #replaceAll}. */
    private record Rules(ConcurrentHashMap<String, List<FaultRule>> byAccount, ConcurrentHashMap<String, FaultRule> byId) {
        static Rules empty() {
            return new Rules(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        }
    }

    private volatile Rules rules = Rules.empty();
    private final AtomicLong installed = new AtomicLong();
    private final Validator validator;
    private final MockClock clock;
    private final long latencyMs;
    /** The decision for a request that no rule fires on: the same for every such request. */
    private final FaultDecision noRule;

    public FaultRegistry(Validator validator, MockClock clock, MockConfig config) {
        this.validator = validator;
        this.clock = clock;
        this.latencyMs = config.latencyMs();
        this.noRule = FaultDecision.latencyOnly(latencyMs);
    }

    /** The fixed latency of every response on the Twilio routes ({@code MOCK_LATENCY_MS}). */
    public long latencyMs() {
        return latencyMs;
    }

    /**
     * Validates and installs a rule; an id and a seed are assigned when absent. When a
     * {@link #replaceAll} swapped the rules meanwhile, the rule is installed again among the new
     * ones, so that a rule answered as installed is never lost to a swap that finished before it.
     */
    public FaultRule install(FaultRuleSpec spec) {
        validate(spec, "");
        while (true) {
            Rules now = rules;
            FaultRule rule = add(now, spec);
            if (rules == now) {
                return rule;
            }
        }
    }

    private FaultRule add(Rules into, FaultRuleSpec spec) {
        FaultRule rule = newRule(spec);
        into.byAccount().compute(spec.account(), (account, current) -> {
            if (into.byId().putIfAbsent(rule.id(), rule) != null) {
                throw MockException.conflict("A fault rule with id " + rule.id() + " exists already");
            }
            List<FaultRule> next = new ArrayList<>(current == null ? List.of() : current);
            next.add(rule);
            return List.copyOf(next);
        });
        return rule;
    }

    private FaultRule newRule(FaultRuleSpec spec) {
        String id = spec.id() != null ? spec.id() : "FR" + UUID.randomUUID().toString().replace("-", "");
        long seed = spec.seed() != null ? spec.seed() : ThreadLocalRandom.current().nextLong();
        return new FaultRule(spec.withIdAndSeed(id, seed), installed.incrementAndGet(), clock.nowMs());
    }

    /** Checks a rule without installing it: an invalid-input failure that lists every broken field. */
    private void validate(FaultRuleSpec spec, String prefix) {
        if (spec == null) {
            throw MockException.invalid("Invalid fault rule", List.of(prefix + "the body must be a fault rule object"));
        }
        Set<ConstraintViolation<FaultRuleSpec>> violations = validator.validate(spec);
        if (!violations.isEmpty()) {
            throw MockException.invalid("Invalid fault rule",
                    Violations.describe(violations).stream().map(line -> prefix + line).toList());
        }
    }

    /**
     * Checks a whole list of rules as {@link #replaceAll} would install it: every rule valid, no id
     * given twice. Every problem of every rule is listed, prefixed with {@code rules[i].}.
     */
    public void validateAll(List<FaultRuleSpec> specs, String field) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < specs.size(); i++) {
            String prefix = field + "[" + i + "].";
            try {
                validate(specs.get(i), prefix);
            } catch (MockException e) {
                problems.addAll(e.details());
                continue;
            }
            String id = specs.get(i).id();
            if (id != null && !ids.add(id)) {
                problems.add(prefix + "id: " + id + " is given to another rule of the list already");
            }
        }
        if (!problems.isEmpty()) {
            throw MockException.invalid("Invalid fault rules", problems);
        }
    }

    /** Replaces every rule by these, at once, after checking all of them: an invalid list changes nothing. */
    public void replaceAll(List<FaultRuleSpec> specs) {
        validateAll(specs, "faults");
        Rules next = Rules.empty();
        specs.forEach(spec -> add(next, spec));
        rules = next;
    }

    public Optional<FaultRule> find(String id) {
        return Optional.ofNullable(rules.byId().get(id));
    }

    /** All rules, or one account's, oldest first. */
    public List<FaultRule> list(String account) {
        Rules now = rules;
        List<FaultRule> found = new ArrayList<>();
        if (account == null) {
            now.byAccount().values().forEach(found::addAll);
        } else {
            found.addAll(now.byAccount().getOrDefault(account, List.of()));
        }
        found.sort(Comparator.comparingLong(FaultRule::created));
        return found;
    }

    /** How many rules an account has of its own. */
    public int count(String account) {
        return rules.byAccount().getOrDefault(account, List.of()).size();
    }

    public boolean remove(String id) {
        Rules now = rules;
        FaultRule rule = now.byId().get(id);
        if (rule == null) {
            return false;
        }
        boolean[] removed = {false};
        now.byAccount().computeIfPresent(rule.spec().account(), (account, current) -> {
            removed[0] = now.byId().remove(id, rule);
            List<FaultRule> next = current.stream().filter(other -> other != rule).toList();
            return next.isEmpty() ? null : next;
        });
        return removed[0];
    }

    /** Removes all rules, or those of one account (its own, not the {@code *} rules). */
    public void removeAll(String account) {
        if (account == null) {
            rules = Rules.empty();
            return;
        }
        Rules now = rules;
        now.byAccount().computeIfPresent(account, (sid, current) -> {
            current.forEach(rule -> now.byId().remove(rule.id(), rule));
            return null;
        });
    }

    /**
     * Decides the delay and fault of one request; counts it for every matching rule tried that is
     * inside its window on the mock's clock. A decision that holds places under concurrency limits
     * must be {@linkplain FaultDecision#release() released} when the request's answer has been sent.
     */
    public FaultDecision decide(String account, SettingsKind kind, String method) {
        Rules now = rules;
        List<FaultRule> own = account == null ? null : now.byAccount().get(account);
        List<FaultRule> any = now.byAccount().get(ANY_ACCOUNT);
        if (own == null && any == null) {
            return noRule;   // the common case: nothing to try, nothing to allocate
        }
        long nowMs = clock.nowMs();
        FaultDecision.Releases releases = new FaultDecision.Releases();
        FaultDecision fired = tryRules(own, account, kind, method, nowMs, releases);
        if (fired == null) {
            fired = tryRules(any, account == null ? "" : account, kind, method, nowMs, releases);
        }
        if (fired != null) {
            return fired;
        }
        return releases.isEmpty() ? noRule : new FaultDecision(null, latencyMs, null, false, null, null, null, releases);
    }

    private FaultDecision tryRules(List<FaultRule> candidates, String account, SettingsKind kind, String method, long nowMs,
            FaultDecision.Releases releases) {
        if (candidates == null) {
            return null;
        }
        for (FaultRule rule : candidates) {
            if (!rule.matches(kind, method) || !rule.activeAt(nowMs)) {
                continue;
            }
            FaultRule.Fired fired = rule.tryFire(account, nowMs, releases);
            if (fired != null) {
                FaultRuleSpec spec = rule.spec();
                long delay = latencyMs + (spec.delay() == null ? 0 : spec.delay().drawMs(fired.random(), rule.elapsedMs(nowMs)));
                boolean after = "after".equals(spec.phaseOrBefore()) && method.equals("POST");
                return new FaultDecision(rule, delay, spec.fault(), after, fired.random(), fired.reason(),
                        fired.retryAfterSeconds(), releases);
            }
        }
        return null;
    }

    /** The mock's clock, which windows, quotas and ramps read. */
    public MockClock clock() {
        return clock;
    }

    /** The accounts that have rules of their own (and {@code *} when it has rules). */
    public Set<String> accounts() {
        return Set.copyOf(rules.byAccount().keySet());
    }
}
