package com.example.archiver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csmock.client.MockAccount;
import dev.csmock.client.RequestPattern;
import dev.csmock.client.Resource;
import dev.csmock.client.Settings;
import dev.csmock.client.Times;
import dev.csmock.testcontainers.WithCompositionSettingsMock;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Runs in parallel with ArchiveRetryTest on the same mock: each test has an account of its own. */
@WithCompositionSettingsMock
class CurrentBucketTest {

    @Test
    void theBucketIsReadFromTheSettings(MockAccount account) {
        URI bucket = URI.create("https://seeded-bucket.s3.eu-west-1.amazonaws.com/archive");
        account.seed(Resource.COMPOSITION_SETTINGS,
                Settings.s3Storage("seeded", bucket.toString(), "CRfedcba9876543210fedcba9876543210"));

        assertEquals(Optional.of(bucket), new StorageSettings(account.twilioClient()).currentBucket());

        account.verify(RequestPattern.get(Resource.COMPOSITION_SETTINGS), Times.once());
        account.verify(RequestPattern.post(Resource.COMPOSITION_SETTINGS), Times.never());
    }

    @Test
    void noBucketWhenStorageIsOff(MockAccount account) {
        assertEquals(Optional.empty(), new StorageSettings(account.twilioClient()).currentBucket());
    }
}
