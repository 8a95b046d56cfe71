package dev.csmock.verification;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class MatchersIT extends MatchersTest {
}
