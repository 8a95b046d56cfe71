package dev.csmock.errors;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** The admin API's error body (SPEC §3): {@code {"error": "...", "details": [...]}}. */
@RegisterForReflection
public record AdminError(String error, List<String> details) {
}
