package dev.csmock.settings.validation;

import dev.csmock.settings.Settings;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ConsistentStorage}, one violation per broken rule. */
public class ConsistentStorageValidator implements ConstraintValidator<ConsistentStorage, Settings> {

    static final String STORAGE = "AwsStorageEnabled=true requires AwsS3Url and AwsCredentialsSid,"
            + " in this request or already stored";
    static final String ENCRYPTION = "EncryptionEnabled=true requires EncryptionKeySid,"
            + " in this request or already stored";

    @Override
    public boolean isValid(Settings settings, ConstraintValidatorContext context) {
        if (settings == null) {
            return true;
        }
        boolean valid = true;
        context.disableDefaultConstraintViolation();
        if (settings.awsStorageEnabled() && (settings.awsS3Url() == null || settings.awsCredentialsSid() == null)) {
            context.buildConstraintViolationWithTemplate(STORAGE).addPropertyNode("awsStorageEnabled").addConstraintViolation();
            valid = false;
        }
        if (settings.encryptionEnabled() && settings.encryptionKeySid() == null) {
            context.buildConstraintViolationWithTemplate(ENCRYPTION).addPropertyNode("encryptionEnabled").addConstraintViolation();
            valid = false;
        }
        return valid;
    }
}
