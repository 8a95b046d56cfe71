package dev.csmock.settings;

import dev.csmock.errors.TwilioCodes;
import dev.csmock.errors.TwilioException;

/**
 * The store already holds {@code mock.store.max-accounts} accounts and a new one tried to post.
 * Answered as 503/20503: the mock, not the caller, is out of room.
 */
public class StoreFullException extends TwilioException {

    public StoreFullException(int maxAccounts) {
        super(503, TwilioCodes.SERVICE_UNAVAILABLE, "The mock's settings store is full: it keeps at most "
                + maxAccounts + " accounts (mock.store.max-accounts). Forget accounts through the admin API,"
                + " reset the mock, or raise the limit.");
    }
}
