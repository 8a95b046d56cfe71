package com.example.archiver;

import static dev.csmock.client.ValueMatcher.matching;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.twilio.rest.video.v1.CompositionSettings;
import dev.csmock.client.MockAccount;
import dev.csmock.client.RequestPattern;
import dev.csmock.client.Resource;
import dev.csmock.testcontainers.CompositionSettingsMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SeededSuiteTest {

    // the same settings as @WithCompositionSettingsMock(seed = "seed.json", journalMaxEntries = 5_000)
    @RegisterExtension
    static final CompositionSettingsMockExtension MOCK = CompositionSettingsMockExtension.newInstance()
            .seed("seed.json")             // src/test/resources/seed.json: an account and its settings
            .journalMaxEntries(5_000)      // every request of a big suite stays verifiable
            .build();

    @Test
    void theSeededAccountHasItsSettings() {
        MockAccount seeded = MOCK.admin().account("ACc0ffee00000000000000000000000001", "any-token");

        assertEquals("nightly archive", CompositionSettings.fetcher().fetch(seeded.twilioClient()).getFriendlyName());

        assertEquals(1, seeded.count(RequestPattern.get(Resource.COMPOSITION_SETTINGS)
                .withHeader("User-Agent", matching("twilio-java/.*"))));
    }
}
