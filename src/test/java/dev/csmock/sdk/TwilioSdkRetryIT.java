package dev.csmock.sdk;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class TwilioSdkRetryIT extends TwilioSdkRetryTest {
}
