package dev.csmock.state;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Loads {@code MOCK_SEED_FILE} and {@code MOCK_FAULTS_FILE} at start-up; an invalid file stops the start. */
@ApplicationScoped
public class StartupFiles {

    void load(@Observes StartupEvent event, MockState state) {
        state.reset();
    }
}
