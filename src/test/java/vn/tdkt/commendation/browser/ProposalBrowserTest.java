package vn.tdkt.commendation.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
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

import vn.tdkt.commendation.WorkflowTest;
import vn.tdkt.commendation.casefile.CaseStatus;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.casefile.NomineeDecision;
import vn.tdkt.commendation.nomination.CaseProcess;
import vn.tdkt.commendation.proposal.ProposalProcess;

/**
 * A proposal in a real browser (Debian's headless Chromium, as {@link BrowserTest}): a nominator downloads the Excel
 * template from /proposals, fills it (three nominees), uploads it; the unit head signs in Tasklist and strikes one
 * nominee with a reason in the form's list; a Board officer receives the dossier in full and appraises each nominee
 * in one task, the eligibility check beside each row. Screenshots go to target/screenshots (docs/screenshots with
 * -Dscreenshots.update=true).
 */
class ProposalBrowserTest extends WorkflowTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @LocalServerPort int port;
  WebDriver browser;
  WebDriverWait wait;
  Path downloads;

  @BeforeEach
  void openBrowser() throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Browser test skipped: /usr/bin/chromium or /usr/bin/chromedriver is missing "
            + "(apt-get install -y chromium chromium-driver; .ci/run does it)");
    downloads = Files.createTempDirectory("tdkt-downloads");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--lang=vi", "--window-size=1400,1000");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi,vi-VN",
        "download.default_directory", downloads.toString(), "download.prompt_for_download", false,
        "safebrowsing.enabled", false));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .withEnvironment(Map.of("TZ", "Asia/Ho_Chi_Minh")).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser() throws IOException {
    if (browser != null) {
      Path last = Path.of("target/screenshots/last-proposal-page.png");
      Files.createDirectories(last.getParent());
      Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), last,
          StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(Path.of("target/screenshots/last-proposal-page.html"), browser.getPageSource());
      browser.quit();
    }
  }

  @Test
  void aNominatorUploadsTheTemplateTheHeadStrikesOneInTasklistTheBoardReceivesAndAppraises() throws Exception {
    // 1. the nominator downloads the template from /proposals and fills three rows
    pageLogin("nominator.thads");
    browser.get(url("/proposals"));
    click(By.id("template-link"));
    Path template = waitForDownload();
    Path filled = downloads.resolve("danh-sach-da-dien.xlsx");
    fill(template, filled, List.of(
        new String[] {"Lê Văn Bình", "Cá nhân", "Chấp hành viên", "Chiến sĩ thi đua cấp tỉnh", "Ba năm liền CSTĐ cơ sở",
            "3", "3", "1", "Không", "", "", "", "", ""},
        new String[] {"Đội Thi hành án số 1", "Tập thể", "", "Tập thể lao động xuất sắc", "Hoàn thành xuất sắc nhiệm vụ",
            "", "", "", "Không", "", "Có", "80", "2", "Không"},
        new String[] {"Đội Thi hành án số 2", "Tập thể", "", "Tập thể lao động xuất sắc", "Hoàn thành xuất sắc nhiệm vụ",
            "", "", "", "Không", "", "Có", "75", "1", "Không"}));

    // 2. … and uploads it with the tờ trình's number
    browser.findElement(By.id("p-number")).sendKeys("25/TTr-CTHADS");
    browser.findElement(By.id("p-signer")).sendKeys("Nguyễn Văn Thủ");
    browser.findElement(By.id("p-file")).sendKeys(filled.toString());
    screenshot("proposal-import");
    click(By.xpath("//button[normalize-space()='Gửi tờ trình']"));
    wait.until(ExpectedConditions.urlMatches("/proposals/DN-\\d{4}-\\d{5}$"));
    String number = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
    assertThat(browser.findElements(By.cssSelector("#nominees tbody tr"))).hasSize(3);
    ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
    assertThat(nominees(number)).extracting(CommendationCase::getNominatorId).containsOnly("nominator.thads");

    // 3. the head signs in Tasklist, striking one nominee with the reason
    tasklistLogin("head.thads");
    openTask("Thủ trưởng đơn vị ký tờ trình");
    assertThat(browser.findElement(By.cssSelector(".fjs-container")).getText())
        .as("each nominee with its eligibility").contains("Đội Thi hành án số 2").contains("Đủ tiêu chuẩn");
    click(By.xpath("//label[contains(., 'Ký tờ trình, gửi đi')]"));
    click(checklistOption("Gạch tên, không trình", "Đội Thi hành án số 2"));
    type(By.xpath("//label[starts-with(normalize-space(), 'Lý do không trình')]"), "Chưa đủ 70% Lao động tiên tiến");
    screenshot("tasklist-proposal-endorse");
    complete();
    wait.until(d -> tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(ProposalProcess.RECEIVE)
        .count() == 1);
    CommendationCase struck = nominee(number, "Đội Thi hành án số 2");
    assertThat(struck.getStatus()).isEqualTo(CaseStatus.WITHDRAWN);
    assertThat(struck.getOutcomeReason()).contains("Chưa đủ 70% Lao động tiên tiến");

    // 4. the Board receives the dossier in full
    tasklistLogin("officer.ban");
    openTask("Ban TĐKT tiếp nhận hồ sơ");
    click(By.xpath("//label[contains(., 'Hồ sơ đủ')]"));
    complete();
    wait.until(d -> tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(ProposalProcess.APPRAISE)
        .count() == 1);

    // 5. … and appraises each nominee in one task, the eligibility check beside each row
    openTask("Ban TĐKT thẩm định tờ trình");
    String form = browser.findElement(By.cssSelector(".fjs-container")).getText();
    assertThat(form).contains("Lê Văn Bình").contains("Đội Thi hành án số 1").doesNotContain("Đội Thi hành án số 2");
    assertThat(form).as("the eligibility table's answer beside each nominee")
        .contains("Đủ tiêu chuẩn Chiến sĩ thi đua cấp tỉnh").contains("Đủ tiêu chuẩn Tập thể lao động xuất sắc");
    // one nominee must send more: the other goes on
    click(checklistOption("Cần bổ sung hồ sơ", "Đội Thi hành án số 1"));
    type(By.xpath("//label[starts-with(normalize-space(), 'Hồ sơ cần bổ sung')]"),
        "Thiếu danh sách Lao động tiên tiến có xác nhận");
    screenshot("tasklist-proposal-appraise");
    complete();
    wait.until(d -> runtime.createProcessInstanceQuery().processDefinitionKey(CaseProcess.KEY).count() == 2);
    assertThat(nominee(number, "Lê Văn Bình").getAppraisalDecision()).isEqualTo(NomineeDecision.APPROVED);
    CommendationCase supplemented = nominee(number, "Đội Thi hành án số 1");
    assertThat(supplemented.getAppraisalDecision()).isEqualTo(NomineeDecision.SUPPLEMENT);
    assertThat(supplemented.getAppraisalNote()).contains("Lao động tiên tiến có xác nhận");

    // 6. the proposal's page shows the receipt and each nominee's case
    pageLogin("officer.ban");
    browser.get(url("/proposals/" + number));
    assertThat(browser.findElement(By.id("receipt")).getText()).contains("officer.ban");
    assertThat(browser.findElement(By.id("nominees")).getText()).contains("Cần bổ sung").contains("Đạt");
    fullPageScreenshot("proposal-page");
  }

  // ---- the application ---------------------------------------------------------------------------------

  private List<CommendationCase> nominees(String number) {
    return caseRepository.findAll().stream().filter(c -> number.equals(c.getProposalNumber())).toList();
  }

  private CommendationCase nominee(String number, String name) {
    return nominees(number).stream().filter(c -> c.getNomineeName().equals(name)).findFirst().orElseThrow();
  }

  /** Writes the rows into the downloaded template from its third row on (the second is the example). */
  private static void fill(Path template, Path target, List<String[]> rows) throws IOException {
    try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in);
         OutputStream out = Files.newOutputStream(target)) {
      Sheet sheet = wb.getSheet("Danh sách đề nghị");
      for (int i = 0; i < rows.size(); i++) {
        Row row = sheet.createRow(2 + i);
        row.createCell(0).setCellValue(i + 1);
        String[] values = rows.get(i);
        for (int c = 0; c < values.length; c++) {
          if (!values[c].isEmpty()) {
            row.createCell(c + 1).setCellValue(values[c]);
          }
        }
      }
      wb.write(out);
    }
  }

  private Path waitForDownload() {
    wait.until(d -> {
      try (var files = Files.list(downloads)) {
        return files.anyMatch(f -> f.toString().endsWith(".xlsx"));
      } catch (IOException e) {
        return false;
      }
    });
    try (var files = Files.list(downloads)) {
      return files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElseThrow();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- the browser -------------------------------------------------------------------------------------

  private void openTask(String name) {
    click(By.xpath("//*[contains(@class,'tasks-list')]//a[contains(., '" + name + "')]"));
    click(By.xpath("//*[self::button or self::a][normalize-space()='Nhận xử lý']"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
  }

  /** The option of a form-js checklist, by the checklist's label and the option's text. */
  private static By checklistOption(String checklist, String option) {
    return By.xpath("//*[contains(@class,'fjs-form-field-checklist')][.//*[starts-with(normalize-space(), '" + checklist
        + "')]]//label[contains(., '" + option + "')]");
  }

  private void complete() {
    click(By.xpath("//button[normalize-space()='Hoàn thành']"));
  }

  private void tasklistLogin(String user) {
    browser.manage().deleteAllCookies();
    browser.get(url("/camunda/app/tasklist/"));
    WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=text]")));
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

  /** Types into the form-js field of that label and waits for the form to take it (it debounces its inputs). */
  private void type(By label, String value) throws InterruptedException {
    type(wait.until(ExpectedConditions.visibilityOfElementLocated(label)), value);
  }

  private void type(WebElement label, String value) throws InterruptedException {
    WebElement input = browser.findElement(By.id(label.getAttribute("for")));
    scrollTo(input).click();
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(value);
    input.sendKeys(Keys.TAB);
    Thread.sleep(500);
    assertThat(browser.findElement(By.id(label.getAttribute("for"))).getAttribute("value")).isEqualTo(value);
  }

  private WebElement scrollTo(WebElement e) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
    return e;
  }

  private void click(By by) {
    scrollTo(wait.until(ExpectedConditions.elementToBeClickable(by))).click();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

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
    Path target = Path.of("target/screenshots", name + ".png");
    Files.createDirectories(target.getParent());
    Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), target,
        StandardCopyOption.REPLACE_EXISTING);
    if (Boolean.getBoolean("screenshots.update")) {
      Path docs = Path.of("docs/screenshots", name + ".png");
      Files.createDirectories(docs.getParent());
      Files.copy(target, docs, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
