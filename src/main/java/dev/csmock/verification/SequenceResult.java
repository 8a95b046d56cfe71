package dev.csmock.verification;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The answer to a sequence verification: whether it holds and how many of the sequence were found in order. */
@RegisterForReflection
public record SequenceResult(boolean holds, int matched, int expected, String message) {
}
