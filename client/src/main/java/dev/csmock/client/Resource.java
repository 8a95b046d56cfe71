package dev.csmock.client;

/** The two Twilio resources the mock serves. */
public enum Resource {
    COMPOSITION_SETTINGS("CompositionSettings"),
    RECORDING_SETTINGS("RecordingSettings");

    private final String resourceName;

    Resource(String resourceName) {
        this.resourceName = resourceName;
    }

    /** {@code CompositionSettings} or {@code RecordingSettings}, as in the paths and the admin API. */
    public String resourceName() {
        return resourceName;
    }

    /** The path of the resource, e.g. {@code /v1/CompositionSettings/Default}. */
    public String path() {
        return "/v1/" + resourceName + "/Default";
    }
}
