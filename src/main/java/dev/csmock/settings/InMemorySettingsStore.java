package dev.csmock.settings;

import dev.csmock.config.MockConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * The settings store in memory: one immutable {@link AccountSettings} per account in a
 * {@link ConcurrentHashMap}, changed with {@code compute} so that each account is updated
 * atomically without a global lock. The number of accounts is bounded.
 */
@ApplicationScoped
public class InMemorySettingsStore implements SettingsStore {

    private final Map<String, AccountSettings> byAccount = new ConcurrentHashMap<>();
    private final AtomicInteger accounts = new AtomicInteger();
    private final int maxAccounts;

    public InMemorySettingsStore(MockConfig config) {
        this.maxAccounts = config.store().maxAccounts();
    }

    @Override
    public Optional<Settings> find(String account, SettingsKind kind) {
        AccountSettings stored = byAccount.get(account);
        return stored == null ? Optional.empty() : Optional.ofNullable(stored.get(kind));
    }

    @Override
    public Settings update(String account, SettingsKind kind, UnaryOperator<Settings> change) {
        AccountSettings result = byAccount.compute(account, (sid, current) -> {
            AccountSettings base = current == null ? AccountSettings.NONE : current;
            Settings next = change.apply(base.get(kind));
            if (current == null) {
                reserveAccountSlot();
            }
            return base.with(kind, next);
        });
        return result.get(kind);
    }

    private void reserveAccountSlot() {
        int now;
        do {
            now = accounts.get();
            if (now >= maxAccounts) {
                throw new StoreFullException(maxAccounts);
            }
        } while (!accounts.compareAndSet(now, now + 1));
    }

    @Override
    public boolean clear(String account, SettingsKind kind) {
        boolean[] cleared = {false};
        byAccount.computeIfPresent(account, (sid, current) -> {
            cleared[0] = current.get(kind) != null;
            AccountSettings next = current.with(kind, null);
            if (next.isEmpty()) {
                accounts.decrementAndGet();
                return null;
            }
            return next;
        });
        return cleared[0];
    }

    @Override
    public boolean forget(String account) {
        if (byAccount.remove(account) != null) {
            accounts.decrementAndGet();
            return true;
        }
        return false;
    }

    @Override
    public Map<String, AccountSettings> accounts() {
        return Map.copyOf(byAccount);
    }

    @Override
    public void clearAll() {
        byAccount.keySet().forEach(this::forget);
    }
}
