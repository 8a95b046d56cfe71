package dev.csmock.journal;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class RequestJournalIT extends RequestJournalTest {
}
