package dev.csmock.testcontainers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class with the {@link CompositionSettingsMockExtension}: one mock per test run,
 * a fresh {@code MockAccount} for each test that asks for one.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(CompositionSettingsMockExtension.class)
public @interface WithCompositionSettingsMock {
}
