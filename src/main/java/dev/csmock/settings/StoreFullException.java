package dev.csmock.settings;

import dev.csmock.errors.MockException;
import dev.csmock.errors.Problem;
import java.util.List;

/**
 * The store is out of room ({@code mock.store.max-accounts} accounts, or {@code mock.store.max-chars}
 * characters of settings): the mock, not the caller, is out of room (503 on every route).
 */
public class StoreFullException extends MockException {

    private StoreFullException(String message) {
        super(Problem.UNAVAILABLE, message, List.of());
    }

    public static StoreFullException accounts(int maxAccounts) {
        return new StoreFullException("The mock's settings store is full: it keeps at most " + maxAccounts
                + " accounts (mock.store.max-accounts). Forget accounts through the admin API, reset the mock, or raise"
                + " the limit.");
    }

    public static StoreFullException chars(long maxChars) {
        return new StoreFullException("The mock's settings store is full: it keeps at most " + maxChars
                + " characters of settings (mock.store.max-chars). Forget accounts through the admin API, reset the mock,"
                + " or raise the limit.");
    }
}
