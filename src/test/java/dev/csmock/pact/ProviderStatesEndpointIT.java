package dev.csmock.pact;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class ProviderStatesEndpointIT extends ProviderStatesEndpointTest {
}
