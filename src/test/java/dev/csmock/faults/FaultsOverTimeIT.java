package dev.csmock.faults;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class FaultsOverTimeIT extends FaultsOverTimeTest {
}
