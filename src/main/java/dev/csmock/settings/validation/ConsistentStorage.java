package dev.csmock.settings.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The cross-field rules of SPEC §1.3, checked on the settings that an update would store:
 * storage enabled needs an S3 URL and a credentials SID, encryption enabled needs a key SID.
 * They are in their own group so that {@code mock.settings.cross-field-rules=false} turns them off.
 */
@Documented
@Constraint(validatedBy = ConsistentStorageValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentStorage {
    String message() default "inconsistent storage settings";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The validation group of the cross-field rules. */
    interface Rules {
    }
}
