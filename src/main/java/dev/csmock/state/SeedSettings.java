package dev.csmock.state;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.csmock.settings.Settings;
import dev.csmock.settings.SettingsForm;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Settings as the admin API seeds and exports them: the snake_case fields of a Twilio response,
 * without {@code account_sid} and {@code url}.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SeedSettings(
        @JsonProperty("friendly_name") String friendlyName,
        @JsonProperty("aws_credentials_sid") String awsCredentialsSid,
        @JsonProperty("aws_s3_url") String awsS3Url,
        @JsonProperty("aws_storage_enabled") Boolean awsStorageEnabled,
        @JsonProperty("encryption_key_sid") String encryptionKeySid,
        @JsonProperty("encryption_enabled") Boolean encryptionEnabled) {

    public static SeedSettings of(Settings settings) {
        return new SeedSettings(settings.friendlyName(), settings.awsCredentialsSid(), settings.awsS3Url(),
                settings.awsStorageEnabled(), settings.encryptionKeySid(), settings.encryptionEnabled());
    }

    SettingsForm asForm() {
        return SettingsForm.of(friendlyName, awsCredentialsSid, encryptionKeySid, awsS3Url, awsStorageEnabled,
                encryptionEnabled);
    }
}
