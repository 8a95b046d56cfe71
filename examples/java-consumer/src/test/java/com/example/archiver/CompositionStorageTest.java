package com.example.archiver;

import com.twilio.exception.ApiException;
import com.twilio.rest.video.v1.CompositionSettings;
import dev.csmock.client.Fault;
import dev.csmock.client.MockAccount;
import dev.csmock.client.Phase;
import dev.csmock.client.RequestPattern;
import dev.csmock.client.Resource;
import dev.csmock.client.Times;
import dev.csmock.testcontainers.WithCompositionSettingsMock;
import org.junit.jupiter.api.Test;

@WithCompositionSettingsMock
class CompositionStorageTest {

    @Test
    void theUpdateIsSentAgainWhenTheConnectionIsReset(MockAccount account) {
        account.inject(Fault.connectionReset().onPost().phase(Phase.AFTER).times(1));

        // the code under test, with the official SDK pointed at the mock as this account:
        // an update that got no answer (no status) is sent once more
        try {
            CompositionSettings.creator("archive").create(account.twilioClient());
        } catch (ApiException noAnswer) {
            if (noAnswer.getStatusCode() != null) {
                throw noAnswer;
            }
            CompositionSettings.creator("archive").create(account.twilioClient());
        }

        account.verify(RequestPattern.post(Resource.COMPOSITION_SETTINGS).withParam("FriendlyName", "archive"),
                Times.exactly(2));
    }
}
