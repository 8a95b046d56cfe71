package dev.csmock.testcontainers;

import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.utility.DockerImageName;

/** The condition of {@link DisabledWithoutDocker}: evaluated once per run, kept in the root store. */
final class DockerCondition implements ExecutionCondition {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DockerCondition.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        boolean skip = context.getConfigurationParameter(CompositionSettingsMockExtension.SKIP_WITHOUT_DOCKER)
                .map(Boolean::parseBoolean).orElse(true);
        if (!skip) {
            return ConditionEvaluationResult.enabled(CompositionSettingsMockExtension.SKIP_WITHOUT_DOCKER + "=false");
        }
        DockerImageName image = CompositionSettingsMockExtension.image(context);
        Problem problem = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(image.asCanonicalNameString(), key -> new Problem(DockerAvailability.problem(image)),
                        Problem.class);
        return problem.reason().map(reason -> ConditionEvaluationResult.disabled(
                        "Skipped: " + reason + " (" + CompositionSettingsMockExtension.SKIP_WITHOUT_DOCKER + ")"))
                .orElseGet(() -> ConditionEvaluationResult.enabled("Docker and " + image.asCanonicalNameString() + " are here"));
    }

    private record Problem(Optional<String> reason) {
    }
}
