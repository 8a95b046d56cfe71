package dev.csmock.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class SettingsRoutesIT extends SettingsRoutesTest {
}
