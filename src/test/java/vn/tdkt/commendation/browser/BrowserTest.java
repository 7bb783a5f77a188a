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
import org.junit.jupiter.api.Test;
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
import vn.tdkt.commendation.casefile.CaseStatus;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.nomination.NominationProcess;

/**
 * The whole day of an official in a real browser: Debian's headless Chromium driven by Selenium through
 * Debian's chromedriver (.ci/run installs both). A nominator starts "Đề nghị khen thưởng" in the Vietnamese
 * Tasklist by filling the Camunda Form, the unit head completes the next task there, the Council decides
 * (through the engine, as the other tests do), the public page shows the decision and the case page its
 * history and diagram. Screenshots go to target/screenshots; with -Dscreenshots.update=true also to docs/screenshots
 * (the README shows them).
 */
class BrowserTest extends WorkflowTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final String NOMINEE = "Nguyễn Thị Tâm";

  @LocalServerPort int port;
  WebDriver browser;
  WebDriverWait wait;

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

  @Test
  void aNominationGoesFromTheVietnameseTasklistToThePublicPage() throws Exception {
    // 1. the nominator starts the nomination in Tasklist, in Vietnamese, with the Camunda Form
    tasklistLogin("nominator.thads");
    click(By.xpath("//a[normalize-space()='Bắt đầu quy trình']"));
    click(By.xpath("//a[normalize-space()='Đề nghị khen thưởng']"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
    // form-js only knows English: our Tasklist script translates its validation messages
    click(By.xpath("//button[normalize-space()='Bắt đầu']"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//*[contains(@class,'fjs-form-field-error')][contains(., 'Trường này bắt buộc nhập.')]")));
    assertTrue(!browser.getPageSource().contains("Field is required."), "form-js messages are in Vietnamese");

    browser.findElements(By.cssSelector(".fjs-select-display")).get(1).click();
    click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][contains(., 'Bằng khen của Chủ tịch UBND tỉnh')]"));
    browser.findElements(By.cssSelector(".fjs-container input[type=radio]")).get(0).click();
    type("Năm thi đua", String.valueOf(YEAR));
    type("Tên cá nhân hoặc tập thể được đề nghị", NOMINEE);
    type("Chức vụ, nơi công tác (với cá nhân)", "Chấp hành viên");
    type("Tóm tắt thành tích", "Hoàn thành xuất sắc nhiệm vụ thi hành án dân sự");
    type("Số năm liên tục hoàn thành xuất sắc nhiệm vụ", "2");
    type("Số sáng kiến được công nhận", "2");
    assertVietnameseTasklist();
    // the empty submit above left the Tasklist's notice; close it for the picture
    for (WebElement close : browser.findElements(By.cssSelector(".modal .alert .close, .modal .alert button"))) {
      if (close.isDisplayed()) {
        close.click();
      }
    }
    screenshot("tasklist-start-form");
    click(By.xpath("//button[normalize-space()='Bắt đầu']"));
    ProcessInstance pi = waitForNomination();
    CommendationCase started = caseOf(pi);
    assertEquals(NOMINEE, started.getNomineeName());
    assertEquals("nominator.thads", started.getNominatorId());

    // 2. the unit head completes the next task in Tasklist
    tasklistLogin("head.thads");
    click(By.xpath("//*[contains(@class,'tasks-list')]//a[contains(., 'Thủ trưởng đơn vị ký trình')]"));
    // a candidate-group task is claimed first ("Nhận xử lý"); the form stays disabled until then
    click(By.xpath("//*[self::button or self::a][normalize-space()='Nhận xử lý']"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
    click(By.xpath("//label[contains(., 'Ký trình, gửi cụm thi đua')]"));
    screenshot("tasklist-task-form");
    click(By.xpath("//button[normalize-space()='Hoàn thành']"));
    wait.until(d -> tasks.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(NominationProcess.REVIEW_IN_CLUSTER).count() == 1);

    // 3. cluster, Board and Council as the engine tests do
    complete("lead.cum9", pi, NominationProcess.REVIEW_IN_CLUSTER, NominationProcess.VAR_CLUSTER_OUTCOME, "approve");
    complete("officer.ban", pi, NominationProcess.APPRAISE, NominationProcess.VAR_APPRAISAL_OUTCOME, "approve");
    String decision = councilDecides(List.of(pi));
    assertEquals(CaseStatus.AWARDED, caseOf(pi).getStatus());

    // 4. the public page shows the decided case, without a login
    browser.get(url("/announcements"));
    String announcements = browser.findElement(By.tagName("main")).getText();
    assertTrue(announcements.contains(NOMINEE) && announcements.contains(decision), announcements);
    fullPageScreenshot("announcements");

    // 5. the case page shows the history and the diagram, to a Board officer
    pageLogin("officer.ban");
    browser.get(url("/cases/" + started.getCaseNumber()));
    String timeline = browser.findElement(By.cssSelector("ol.timeline")).getText();
    // the history names who acted in the browser: the nominator and the unit head
    assertTrue(timeline.contains("nominator.thads") && timeline.contains("head.thads"), timeline);
    assertTrue(browser.findElements(By.cssSelector("ol.timeline li")).size() >= 5, timeline);
    assertTrue(browser.findElement(By.tagName("main")).getText().contains(decision), "the decision number");
    wait.until(ExpectedConditions.attributeToBe(By.id("case-diagram"), "data-rendered", "true"));
    assertTrue(!browser.findElements(By.cssSelector("#case-diagram .djs-element.step-done")).isEmpty());
    fullPageScreenshot("case-page");

    // 6. the Board's dashboard
    browser.get(url("/dashboard"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("canvas.chart")));
    assertTrue(browser.findElement(By.tagName("main")).getText().contains("Thống kê năm thi đua " + YEAR));
    fullPageScreenshot("dashboard");
  }

  private void tasklistLogin(String user) {
    browser.manage().deleteAllCookies();
    browser.get(url("/camunda/app/tasklist/"));
    WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=text]")));
    assertTrue(browser.getPageSource().contains("Tên đăng nhập") || browser.getPageSource().contains("Đăng nhập"),
        "the Tasklist login page is in Vietnamese");
    name.sendKeys(user);
    browser.findElement(By.cssSelector("input[type=password]")).sendKeys("demo");
    click(By.xpath("//button[normalize-space()='Đăng nhập']"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//a[contains(normalize-space(), 'Việc của tôi')]")));
  }

  private void pageLogin(String user) {
    browser.manage().deleteAllCookies();
    browser.get(url("/login"));
    browser.findElement(By.name("username")).sendKeys(user);
    browser.findElement(By.name("password")).sendKeys("demo");
    browser.findElement(By.cssSelector("main button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("/cases"));
  }

  private void assertVietnameseTasklist() {
    String text = browser.findElement(By.tagName("body")).getText();
    for (String english : List.of("Start process", "Filters", "Log out", "It is time to migrate")) {
      assertTrue(!text.contains(english), "English on the Tasklist page: " + english);
    }
    assertTrue(text.contains("Việc của đơn vị") && text.contains("Quá hạn"), "our filters are listed");
  }

  private ProcessInstance waitForNomination() {
    wait.until(d -> runtime.createProcessInstanceQuery().processDefinitionKey(NominationProcess.KEY).count() == 1);
    return runtime.createProcessInstanceQuery().processDefinitionKey(NominationProcess.KEY).singleResult();
  }

  /**
   * Types into a form-js field and waits until the form has taken the value: form-js debounces its inputs,
   * so typing on into the next field at once can lose the last keystrokes.
   */
  private void type(String label, String value) throws InterruptedException {
    WebElement input = field(label);
    input.click();
    input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
        org.openqa.selenium.Keys.DELETE);
    input.sendKeys(value);
    input.sendKeys(org.openqa.selenium.Keys.TAB);
    Thread.sleep(500);
    assertEquals(value, field(label).getAttribute("value"), label);
  }

  private WebElement field(String label) {
    WebElement l = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//label[normalize-space()='" + label + "' or starts-with(normalize-space(), '" + label + "')]")));
    return browser.findElement(By.id(l.getAttribute("for")));
  }

  /** Clicks once the element can be clicked, scrolled to the middle so that no fixed footer covers it. */
  private void click(By by) {
    WebElement e = wait.until(ExpectedConditions.elementToBeClickable(by));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
    e.click();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** Our own pages are shot whole: the window grows to the page's height (at most 4000 px) for the picture. */
  private void fullPageScreenshot(String name) throws IOException {
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

  private void screenshot(String name) throws IOException {
    ((JavascriptExecutor) browser).executeScript(
        "window.scrollTo(0, 0); document.querySelectorAll('.modal').forEach(function (m) { m.scrollTop = 0; });");
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
