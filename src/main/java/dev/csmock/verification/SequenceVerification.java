package dev.csmock.verification;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * {@code POST /__admin/requests/verify-sequence} (SPEC §7): the account's requests must contain
 * these, in this order; other requests may come between.
 */
@RegisterForReflection
public record SequenceVerification(String account, List<RequestPattern> requests) {
}
