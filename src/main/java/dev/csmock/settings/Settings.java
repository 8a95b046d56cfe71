package dev.csmock.settings;

import dev.csmock.settings.validation.ConsistentStorage;

/**
 * The stored settings of one resource of one account. Immutable: an update stores a new value,
 * so a reader always sees one whole value.
 */
@ConsistentStorage(groups = ConsistentStorage.Rules.class)
public record Settings(
        String friendlyName,
        String awsCredentialsSid,
        String awsS3Url,
        boolean awsStorageEnabled,
        String encryptionKeySid,
        boolean encryptionEnabled) {

    /** What an account that never posted sees in {@code default} mode. */
    public static final Settings UNCONFIGURED = new Settings(null, null, null, false, null, false);
}
