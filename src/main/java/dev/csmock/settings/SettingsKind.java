package dev.csmock.settings;

import java.util.Optional;

/** The two Twilio resources this mock serves. They share a shape and keep separate state. */
public enum SettingsKind {
    COMPOSITION("CompositionSettings"),
    RECORDING("RecordingSettings");

    private final String resourceName;
    private final String path;
    private final String url;

    SettingsKind(String resourceName) {
        this.resourceName = resourceName;
        this.path = "/v1/" + resourceName + "/Default";
        this.url = "https://video.twilio.com" + path;
    }

    /** {@code CompositionSettings} or {@code RecordingSettings}, as in Twilio's paths. */
    public String resourceName() {
        return resourceName;
    }

    /** The request path, e.g. {@code /v1/CompositionSettings/Default}. */
    public String path() {
        return path;
    }

    /** The absolute URL Twilio reports in the {@code url} field. */
    public String url() {
        return url;
    }

    /** The resource served at exactly this path (case-sensitive, no trailing slash). */
    public static Optional<SettingsKind> atPath(String path) {
        for (SettingsKind kind : values()) {
            if (kind.path.equals(path)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The resource with this name, e.g. {@code RecordingSettings}. */
    public static Optional<SettingsKind> named(String name) {
        for (SettingsKind kind : values()) {
            if (kind.resourceName.equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
