package dev.csmock.testcontainers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Skips the annotated test class or method, with a message that says why, when the mock's container
 * cannot start here: no Docker engine answers, or the image
 * ({@link CompositionSettingsMockContainer#DEFAULT_IMAGE}, or {@code csmock.image}) is not built.
 * For tests that start a {@link CompositionSettingsMockContainer} themselves; the
 * {@link WithCompositionSettingsMock} extension does the same on its own.
 *
 * <p>The configuration parameter (or system property) {@code csmock.skip-without-docker=false}
 * turns the skip off, so that a CI machine that must run the container tests fails instead.
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(DockerCondition.class)
public @interface DisabledWithoutDocker {
}
