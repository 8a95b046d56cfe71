package dev.csmock.faults;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.AssertTrue;
import java.util.Collection;
import java.util.List;

/** Bean Validation violations as readable lines: {@code fault.status: must be a 4xx or 5xx status}. */
final class Violations {

    private Violations() {
    }

    static List<String> describe(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> {
                    String path = v.getPropertyPath().toString().replaceAll("\\.<[^>]+>", "").replace("<list element>", "");
                    if (v.getConstraintDescriptor().getAnnotation() instanceof AssertTrue) {
                        // an @AssertTrue check method is about the object that holds it, not a field of its own
                        path = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : "";
                    }
                    return (path.isEmpty() ? "" : path + ": ") + v.getMessage();
                })
                .sorted()
                .toList();
    }
}
