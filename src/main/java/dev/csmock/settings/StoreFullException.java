package dev.csmock.settings;

import dev.csmock.errors.MockException;
import dev.csmock.errors.Problem;
import java.util.List;

/**
 * The store already holds {@code mock.store.max-accounts} accounts and a new one tried to store
 * settings: the mock, not the caller, is out of room (503 on every route).
 */
public class StoreFullException extends MockException {

    public StoreFullException(int maxAccounts) {
        super(Problem.UNAVAILABLE, "The mock's settings store is full: it keeps at most "
                + maxAccounts + " accounts (mock.store.max-accounts). Forget accounts through the admin API,"
                + " reset the mock, or raise the limit.", List.of());
    }
}
