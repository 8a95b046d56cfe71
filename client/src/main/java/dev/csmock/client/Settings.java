package dev.csmock.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The settings of one resource of one account, as the admin API seeds and reads them (the
 * snake_case fields of a Twilio response without {@code account_sid} and {@code url}). A null field
 * is not set.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Settings(
        @JsonProperty("friendly_name") String friendlyName,
        @JsonProperty("aws_credentials_sid") String awsCredentialsSid,
        @JsonProperty("aws_s3_url") String awsS3Url,
        @JsonProperty("aws_storage_enabled") Boolean awsStorageEnabled,
        @JsonProperty("encryption_key_sid") String encryptionKeySid,
        @JsonProperty("encryption_enabled") Boolean encryptionEnabled) {

    /** Settings with only a friendly name. */
    public static Settings named(String friendlyName) {
        return new Settings(friendlyName, null, null, null, null, null);
    }

    /** S3 storage turned on: the URL and the AWS credentials SID it needs. */
    public static Settings s3Storage(String friendlyName, String awsS3Url, String awsCredentialsSid) {
        return new Settings(friendlyName, awsCredentialsSid, awsS3Url, true, null, null);
    }
}
