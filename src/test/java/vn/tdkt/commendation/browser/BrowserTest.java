package vn.tdkt.commendation.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import vn.tdkt.commendation.casefile.CaseStatus;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.nomination.NominationProcess;

/**
 * The whole day of an official in a real browser ({@link BrowserTestBase}). A nominator starts "Đề nghị khen
 * thưởng" in the Vietnamese Tasklist by filling the Camunda Form, the unit head finds the task by its case number
 * and nominee and completes it there, the Council decides (through the engine, as the other tests do), the public
 * page shows the decision and the case page its progress, history and diagram.
 */
class BrowserTest extends BrowserTestBase {

  static final String NOMINEE = "Nguyễn Thị Tâm";

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
    // the nominator is told the new case number at once, with a link to the case
    WebElement banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tdkt-started")));
    assertTrue(banner.getText().contains("Đã tiếp nhận hồ sơ số " + started.getCaseNumber()), banner.getText());
    assertEquals(url("/cases/" + started.getCaseNumber()), banner.findElement(By.tagName("a")).getAttribute("href"));
    screenshot("tasklist-started");

    // 2. the unit head tells the tasks apart by case number, nominee and unit, and completes this one in Tasklist
    ProcessInstance other = nominate("nominator.thads", meritNomination("Trần Văn Khác"));
    tasklistLogin("head.thads");
    By row = By.xpath("//*[contains(@class,'tasks-list')]//li[contains(., '" + NOMINEE + "')]");
    WebElement taskRow = wait.until(ExpectedConditions.visibilityOfElementLocated(row));
    assertTrue(taskRow.getText().contains("Thủ trưởng đơn vị ký trình — " + started.getCaseNumber() + " · " + NOMINEE
        + " · Cục Thi hành án dân sự tỉnh"), taskRow.getText());
    assertTrue(browser.findElement(By.cssSelector(".tasks-list")).getText().contains(caseOf(other).getCaseNumber()
        + " · Trần Văn Khác"), "the other case's task");
    screenshot("tasklist-task-list");
    click(By.xpath("//*[contains(@class,'tasks-list')]//li[contains(., '" + NOMINEE + "')]//a[contains(., 'Thủ trưởng đơn vị ký trình')]"));
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

    // 5. the case page shows the progress, the history and (one click away) the diagram, to a Board officer
    pageLogin("officer.ban");
    browser.get(url("/cases/" + started.getCaseNumber()));
    String progress = browser.findElement(By.cssSelector("ol.progress-steps")).getText();
    // who acted, by name: the unit head signed in the browser; what was done, in words
    assertTrue(progress.contains("Thủ trưởng đơn vị ký trình, gửi cụm thi đua") && progress.contains("Nguyễn Văn Hùng"),
        progress);
    String timeline = browser.findElement(By.cssSelector("ol.timeline")).getText();
    assertTrue(timeline.contains("Lê Thị Hoa") && timeline.contains("Nguyễn Văn Hùng"), timeline);
    assertTrue(!timeline.contains("nominator.thads") && !timeline.contains("head.thads"), "no login ids: " + timeline);
    assertTrue(timeline.contains("Ban TĐKT thẩm định đạt, trình Hội đồng"), timeline);
    assertTrue(browser.findElements(By.cssSelector("ol.timeline li")).size() >= 5, timeline);
    String main = browser.findElement(By.tagName("main")).getText();
    assertTrue(main.contains(decision), "the decision number");
    assertTrue(!main.contains(pi.getId()), "no process id on the page");
    // appraised in time: the deadline is not red
    assertTrue(browser.findElements(By.cssSelector(".deadline-missed")).isEmpty(), "no missed deadline shown");
    fullPageScreenshot("case-page");
    click(By.cssSelector("#diagram-details > summary"));
    wait.until(ExpectedConditions.attributeToBe(By.id("case-diagram"), "data-rendered", "true"));
    assertTrue(!browser.findElements(By.cssSelector("#case-diagram .djs-element.step-done")).isEmpty());
    // drawn at its own size: a task's label is as large as Modeler shows it
    Number fontSize = (Number) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
        "var t = document.querySelector('#case-diagram .djs-element text'); return t.getBoundingClientRect().height;");
    assertTrue(fontSize.doubleValue() >= 10, "label height " + fontSize);
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
        "document.getElementById('diagram-details').scrollIntoView()");
    screenshot("case-diagram", false);

    // 6. the Board's dashboard
    browser.get(url("/dashboard"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("canvas.chart")));
    assertTrue(browser.findElement(By.tagName("main")).getText().contains("Thống kê năm thi đua " + YEAR));
    fullPageScreenshot("dashboard");
  }

}
