package dev.csmock.settings;

import dev.csmock.config.MockConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * The settings store in memory: one immutable {@link AccountSettings} per account in a
 * {@link ConcurrentHashMap}, changed with {@code compute} so that each account is updated
 * atomically without a global lock. Both the number of accounts and the characters stored are
 * bounded ({@code mock.store.max-accounts}, {@code mock.store.max-chars}), so no client can fill
 * the heap. {@link #replaceAll} swaps in a whole new content at once.
 */
@ApplicationScoped
public class InMemorySettingsStore implements SettingsStore {

    /** The accounts, their count and their size, swapped together. */
    private record Content(ConcurrentHashMap<String, AccountSettings> byAccount, AtomicInteger accounts, AtomicLong chars) {
        static Content of(Map<String, AccountSettings> values) {
            ConcurrentHashMap<String, AccountSettings> map = new ConcurrentHashMap<>();
            long chars = 0;
            for (Map.Entry<String, AccountSettings> value : values.entrySet()) {
                if (!value.getValue().isEmpty()) {
                    map.put(value.getKey(), value.getValue());
                    chars += value.getValue().chars();
                }
            }
            return new Content(map, new AtomicInteger(map.size()), new AtomicLong(chars));
        }
    }

    private volatile Content content = Content.of(Map.of());
    private final int maxAccounts;
    private final long maxChars;

    public InMemorySettingsStore(MockConfig config) {
        this.maxAccounts = config.store().maxAccounts();
        this.maxChars = config.store().maxChars();
    }

    @Override
    public Optional<Settings> find(String account, SettingsKind kind) {
        AccountSettings stored = content.byAccount().get(account);
        return stored == null ? Optional.empty() : Optional.ofNullable(stored.get(kind));
    }

    /**
     * Updates one account atomically. When a {@link #replaceAll} swapped the content meanwhile, the
     * update is made again on the new content, so that a write answered as stored is never lost to a
     * swap that finished before it.
     */
    @Override
    public Settings update(String account, SettingsKind kind, UnaryOperator<Settings> change) {
        while (true) {
            Content now = content;
            Settings result = update(now, account, kind, change);
            if (content == now) {
                return result;
            }
        }
    }

    private Settings update(Content now, String account, SettingsKind kind, UnaryOperator<Settings> change) {
        AccountSettings result = now.byAccount().compute(account, (sid, current) -> {
            AccountSettings base = current == null ? AccountSettings.NONE : current;
            AccountSettings next = base.with(kind, change.apply(base.get(kind)));
            reserveChars(now.chars(), next.chars() - base.chars());
            if (current == null) {
                try {
                    reserveAccountSlot(now.accounts());
                } catch (StoreFullException full) {
                    now.chars().addAndGet(base.chars() - next.chars());
                    throw full;
                }
            }
            return next;
        });
        return result.get(kind);
    }

    private void reserveAccountSlot(AtomicInteger accounts) {
        int now;
        do {
            now = accounts.get();
            if (now >= maxAccounts) {
                throw StoreFullException.accounts(maxAccounts);
            }
        } while (!accounts.compareAndSet(now, now + 1));
    }

    private void reserveChars(AtomicLong chars, long more) {
        long now;
        do {
            now = chars.get();
            if (more > 0 && now + more > maxChars) {
                throw StoreFullException.chars(maxChars);
            }
        } while (!chars.compareAndSet(now, now + more));
    }

    @Override
    public boolean clear(String account, SettingsKind kind) {
        Content now = content;
        boolean[] cleared = {false};
        now.byAccount().computeIfPresent(account, (sid, current) -> {
            cleared[0] = current.get(kind) != null;
            AccountSettings next = current.with(kind, null);
            now.chars().addAndGet(next.chars() - current.chars());
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
        AccountSettings removed = now.byAccount().remove(account);
        if (removed != null) {
            now.accounts().decrementAndGet();
            now.chars().addAndGet(-removed.chars());
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
        Content next = Content.of(values);
        if (next.accounts().get() > maxAccounts) {
            throw StoreFullException.accounts(maxAccounts);
        }
        if (next.chars().get() > maxChars) {
            throw StoreFullException.chars(maxChars);
        }
        content = next;
    }
}
