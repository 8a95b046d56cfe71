package dev.csmock.contract;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class OpenApiSchemaIT extends OpenApiSchemaTest {
}
