package dev.csmock.settings;

/** Both resources of one account; {@code null} where a resource was never configured. */
public record AccountSettings(Settings composition, Settings recording) {

    public static final AccountSettings NONE = new AccountSettings(null, null);

    public Settings get(SettingsKind kind) {
        return kind == SettingsKind.COMPOSITION ? composition : recording;
    }

    public AccountSettings with(SettingsKind kind, Settings settings) {
        return kind == SettingsKind.COMPOSITION
                ? new AccountSettings(settings, recording)
                : new AccountSettings(composition, settings);
    }

    /** The characters this account's settings hold, for the store's size budget (a fixed cost per resource besides). */
    public long chars() {
        return chars(composition) + chars(recording);
    }

    private static long chars(Settings settings) {
        if (settings == null) {
            return 0;
        }
        return 64 + length(settings.friendlyName()) + length(settings.awsCredentialsSid()) + length(settings.awsS3Url())
                + length(settings.encryptionKeySid());
    }

    private static long length(String value) {
        return value == null ? 0 : value.length();
    }

    public boolean isEmpty() {
        return composition == null && recording == null;
    }
}
