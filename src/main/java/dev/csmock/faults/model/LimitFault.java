package dev.csmock.faults.model;

/**
 * A limit (SPEC §2.2): it lets the requests within it through, to later rules or to the normal
 * answer, and answers the others 429/20429 like Twilio's rate limit.
 */
public sealed interface LimitFault extends FaultSpec permits QuotaFault, ConcurrencyLimitFault {

    @Override
    default boolean limitsRequests() {
        return true;
    }

    @Override
    default <R> R accept(Visitor<R> visitor) {
        return visitor.limit(this);
    }
}
