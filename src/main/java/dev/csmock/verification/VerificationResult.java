package dev.csmock.verification;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.csmock.verification.RequestPattern.Difference;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * The answer to a verification: whether it holds, how many requests matched, what was expected,
 * a message that reads like a test failure, and the closest requests that did not match.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.ALWAYS)
public record VerificationResult(boolean holds, int count, String expected, String message, List<Near> closest) {

    /** A journaled request that did not match, and how it differed. */
    @RegisterForReflection
    public record Near(String id, String request, List<Difference> differences) {
    }
}
