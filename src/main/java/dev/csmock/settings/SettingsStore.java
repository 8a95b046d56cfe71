package dev.csmock.settings;

import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Per-account settings. Every change to one account is atomic: concurrent writers leave one
 * whole value, and a change that throws leaves the stored value as it was.
 */
public interface SettingsStore {

    Optional<Settings> find(String account, SettingsKind kind);

    /**
     * Atomically replaces an account's settings of one kind by {@code change(current)}; {@code current}
     * is {@code null} when that resource was never configured.
     *
     * @throws StoreFullException when the account is new and the store holds its maximum of accounts
     */
    Settings update(String account, SettingsKind kind, UnaryOperator<Settings> change);

    /** Removes one resource of one account; true if it was configured. */
    boolean clear(String account, SettingsKind kind);

    /** Removes every resource of one account; true if it had any. */
    boolean forget(String account);

    /** A consistent copy of each account's settings. */
    Map<String, AccountSettings> accounts();

    void clearAll();
}
