package dev.csmock.admin;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class SnapshotAndResetIT extends SnapshotAndResetTest {
}
