package vn.tdkt.commendation.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.tdkt.commendation.Prerequisite;
import vn.tdkt.commendation.WorkflowTest;
import vn.tdkt.commendation.nomination.NominationProcess;

/**
 * A real browser for the page tests: Debian's headless Chromium driven by Selenium through Debian's chromedriver
 * (.ci/run installs both), in Vietnamese and in Vietnam's time zone, and the steps an official takes (sign in to
 * Tasklist or to our pages, fill a Camunda Form, click). Screenshots go to target/screenshots; with
 * -Dscreenshots.update=true also to docs/screenshots (the README and docs/pages.md show them).
 */
abstract class BrowserTestBase extends WorkflowTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @LocalServerPort protected int port;
  protected WebDriver browser;
  protected WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    // .ci/run checks and installs the same two files; under CI=true their absence fails the test
    Prerequisite.require(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Browser test: /usr/bin/chromium or /usr/bin/chromedriver is missing "
            + "(apt-get install -y chromium chromium-driver; .ci/run does it)");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--lang=vi", "--window-size=1400,1000");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi,vi-VN"));
    // the browser lives in Vietnam's time zone, as the officials' do (Tasklist shows dates in the browser's zone)
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .withEnvironment(Map.of("TZ", "Asia/Ho_Chi_Minh")).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser(org.junit.jupiter.api.TestInfo info) throws IOException {
    if (browser != null) {
      // what the browser showed last, for a failure's diagnosis (target only, never docs)
      Path last = Path.of("target/screenshots/last-page.png");
      Files.createDirectories(last.getParent());
      Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), last,
          StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(Path.of("target/screenshots/last-page.html"), browser.getPageSource());
      browser.quit();
    }
  }

  protected void tasklistLogin(String user) {
    browser.manage().deleteAllCookies();
    browser.get(url("/camunda/app/tasklist/"));
    WebElement name = new WebDriverWait(browser, Duration.ofSeconds(90)).until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=text]")));
    assertTrue(browser.getPageSource().contains("Tên đăng nhập") || browser.getPageSource().contains("Đăng nhập"),
        "the Tasklist login page is in Vietnamese");
    name.sendKeys(user);
    browser.findElement(By.cssSelector("input[type=password]")).sendKeys("demo");
    click(By.xpath("//button[normalize-space()='Đăng nhập']"));
    // Tasklist loads its whole application after the login: slow on a busy machine the first time
    new WebDriverWait(browser, Duration.ofSeconds(90)).until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//a[contains(normalize-space(), 'Việc của tôi')]")));
  }

  protected void pageLogin(String user) {
    browser.manage().deleteAllCookies();
    browser.get(url("/login"));
    browser.findElement(By.name("username")).sendKeys(user);
    browser.findElement(By.name("password")).sendKeys("demo");
    browser.findElement(By.cssSelector("main button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("/cases"));
  }

  protected void assertVietnameseTasklist() {
    String text = browser.findElement(By.tagName("body")).getText();
    for (String english : List.of("Start process", "Filters", "Log out", "It is time to migrate")) {
      assertTrue(!text.contains(english), "English on the Tasklist page: " + english);
    }
    assertTrue(text.contains("Việc của đơn vị") && text.contains("Quá hạn"), "our filters are listed");
  }

  protected ProcessInstance waitForNomination() {
    wait.until(d -> runtime.createProcessInstanceQuery().processDefinitionKey(NominationProcess.KEY).count() == 1);
    return runtime.createProcessInstanceQuery().processDefinitionKey(NominationProcess.KEY).singleResult();
  }

  /**
   * Types into a form-js field and waits until the form has taken the value: form-js debounces its inputs,
   * so typing on into the next field at once can lose the last keystrokes.
   */
  protected void type(String label, String value) throws InterruptedException {
    // a form that re-renders while the keys arrive (a dynamic list above the field) may drop them: type again
    for (int attempt = 1; ; attempt++) {
      WebElement input = field(label);
      ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
      input.click();
      input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
          org.openqa.selenium.Keys.DELETE);
      input.sendKeys(value);
      input.sendKeys(org.openqa.selenium.Keys.TAB);
      Thread.sleep(500);
      if (value.equals(field(label).getAttribute("value")) || attempt == 3) {
        break;
      }
    }
    assertEquals(value, field(label).getAttribute("value"), label);
  }


  protected WebElement field(String label) {
    WebElement l = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//label[normalize-space()='" + label + "' or starts-with(normalize-space(), '" + label + "')]")));
    return browser.findElement(By.id(l.getAttribute("for")));
  }

  /** Clicks once the element can be clicked, scrolled to the middle so that no fixed footer covers it. */
  protected void click(By by) {
    WebElement e = wait.until(ExpectedConditions.elementToBeClickable(by));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
    e.click();
  }

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** Our own pages are shot whole: the window grows to the page's height (at most 4000 px) for the picture. */
  protected void fullPageScreenshot(String name) throws IOException {
    org.openqa.selenium.Dimension before = browser.manage().window().getSize();
    long height = (Long) ((JavascriptExecutor) browser).executeScript(
        "return Math.min(4000, document.documentElement.scrollHeight)");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(before.getWidth(), (int) height + 100));
    try {
      screenshot(name);
    } finally {
      browser.manage().window().setSize(before);
    }
  }

  protected void screenshot(String name) throws IOException {
    screenshot(name, true);
  }

  /** The browser's window as it is; from the top of the page (and of a dialog) unless {@code fromTop} is false. */
  protected void screenshot(String name, boolean fromTop) throws IOException {
    if (fromTop) {
      ((JavascriptExecutor) browser).executeScript(
          "window.scrollTo(0, 0); document.querySelectorAll('.modal').forEach(function (m) { m.scrollTop = 0; });");
    }
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Path target = Path.of("target/screenshots", name + ".png");
    Files.createDirectories(target.getParent());
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    if (Boolean.getBoolean("screenshots.update")) { // the README's pictures change only when asked to
      Path docs = Path.of("docs/screenshots", name + ".png");
      Files.createDirectories(docs.getParent());
      Files.copy(shot.toPath(), docs, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
