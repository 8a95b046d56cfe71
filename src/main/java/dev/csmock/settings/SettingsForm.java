package dev.csmock.settings;

import dev.csmock.settings.validation.DnsCompliantS3Url;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;

/**
 * The parameters of a POST, as sent (first value of each), before conversion. Bean Validation
 * constraints carry the rules of SPEC §1.3; each message names the parameter and the rule.
 */
public record SettingsForm(
        @NotNull(groups = SettingsForm.TwilioPost.class, message = "Missing required parameter FriendlyName in the post body")
        String friendlyName,

        @Pattern(regexp = CREDENTIAL_SID,
                message = "Invalid AwsCredentialsSid: must be a Credential SID, CR followed by 32 hexadecimal digits")
        String awsCredentialsSid,

        @Pattern(regexp = CREDENTIAL_SID,
                message = "Invalid EncryptionKeySid: must be a Credential SID, CR followed by 32 hexadecimal digits")
        String encryptionKeySid,

        @DnsCompliantS3Url(message = "Invalid AwsS3Url: must be an absolute https URL of RFC 3986 characters whose host"
                + " is one or more DNS-compliant labels (lower-case letters, digits, hyphens), with no IP address,"
                + " port, user info, query or fragment")
        String awsS3Url,

        @Pattern(regexp = BOOLEAN, flags = Pattern.Flag.CASE_INSENSITIVE,
                message = "Invalid AwsStorageEnabled: must be true or false")
        String awsStorageEnabled,

        @Pattern(regexp = BOOLEAN, flags = Pattern.Flag.CASE_INSENSITIVE,
                message = "Invalid EncryptionEnabled: must be true or false")
        String encryptionEnabled) {

    /** Rules of a Twilio POST only (a seed through the admin API may leave FriendlyName out). */
    public interface TwilioPost {
    }

    static final String CREDENTIAL_SID = "^CR[0-9a-fA-F]{32}$";
    static final String BOOLEAN = "^(true|false)$";

    /** Property names in the order Twilio lists the parameters: the first violation in it is reported. */
    static final List<String> PARAMETER_ORDER = List.of(
            "friendlyName", "awsCredentialsSid", "encryptionKeySid", "awsS3Url", "awsStorageEnabled", "encryptionEnabled");

    /** Reads the Twilio parameters from a decoded form; the first value of a repeated parameter counts. */
    public static SettingsForm from(Map<String, List<String>> params) {
        return new SettingsForm(
                first(params, "FriendlyName"),
                first(params, "AwsCredentialsSid"),
                first(params, "EncryptionKeySid"),
                first(params, "AwsS3Url"),
                first(params, "AwsStorageEnabled"),
                first(params, "EncryptionEnabled"));
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** A seed given with JSON types, as a form, so that it passes the same rules. */
    public static SettingsForm of(String friendlyName, String awsCredentialsSid, String encryptionKeySid, String awsS3Url,
            Boolean awsStorageEnabled, Boolean encryptionEnabled) {
        return new SettingsForm(friendlyName, awsCredentialsSid, encryptionKeySid, awsS3Url,
                awsStorageEnabled == null ? null : awsStorageEnabled.toString(),
                encryptionEnabled == null ? null : encryptionEnabled.toString());
    }

    static Boolean toBoolean(String value) {
        return value == null ? null : Boolean.valueOf(value.equalsIgnoreCase("true"));
    }
}
