package dev.csmock.accounts;

import dev.csmock.config.MockConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Credentials and API keys, from the start-up configuration and the admin API. */
@ApplicationScoped
public class CredentialStore {

    private volatile Map<String, Credential> byUsername = new ConcurrentHashMap<>();
    private final List<Credential> atStartUp;

    public CredentialStore(MockConfig config) {
        this.atStartUp = parse(config.auth().credentials().orElse(""));
        reset();
    }

    /** Parses the {@code mock.auth.credentials} list; an invalid entry stops the start-up. */
    static List<Credential> parse(String list) {
        List<Credential> result = new ArrayList<>();
        for (String entry : list.split(",")) {
            if (!entry.isBlank()) {
                try {
                    result.add(Credential.parse(entry));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Invalid mock.auth.credentials (MOCK_AUTH_CREDENTIALS): " + e.getMessage(), e);
                }
            }
        }
        return List.copyOf(result);
    }

    public Optional<Credential> find(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }

    public void add(Credential credential) {
        byUsername.put(credential.username(), credential);
    }

    public boolean remove(String username) {
        return byUsername.remove(username) != null;
    }

    public Collection<Credential> all() {
        return List.copyOf(byUsername.values());
    }

    /** The credentials configured at start-up ({@code mock.auth.credentials}). */
    public List<Credential> configured() {
        return atStartUp;
    }

    /** Replaces every credential by the configured ones plus these, at once. */
    public void replaceAll(Collection<Credential> added) {
        Map<String, Credential> next = new ConcurrentHashMap<>();
        atStartUp.forEach(credential -> next.put(credential.username(), credential));
        added.forEach(credential -> next.put(credential.username(), credential));
        byUsername = next;
    }

    /** Back to the credentials configured at start-up. */
    public void reset() {
        replaceAll(List.of());
    }
}
