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

    public boolean isEmpty() {
        return composition == null && recording == null;
    }
}
