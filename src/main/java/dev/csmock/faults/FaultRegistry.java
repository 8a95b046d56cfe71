package dev.csmock.faults;

import dev.csmock.config.MockConfig;
import dev.csmock.errors.AdminException;
import dev.csmock.errors.Violations;
import dev.csmock.faults.model.FaultRuleSpec;
import dev.csmock.settings.SettingsKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The installed fault rules and the decision of which one applies to a request (SPEC §2):
 * the account's rules before the {@code *} rules, oldest first; the first rule that fires wins.
 * Rules are kept per account, so rules of other accounts cost a request nothing.
 */
@ApplicationScoped
public class FaultRegistry {

    static final String ANY_ACCOUNT = "*";

    private final Map<String, List<FaultRule>> byAccount = new ConcurrentHashMap<>();
    private final Map<String, FaultRule> byId = new ConcurrentHashMap<>();
    private final AtomicLong installed = new AtomicLong();
    private final Validator validator;
    private final long latencyMs;
    /** The decision for a request that no rule fires on: the same for every such request. */
    private final FaultDecision noRule;

    public FaultRegistry(Validator validator, MockConfig config) {
        this.validator = validator;
        this.latencyMs = config.latencyMs();
        this.noRule = FaultDecision.latencyOnly(latencyMs);
    }

    /** The fixed latency of every response on the Twilio routes ({@code MOCK_LATENCY_MS}). */
    public long latencyMs() {
        return latencyMs;
    }

    /** Validates and installs a rule; an id and a seed are assigned when absent. */
    public FaultRule install(FaultRuleSpec spec) {
        validate(spec);
        String id = spec.id() != null ? spec.id() : "FR" + UUID.randomUUID().toString().replace("-", "");
        long seed = spec.seed() != null ? spec.seed() : ThreadLocalRandom.current().nextLong();
        FaultRule rule = new FaultRule(spec.withIdAndSeed(id, seed), installed.incrementAndGet());
        if (byId.putIfAbsent(id, rule) != null) {
            throw new AdminException(409, "A fault rule with id " + id + " exists already", List.of());
        }
        byAccount.computeIfAbsent(spec.account(), account -> new CopyOnWriteArrayList<>()).add(rule);
        return rule;
    }

    /** Checks a rule without installing it: a 400 that lists every broken field. */
    public void validate(FaultRuleSpec spec) {
        if (spec == null) {
            throw AdminException.badRequest("Invalid fault rule", List.of("the body must be a fault rule object"));
        }
        Set<ConstraintViolation<FaultRuleSpec>> violations = validator.validate(spec);
        if (!violations.isEmpty()) {
            throw AdminException.badRequest("Invalid fault rule", Violations.describe(violations));
        }
    }

    public Optional<FaultRule> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** All rules, or one account's, oldest first. */
    public List<FaultRule> list(String account) {
        List<FaultRule> rules = new ArrayList<>();
        if (account == null) {
            byAccount.values().forEach(rules::addAll);
        } else {
            rules.addAll(byAccount.getOrDefault(account, List.of()));
        }
        rules.sort(Comparator.comparingLong(FaultRule::created));
        return rules;
    }

    public boolean remove(String id) {
        FaultRule rule = byId.remove(id);
        if (rule == null) {
            return false;
        }
        List<FaultRule> rules = byAccount.get(rule.spec().account());
        if (rules != null) {
            rules.remove(rule);
        }
        return true;
    }

    /** Removes all rules, or those of one account (its own, not the {@code *} rules). */
    public void removeAll(String account) {
        if (account == null) {
            byAccount.clear();
            byId.clear();
            return;
        }
        List<FaultRule> rules = byAccount.remove(account);
        if (rules != null) {
            rules.forEach(rule -> byId.remove(rule.id()));
        }
    }

    /** Decides the delay and fault of one request; counts it for every matching rule tried. */
    public FaultDecision decide(String account, SettingsKind kind, String method) {
        FaultDecision fired = tryRules(byAccount.get(account), kind, method);
        if (fired == null) {
            fired = tryRules(byAccount.get(ANY_ACCOUNT), kind, method);
        }
        return fired != null ? fired : noRule;
    }

    private FaultDecision tryRules(List<FaultRule> rules, SettingsKind kind, String method) {
        if (rules == null) {
            return null;
        }
        for (FaultRule rule : rules) {
            if (!rule.matches(kind, method)) {
                continue;
            }
            SplittableRandom random = rule.tryFire();
            if (random != null) {
                FaultRuleSpec spec = rule.spec();
                long delay = latencyMs + (spec.delay() == null ? 0 : spec.delay().drawMs(random));
                boolean after = "after".equals(spec.phaseOrBefore()) && method.equals("POST");
                return new FaultDecision(rule, delay, spec.fault(), after, random);
            }
        }
        return null;
    }

    /** The accounts that have rules of their own. */
    public Set<String> accounts() {
        return Set.copyOf(byAccount.keySet());
    }
}
