package dev.csmock.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The start-up credential list ({@code MOCK_AUTH_CREDENTIALS}) and its errors. */
class CredentialTest {

    static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    static final String KEY = "SK0123456789abcdef0123456789abcdef";

    @Test
    void parsesAccountsAndApiKeys() {
        List<Credential> parsed = CredentialStore.parse(ACCOUNT + ":token , " + KEY + ":secret:" + ACCOUNT + ",");
        assertEquals(List.of(new Credential(ACCOUNT, "token", ACCOUNT), new Credential(KEY, "secret", ACCOUNT)), parsed);
        assertTrue(parsed.get(1).matches("secret"));
        assertFalse(parsed.get(1).matches("Secret"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nobody:token", ACCOUNT, ACCOUNT + ":", KEY + ":secret", KEY + ":secret:ACnope",
            ACCOUNT + ":a:b:c"})
    void rejectsInvalidEntriesWithAMessageNamingTheSetting(String entry) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> CredentialStore.parse(entry));
        assertTrue(error.getMessage().contains("MOCK_AUTH_CREDENTIALS"), error.getMessage());
    }
}
