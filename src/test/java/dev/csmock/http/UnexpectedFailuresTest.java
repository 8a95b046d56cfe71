package dev.csmock.http;

import static dev.csmock.support.Admin.installRule;
import static dev.csmock.support.Admin.journal;
import static dev.csmock.support.Admin.rule;
import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.RECORDING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.csmock.api.RenderedResponse;
import dev.csmock.api.SettingsExchange;
import dev.csmock.api.TwilioRequest;
import dev.csmock.support.RawHttp;
import dev.csmock.support.RawHttp.Answer;
import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every path ends in a response: an unexpected failure, wherever it happens (in the router, in
 * the body callback of a POST, in the timer of a delay), is answered with Twilio's 500/20500 and
 * no word about its cause, and journaled.
 */
@QuarkusTest
class UnexpectedFailuresTest {

    /** A settings exchange that fails the way a bug would. */
    static class BrokenExchange extends SettingsExchange {
        BrokenExchange() {
            super(null, null);
        }

        @Override
        public RenderedResponse render(TwilioRequest request) {
            throw new IllegalStateException("secret internals of a bug");
        }
    }

    @BeforeEach
    void breakTheExchange() {
        QuarkusMock.installMockForType(new BrokenExchange(), SettingsExchange.class);
    }

    @Test
    void aFailureWhileRoutingIsA500() {
        String account = Sids.account();
        assertInternalError(RawHttp.get(account, COMPOSITION));
        assertEquals(500, journal(account).getInt("requests[0].status"));
    }

    @Test
    void aFailureInThePostBodyCallbackIsA500() {
        String account = Sids.account();
        assertInternalError(RawHttp.post(account, COMPOSITION, "application/x-www-form-urlencoded",
                "FriendlyName=x".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(500, journal(account).getInt("requests[0].status"));
    }

    @Test
    void aFailureInADelayTimerIsA500() {
        String account = Sids.account();
        installRule(rule(account, "\"delay\":{\"fixedMs\":50}"));
        assertInternalError(RawHttp.get(account, RECORDING));
    }

    @Test
    void aFailureWhileADelayedFaultRendersTheCorrectBodyIsA500() {
        String account = Sids.account();
        installRule(rule(account, "\"delay\":{\"fixedMs\":30},\"fault\":{\"type\":\"dribble\",\"chunks\":3,\"totalMs\":30}"));
        assertInternalError(RawHttp.get(account, RECORDING));
    }

    private static void assertInternalError(Answer answer) {
        assertEquals(500, answer.status(), answer.body());
        assertEquals(20500, answer.json().getInt("code"));
        assertEquals(500, answer.json().getInt("status"));
        assertFalse(answer.body().contains("secret"), answer.body());
        assertFalse(answer.body().contains("IllegalStateException"), answer.body());
    }
}
