package dev.csmock.pact;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class StatesDoNotStackIT extends StatesDoNotStackTest {
}
