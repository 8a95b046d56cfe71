package com.example.archiver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.twilio.exception.ApiException;
import dev.csmock.client.Fault;
import dev.csmock.client.MockAccount;
import dev.csmock.client.Phase;
import dev.csmock.client.RequestPattern;
import dev.csmock.client.Resource;
import dev.csmock.client.Times;
import dev.csmock.testcontainers.WithCompositionSettingsMock;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The service retries an update whose connection was reset after Twilio stored it. */
@WithCompositionSettingsMock
class ArchiveRetryTest {

    static final URI BUCKET = URI.create("https://archive-bucket.s3.us-east-1.amazonaws.com/compositions");
    static final String AWS_CREDENTIALS = "CR0123456789abcdef0123456789abcdef";

    @Test
    void anUpdateWhoseConnectionIsResetIsSentAgain(MockAccount account) {
        account.inject(Fault.connectionReset().onPost().phase(Phase.AFTER).times(1));

        new StorageSettings(account.twilioClient()).archiveTo("archive", BUCKET, AWS_CREDENTIALS);

        RequestPattern update = RequestPattern.post(Resource.COMPOSITION_SETTINGS)
                .withParam("AwsS3Url", BUCKET.toString())
                .withParam("AwsStorageEnabled", "true");
        account.verify(update, Times.exactly(2));
        account.verifySequence(RequestPattern.post(Resource.COMPOSITION_SETTINGS).endedByAConnectionFault(),
                RequestPattern.post(Resource.COMPOSITION_SETTINGS).status(200));
        assertEquals(Optional.of(BUCKET), new StorageSettings(account.twilioClient()).currentBucket());
    }

    @Test
    void itGivesUpAfterTwoAttempts(MockAccount account) {
        account.inject(Fault.connectionReset().onPost());

        ApiException failure = assertThrows(ApiException.class,
                () -> new StorageSettings(account.twilioClient()).archiveTo("archive", BUCKET, AWS_CREDENTIALS));
        assertNull(failure.getStatusCode());

        account.verify(RequestPattern.post(Resource.COMPOSITION_SETTINGS), Times.exactly(StorageSettings.ATTEMPTS));
    }
}
