package dev.csmock.accounts;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class StrictAuthenticationIT extends StrictAuthenticationTest {
}
