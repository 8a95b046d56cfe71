package dev.csmock.settings.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An S3 URL as Twilio accepts it: an absolute {@code https} URI of RFC 3986 characters whose host
 * is one or more DNS labels, with no IP literal, port, user info, query or fragment. {@code null}
 * is valid (the parameter is optional).
 */
@Documented
@Constraint(validatedBy = DnsCompliantS3UrlValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface DnsCompliantS3Url {
    String message() default "must be a DNS-compliant https URL";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
