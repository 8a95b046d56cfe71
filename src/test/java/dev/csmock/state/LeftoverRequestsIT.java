package dev.csmock.state;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class LeftoverRequestsIT extends LeftoverRequestsTest {
}
