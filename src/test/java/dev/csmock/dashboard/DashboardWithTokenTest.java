package dev.csmock.dashboard;

import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.as;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csmock.support.ConfigOverrides;
import dev.csmock.support.Server;
import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** With MOCK_ADMIN_TOKEN set, the page loads, asks for the token, and keeps it for the tab only. */
@QuarkusTest
@TestProfile(DashboardWithTokenTest.WithToken.class)
class DashboardWithTokenTest {

    public static class WithToken extends ConfigOverrides {
        public WithToken() {
            super("mock.admin.token", "dashboard-secret");
        }
    }

    @Test
    void thePageAsksForTheTokenThenShowsTheJournal() {
        String account = Sids.account();
        as(account).get(COMPOSITION).then().statusCode(200);
        try (Browser browser = Browser.start()) {
            browser.driver.get(Server.base() + "/__admin/ui/");
            browser.await(driver -> driver.findElement(By.id("status")).getText().contains("needs the token"));
            browser.driver.findElement(By.id("token")).sendKeys("dashboard-secret");
            browser.driver.findElement(By.cssSelector("#token-form button")).click();
            browser.await(driver -> driver.findElement(By.id("journal")).getText().contains(account));

            // kept for this tab only: a new tab of a new browser session asks again
            browser.driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            browser.driver.get(Server.base() + "/__admin/ui/");
            browser.await(driver -> driver.findElement(By.id("status")).getText().contains("needs the token"));
            assertTrue(browser.driver.findElement(By.id("journal")).getText().indexOf(account) < 0);
        }
    }
}
