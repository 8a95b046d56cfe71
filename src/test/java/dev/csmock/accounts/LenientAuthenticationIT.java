package dev.csmock.accounts;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class LenientAuthenticationIT extends LenientAuthenticationTest {
}
