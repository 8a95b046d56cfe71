package dev.csmock.admin;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class OpenApiAndMetricsIT extends OpenApiAndMetricsTest {
}
