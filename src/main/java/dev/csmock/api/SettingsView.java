package dev.csmock.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.csmock.settings.Settings;
import dev.csmock.settings.SettingsKind;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The JSON body of a settings resource, field for field as Twilio sends it (SPEC §1.4). */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"account_sid", "friendly_name", "aws_credentials_sid", "aws_s3_url", "aws_storage_enabled",
        "encryption_key_sid", "encryption_enabled", "url"})
public record SettingsView(
        @JsonProperty("account_sid") String accountSid,
        @JsonProperty("friendly_name") String friendlyName,
        @JsonProperty("aws_credentials_sid") String awsCredentialsSid,
        @JsonProperty("aws_s3_url") String awsS3Url,
        @JsonProperty("aws_storage_enabled") boolean awsStorageEnabled,
        @JsonProperty("encryption_key_sid") String encryptionKeySid,
        @JsonProperty("encryption_enabled") boolean encryptionEnabled,
        @JsonProperty("url") String url) {

    public static SettingsView of(String account, SettingsKind kind, Settings settings) {
        return new SettingsView(account, settings.friendlyName(), settings.awsCredentialsSid(), settings.awsS3Url(),
                settings.awsStorageEnabled(), settings.encryptionKeySid(), settings.encryptionEnabled(), kind.url());
    }
}
