package dev.csmock.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class SmallerFindingsIT extends SmallerFindingsTest {
}
