package dev.csmock.settings;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class CrossFieldRulesOffIT extends CrossFieldRulesOffTest {
}
