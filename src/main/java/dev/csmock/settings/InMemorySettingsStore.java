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
 * atomically without a global lock. The number of accounts is bounded. {@link #replaceAll}
 * swaps in a whole new content at once.
 */
@ApplicationScoped
public class InMemorySettingsStore implements SettingsStore {

    /** The accounts and their count, swapped together. */
    private record Content(ConcurrentHashMap<String, AccountSettings> byAccount, AtomicInteger accounts) {
        static Content of(Map<String, AccountSettings> values) {
            ConcurrentHashMap<String, AccountSettings> map = new ConcurrentHashMap<>();
            values.forEach((account, settings) -> {
                if (!settings.isEmpty()) {
                    map.put(account, settings);
                }
            });
            return new Content(map, new AtomicInteger(map.size()));
        }
    }

    private volatile Content content = Content.of(Map.of());
    private final int maxAccounts;

    public InMemorySettingsStore(MockConfig config) {
        this.maxAccounts = config.store().maxAccounts();
    }

    @Override
    public Optional<Settings> find(String account, SettingsKind kind) {
        AccountSettings stored = content.byAccount().get(account);
        return stored == null ? Optional.empty() : Optional.ofNullable(stored.get(kind));
    }

    @Override
    public Settings update(String account, SettingsKind kind, UnaryOperator<Settings> change) {
        Content now = content;
        AccountSettings result = now.byAccount().compute(account, (sid, current) -> {
            AccountSettings base = current == null ? AccountSettings.NONE : current;
            Settings next = change.apply(base.get(kind));
            if (current == null) {
                reserveAccountSlot(now.accounts());
            }
            return base.with(kind, next);
        });
        return result.get(kind);
    }

    private void reserveAccountSlot(AtomicInteger accounts) {
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
        Content now = content;
        boolean[] cleared = {false};
        now.byAccount().computeIfPresent(account, (sid, current) -> {
            cleared[0] = current.get(kind) != null;
            AccountSettings next = current.with(kind, null);
            if (next.isEmpty()) {
                now.accounts().decrementAndGet();
                return null;
            }
            return next;
        });
        return cleared[0];
    }

    @Override
    public boolean forget(String account) {
        Content now = content;
        if (now.byAccount().remove(account) != null) {
            now.accounts().decrementAndGet();
            return true;
        }
        return false;
    }

    @Override
    public Map<String, AccountSettings> accounts() {
        return Map.copyOf(content.byAccount());
    }

    @Override
    public int maxAccounts() {
        return maxAccounts;
    }

    @Override
    public void replaceAll(Map<String, AccountSettings> values) {
        if (values.size() > maxAccounts) {
            throw new StoreFullException(maxAccounts);
        }
        content = Content.of(values);
    }
}
