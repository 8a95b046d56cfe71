package dev.csmock.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.LinkedHashMap;
import java.util.Map;

/** A test profile that only overrides configuration: subclasses pass property/value pairs. */
public abstract class ConfigOverrides implements QuarkusTestProfile {

    private final Map<String, String> overrides = new LinkedHashMap<>();

    protected ConfigOverrides(String... propertiesAndValues) {
        for (int i = 0; i + 1 < propertiesAndValues.length; i += 2) {
            overrides.put(propertiesAndValues[i], propertiesAndValues[i + 1]);
        }
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return overrides;
    }
}
