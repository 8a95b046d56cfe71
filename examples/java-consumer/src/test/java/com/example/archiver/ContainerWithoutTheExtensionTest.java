package com.example.archiver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.twilio.rest.video.v1.RecordingSettings;
import dev.csmock.client.MockAccount;
import dev.csmock.client.RequestPattern;
import dev.csmock.client.Resource;
import dev.csmock.client.Times;
import dev.csmock.testcontainers.CompositionSettingsMockContainer;
import dev.csmock.testcontainers.DisabledWithoutDocker;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@DisabledWithoutDocker   // skipped, with the reason, where no Docker engine or no image is found
class ContainerWithoutTheExtensionTest {

    @Test
    void aSlowMockStillAnswers() {
        try (CompositionSettingsMockContainer mock = new CompositionSettingsMockContainer()
                .withLatency(Duration.ofMillis(200))) {
            mock.start();
            MockAccount account = mock.admin().newAccount();   // its calls go to mock.getBaseUrl()

            assertEquals(account.sid(), RecordingSettings.fetcher().fetch(account.twilioClient()).getAccountSid());

            account.verify(RequestPattern.get(Resource.RECORDING_SETTINGS), Times.once());
        }
    }
}
