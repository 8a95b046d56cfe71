package dev.csmock.verification;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class VerificationIT extends VerificationTest {
}
