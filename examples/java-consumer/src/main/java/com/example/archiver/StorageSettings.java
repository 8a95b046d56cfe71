package com.example.archiver;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.video.v1.CompositionSettings;
import java.net.URI;
import java.util.Optional;

/**
 * Where the account's video compositions are archived: Twilio's External S3 Compositions settings,
 * through the official Twilio Java SDK. Turning storage on is idempotent, so a request that got
 * no answer (the connection failed: the SDK's ApiException without a status) is sent once more.
 */
public final class StorageSettings {

    static final int ATTEMPTS = 2;

    private final TwilioRestClient twilio;

    public StorageSettings(TwilioRestClient twilio) {
        this.twilio = twilio;
    }

    /** Archives compositions to this S3 bucket with these AWS credentials. */
    public CompositionSettings archiveTo(String friendlyName, URI bucket, String awsCredentialsSid) {
        for (int attempt = 1; ; attempt++) {
            try {
                return CompositionSettings.creator(friendlyName)
                        .setAwsS3Url(bucket)
                        .setAwsCredentialsSid(awsCredentialsSid)
                        .setAwsStorageEnabled(true)
                        .create(twilio);
            } catch (ApiException e) {
                if (e.getStatusCode() != null || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** The bucket compositions are archived to, if storage is on. */
    public Optional<URI> currentBucket() {
        CompositionSettings settings = CompositionSettings.fetcher().fetch(twilio);
        return Boolean.TRUE.equals(settings.getAwsStorageEnabled()) ? Optional.ofNullable(settings.getAwsS3Url())
                : Optional.empty();
    }
}
