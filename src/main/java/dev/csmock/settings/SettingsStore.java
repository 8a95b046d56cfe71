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

    /** The most accounts the store keeps. */
    int maxAccounts();

    /**
     * Replaces the whole content at once: readers see the old content or the new one, never a mix.
     *
     * @throws StoreFullException when {@code values} holds more accounts than the store keeps (nothing changes)
     */
    void replaceAll(Map<String, AccountSettings> values);
}
