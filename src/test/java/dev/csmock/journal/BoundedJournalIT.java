package dev.csmock.journal;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class BoundedJournalIT extends BoundedJournalTest {
}
