package dev.csmock.dashboard;

import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.RECORDING;
import static dev.csmock.support.Twilio.as;
import static dev.csmock.support.Twilio.form;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csmock.support.Server;
import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** SPEC §9: the dashboard at /__admin/ui, in a real headless Chromium. */
@QuarkusTest
class DashboardTest {

    private static Browser browser;

    @BeforeAll
    static void startTheBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void openThePage() {
        browser.driver.get(Server.base() + "/__admin/ui");
        browser.await(driver -> driver.findElement(By.id("journal")).isDisplayed());
    }

    @Test
    void theAddressWithoutASlashLeadsToThePageAndItsRelativeUrls() {
        assertTrue(browser.driver.getCurrentUrl().endsWith("/__admin/ui/"), browser.driver.getCurrentUrl());
        given().redirects().follow(false).get("/__admin/ui").then().statusCode(302).header("Location", "ui/");
    }

    @Test
    void aRequestMadeByATestAppearsWithoutReload() {
        String account = Sids.account();
        form(account).formParam("FriendlyName", "live").post(COMPOSITION).then().statusCode(200);
        open(account);
        WebElement details = browser.await(driver -> driver.findElement(By.cssSelector("#journal tr.details")));
        assertTrue(details.getText().contains("FriendlyName = live"), details.getText());
        assertTrue(details.getText().contains("Basic " + account + ":***"), details.getText());
    }

    @Test
    void entriesTheJournalDroppedBeforeThePageReadThemShowAsAGap() {
        JavascriptExecutor page = (JavascriptExecutor) browser.driver;
        page.executeScript("document.getElementById('live').checked = false;");   // the page stops polling a while
        String account = Sids.account();
        for (int i = 0; i < 1_100; i++) {   // more than the journal keeps (mock.journal.max-entries, 1,000)
            as(account).get(COMPOSITION).then().statusCode(200);
        }
        page.executeScript("document.getElementById('live').checked = true;");

        WebElement gap = browser.await(driver -> driver.findElement(By.cssSelector("#journal tr.gap")));
        assertTrue(gap.getText().contains("dropped by the journal"), gap.getText());
    }

    @Test
    void filtersNarrowTheList() {
        String shown = Sids.account();
        String hidden = Sids.account();
        as(shown).get(RECORDING).then().statusCode(200);
        as(hidden).get(RECORDING).then().statusCode(200);
        browser.await(driver -> rowOf(hidden));
        browser.driver.findElement(By.id("filter-account")).sendKeys(shown);
        new Select(browser.driver.findElement(By.id("filter-method"))).selectByVisibleText("GET");
        browser.await(driver -> rowOf(shown) != null && rowOf(hidden) == null);
        Boolean onlyTheFilteredAccount = browser.await(driver -> driver.findElements(By.cssSelector("#journal tr.entry"))
                .stream().allMatch(row -> row.getText().contains(shown)));
        assertTrue(onlyTheFilteredAccount);
    }

    @Test
    void anInvalidRuleShowsTheServersMessageNextToTheEditor() {
        setRule("{\"account\": \"" + Sids.account() + "\", \"fault\": {\"type\": \"status\", \"status\": 200}}");
        WebElement errors = browser.await(driver -> {
            WebElement list = driver.findElement(By.id("rule-errors"));
            return list.getText().isEmpty() ? null : list;
        });
        assertTrue(errors.getText().contains("Invalid fault rule"), errors.getText());
        assertTrue(errors.getText().contains("fault.status: must be a 4xx or 5xx status"), errors.getText());
    }

    @Test
    void aRuleAddedInThePageFiresOnTheNextRequest() {
        String account = Sids.account();
        setRule("{\"id\": \"from-the-page-" + account.substring(2, 10) + "\", \"account\": \"" + account
                + "\", \"times\": 1, \"fault\": {\"type\": \"status\", \"status\": 503}}");
        browser.await(driver -> driver.findElements(By.id("rule-from-the-page-" + account.substring(2, 10))).size() == 1);
        as(account).get(COMPOSITION).then().statusCode(503);
        as(account).get(COMPOSITION).then().statusCode(200);
        WebElement rule = browser.await(driver -> {
            WebElement row = driver.findElement(By.id("rule-from-the-page-" + account.substring(2, 10)));
            return row.getText().contains(" 1 0") ? row : null;   // hits 1, remaining 0
        });
        assertTrue(rule.getText().contains(account), rule.getText());
    }

    @Test
    void whatAClientSentIsShownAsTextAndNeverRuns() throws Exception {
        String account = Sids.account();
        String payload = "<img src=x onerror=\"window.__xss=1;alert(1)\"><script>window.__xss=2;alert(2)</script>";
        form(account).header("X-Evil", "<img src=x onerror=\"window.__xss=3;alert(3)\">")
                .formParam("FriendlyName", payload).post(COMPOSITION).then().statusCode(200);
        open(account);
        WebElement details = browser.await(driver -> driver.findElement(By.cssSelector("#journal tr.details")));
        assertTrue(details.getText().contains("FriendlyName = " + payload), details.getText());
        assertTrue(details.getText().contains("<img src=x onerror=\"window.__xss=3;alert(3)\">"), details.getText());
        browser.await(driver -> driver.findElement(By.id("accounts")).getText().contains(account));
        assertNull(((JavascriptExecutor) browser.driver).executeScript("return window.__xss;"));
        assertNoAlert();
        assertEquals(0, browser.driver.findElements(By.cssSelector("#journal img, #accounts img, #journal script")).size());
    }

    @Test
    void theClockAndWhatEachRuleDoesNowAreShown() {
        String account = Sids.account();
        given().post("/__admin/clock/freeze").then().statusCode(200);
        try {
            given().contentType("application/json").body("{\"id\": \"quota-" + account.substring(2, 10) + "\", \"account\": \""
                    + account + "\", \"fault\": {\"type\": \"quota\", \"limit\": 2, \"windowMs\": 60000}}")
                    .post("/__admin/faults").then().statusCode(201);
            for (int i = 0; i < 3; i++) {
                as(account).get(COMPOSITION);
            }
            browser.await(driver -> driver.findElement(By.id("clock")).getText().startsWith("clock frozen at"));
            WebElement rule = browser.await(driver -> {
                WebElement row = driver.findElement(By.id("rule-quota-" + account.substring(2, 10)));
                return row.getText().contains("active, 0 left in the window") ? row : null;
            });
            assertTrue(rule.getText().contains(account), rule.getText());
        } finally {
            given().post("/__admin/clock/release").then().statusCode(200);
        }
        browser.await(driver -> !driver.findElement(By.id("clock")).getText().contains("frozen"));
    }

    /**
     * Realistic traffic of one account: an outage (503s for its first 1.5 s), then a rate limit of 4
     * requests a second (200s and 429s), drawn by outcome over time. Leaves target/dashboard.png, the
     * README's picture.
     */
    @Test
    void theChartShowsAnOutageAndARateLimitOverTime() throws Exception {
        String account = Sids.account();
        given().contentType("application/json").body("{\"account\": \"" + account + "\", \"activeForMs\": 1500,"
                + " \"fault\": {\"type\": \"status\", \"status\": 503}}").post("/__admin/faults").then().statusCode(201);
        given().contentType("application/json").body("{\"account\": \"" + account + "\", \"fault\": {\"type\": \"quota\","
                + " \"limit\": 4, \"windowMs\": 1000}}").post("/__admin/faults").then().statusCode(201);
        form(account).formParam("FriendlyName", "archive").formParam("AwsStorageEnabled", "false").post(COMPOSITION);
        long end = System.currentTimeMillis() + 4_500;
        while (System.currentTimeMillis() < end) {
            as(account).get(COMPOSITION);
            Thread.sleep(100);
        }
        browser.driver.findElement(By.id("filter-account")).sendKeys(account);
        browser.await(driver -> !driver.findElements(By.cssSelector("#chart rect.server")).isEmpty()
                && !driver.findElements(By.cssSelector("#chart rect.client")).isEmpty()
                && !driver.findElements(By.cssSelector("#chart rect.ok")).isEmpty());
        open(account);
        browser.await(driver -> driver.findElement(By.cssSelector("#journal tr.details")));
        Path screenshot = Path.of("target", "dashboard.png");
        Files.write(screenshot, ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void anAccountCanBeForgottenFromThePage() {
        String account = Sids.account();
        form(account).formParam("FriendlyName", "to forget").post(RECORDING).then().statusCode(200);
        browser.await(driver -> {
            WebElement row = accountRow(account);
            if (row == null) {
                return false;
            }
            row.findElement(By.tagName("button")).click();
            return true;
        });
        browser.await(driver -> accountRow(account) == null);
        as(account).get(RECORDING).then().statusCode(200).body("friendly_name", org.hamcrest.Matchers.nullValue());
    }

    /** Opens the details of the account's request (the click is tried again if the table was redrawn). */
    private static void open(String account) {
        browser.await(driver -> {
            WebElement row = rowOf(account);
            if (row == null) {
                return false;
            }
            row.click();
            return true;
        });
    }

    private static void setRule(String json) {
        WebElement editor = browser.driver.findElement(By.id("rule-json"));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];", editor, json);
        browser.driver.findElement(By.cssSelector("#rule-form button")).click();
    }

    private static WebElement rowOf(String account) {
        return browser.driver.findElements(By.cssSelector("#journal tr.entry")).stream()
                .filter(row -> row.getText().contains(account)).findFirst().orElse(null);
    }

    private static WebElement accountRow(String account) {
        return browser.driver.findElements(By.cssSelector("#accounts tbody tr")).stream()
                .filter(row -> row.getText().contains(account)).findFirst().orElse(null);
    }

    private static void assertNoAlert() {
        try {
            String text = browser.driver.switchTo().alert().getText();
            throw new AssertionError("a script ran and opened an alert: " + text);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }
}
