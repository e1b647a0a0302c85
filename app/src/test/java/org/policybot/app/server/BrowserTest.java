package org.policybot.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The pages in a real browser: Debian's headless Chromium driven by its chromedriver. Skipped when
 * they are not installed ({@code .ci/run} installs them). Both paths are given explicitly so
 * Selenium Manager never tries to download a browser or driver.
 */
class BrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** The highlight colour in policybot.css, as getComputedStyle reports it. */
  private static final String HIGHLIGHT = "rgb(255, 241, 168)";

  @TempDir static Path profile;
  private static PolicyServer server;
  private static WebDriver browser;

  @BeforeAll
  static void start() {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser test skipped: needs Debian's chromium and chromium-driver at "
            + CHROMIUM
            + " and "
            + CHROMEDRIVER
            + " (apt-get install chromium chromium-driver; .ci/run does)");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,800",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    server = TestServers.bundled();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private static String url(String pathAndFragment) {
    return "http://127.0.0.1:" + server.port() + pathAndFragment;
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  /** Polls a condition for a bounded time; page scripts run asynchronously to WebDriver. */
  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      if (condition.getAsBoolean()) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("gave up waiting: " + what);
  }

  private static String background(WebElement el) {
    return (String) js("return getComputedStyle(arguments[0]).backgroundColor;", el);
  }

  private static boolean inViewport(WebElement el) {
    return (Boolean)
        js(
            "const r = arguments[0].getBoundingClientRect();"
                + "return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;",
            el);
  }

  @Test
  void the_clause_link_of_4_6_c_highlights_that_clause_and_scrolls_it_into_view() throws Exception {
    browser.get(url("/policies/social-media-policy#clause-4-6-c"));
    WebElement clause = browser.findElement(By.id("clause-4-6-c"));
    // The class is added by /static/policybot.js, so this also shows the CSP lets it run.
    await(
        "the script marks the target clause",
        () -> clause.getAttribute("class").contains("is-target"));
    assertEquals(HIGHLIGHT, background(clause));
    assertTrue(inViewport(clause), "4.6(c) is within the viewport");
    assertTrue(
        ((Number) js("return window.scrollY;")).doubleValue() > 0,
        "the page scrolled to reach 4.6(c)");
    WebElement first = browser.findElement(By.id("clause-1-a"));
    assertTrue(!background(first).equals(HIGHLIGHT), "only the linked clause is highlighted");
    assertTrue(!inViewport(first), "the top of the page scrolled away");
  }

  @Test
  void asking_on_the_ask_page_shows_the_quoted_clause_and_its_link() throws Exception {
    browser.get(url("/"));
    browser.findElement(By.id("q")).sendKeys("Can I befriend ex-students on Facebook?");
    browser.findElement(By.cssSelector("form.ask button[type=submit]")).click();
    await("the answer appears", () -> !browser.findElements(By.id("answer")).isEmpty());
    WebElement answer = browser.findElement(By.id("answer"));
    assertEquals("answered", answer.getAttribute("data-status"));
    assertTrue(
        answer
            .findElement(By.cssSelector("blockquote"))
            .getText()
            .contains("Staff should not befriend students who are currently at the school"));
    WebElement link = answer.findElement(By.cssSelector("a.clause-link"));
    assertEquals("4.6(c)", link.getText());
    assertEquals(url("/policies/social-media-policy#clause-4-6-c"), link.getAttribute("href"));

    link.click();
    await(
        "the policy page opens",
        () -> browser.getCurrentUrl().endsWith("/policies/social-media-policy#clause-4-6-c"));
    WebElement clause = browser.findElement(By.id("clause-4-6-c"));
    await("the linked clause is highlighted", () -> HIGHLIGHT.equals(background(clause)));
    assertTrue(inViewport(clause));
  }

  /**
   * Behind an intranet proxy that serves PolicyBot under {@code /policybot/}: the form, the clause
   * link, the stylesheet (the highlight colour) and the script (the highlight itself) all work
   * without leaving that path.
   */
  @Test
  void behind_a_proxy_under_a_path_asking_and_following_the_clause_link_work() throws Exception {
    try (PrefixProxy proxy = new PrefixProxy(server)) {
      browser.get(proxy.url("/"));
      browser.findElement(By.id("q")).sendKeys("Can I befriend ex-students on Facebook?");
      browser.findElement(By.cssSelector("form.ask button[type=submit]")).click();
      await("the answer appears", () -> !browser.findElements(By.id("answer")).isEmpty());
      assertTrue(browser.getCurrentUrl().startsWith(proxy.url("/?q=")), browser.getCurrentUrl());

      browser.findElement(By.cssSelector("#answer a.clause-link")).click();
      await(
          "the policy page opens under the proxy's path",
          () ->
              browser
                  .getCurrentUrl()
                  .equals(proxy.url("/policies/social-media-policy#clause-4-6-c")));
      WebElement clause = browser.findElement(By.id("clause-4-6-c"));
      await("the linked clause is highlighted", () -> HIGHLIGHT.equals(background(clause)));

      browser.findElement(By.linkText("Policies")).click();
      await(
          "the policy list opens under the proxy's path",
          () -> browser.getCurrentUrl().equals(proxy.url("/policies")));
      assertEquals(
          "Social Media Policy",
          browser.findElement(By.cssSelector("table.policies tbody a")).getText());
    }
  }

  @Test
  void a_related_clause_from_another_policy_names_that_policy_on_the_ask_page() {
    try (PolicyServer local = TestServers.start(Optional.of(Path.of("../policies-examples")))) {
      browser.get(
          "http://127.0.0.1:"
              + local.port()
              + "/?q=can+I+use+my+personal+email+for+school+data%3F");
      WebElement answer = browser.findElement(By.id("answer"));
      assertEquals("answered", answer.getAttribute("data-status"));
      String quoted = policyOf(answer.findElement(By.cssSelector("a.clause-link")));
      List<WebElement> related = answer.findElements(By.cssSelector("ul.related > li"));
      int elsewhere = 0;
      for (WebElement item : related) {
        String policy = policyOf(item.findElement(By.cssSelector("a.clause-link")));
        if (!policy.equals(quoted)) {
          elsewhere++;
          assertTrue(
              item.getText().contains("(Data Protection and Acceptable Use of IT Policy (Staff))"),
              item.getText());
        }
      }
      assertTrue(elsewhere > 0, "the Code of Conduct answer lists a data protection clause");
    }
  }

  /** The policy id a clause link points to: {@code /policies/<id>#clause-…}. */
  private static String policyOf(WebElement clauseLink) {
    String href = clauseLink.getAttribute("href");
    return href.substring(href.indexOf("/policies/") + 10, href.indexOf('#'));
  }

  @Test
  void the_maternity_pay_table_is_drawn_as_a_table_with_each_pay_beside_its_service(
      @TempDir Path folder) throws Exception {
    try (PolicyServer local = TestServers.withFixtures(folder, "maternity-leave-policy.md")) {
      browser.get(
          "http://127.0.0.1:" + local.port() + "/policies/maternity-leave-policy#clause-4-1");
      WebElement clause = browser.findElement(By.id("clause-4-1"));
      await(
          "the script marks the target clause",
          () -> clause.getAttribute("class").contains("is-target"));
      WebElement table = clause.findElement(By.cssSelector("table.clause-table"));
      assertTrue(table.isDisplayed());
      assertEquals("table", js("return getComputedStyle(arguments[0]).display;", table));
      assertEquals(
          List.of(
              "Continuous service at the 11th week before the EWC", "Occupational maternity pay"),
          table.findElements(By.cssSelector("thead th")).stream()
              .map(WebElement::getText)
              .toList());

      // Laid out as a table: each pay sits level with, and to the right of, its length of
      // service, under its own header, and the rows stack in order below the lead-in sentence.
      List<WebElement> header = table.findElements(By.cssSelector("thead th"));
      List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
      assertEquals(3, rows.size());
      Rectangle lead = clause.findElement(By.cssSelector(".text > p")).getRect();
      int above = lead.getY() + lead.getHeight();
      for (WebElement row : rows) {
        List<WebElement> cells = row.findElements(By.tagName("td"));
        Rectangle service = cells.get(0).getRect();
        Rectangle pay = cells.get(1).getRect();
        assertEquals(service.getY(), pay.getY(), row.getText());
        assertTrue(pay.getX() >= service.getX() + service.getWidth() - 1, row.getText());
        assertEquals(header.get(1).getRect().getX(), pay.getX(), "pay under its header");
        assertTrue(service.getY() >= above, "rows in order, below the lead-in");
        above = service.getY() + service.getHeight();
      }
      assertEquals("Less than 26 weeks", rows.get(0).findElement(By.tagName("td")).getText());
      assertEquals(HIGHLIGHT, background(clause));
    }
  }
}
