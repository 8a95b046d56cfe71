package dev.csmock.admin;

import dev.csmock.errors.MockException;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** The admin API's error body (SPEC §3): {@code {"error": "...", "details": [...]}}. */
@RegisterForReflection
public record AdminError(String error, List<String> details) {

    /** A domain failure as the admin API answers it: its message and details. */
    public static AdminError of(MockException failure) {
        return new AdminError(failure.getMessage(), failure.details());
    }
}
