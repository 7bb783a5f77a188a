package vn.tdkt.commendation.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tdkt.commendation.cluster.ClusterBallotService;
import vn.tdkt.commendation.cluster.ClusterRound;
import vn.tdkt.commendation.cluster.ClusterRoundProcess;
import vn.tdkt.commendation.cluster.ClusterRoundService;
import vn.tdkt.commendation.cluster.CriteriaService;
import vn.tdkt.commendation.cluster.RoundMember;
import vn.tdkt.commendation.organisation.Roles;

/**
 * A cluster's year-end round in a real browser: a unit head scores each criterion, named, in Tasklist; the leader
 * agrees the scores unit by unit and picks next year's leader by name, without a code; the minutes page fits the
 * width of an A4 page when printed.
 */
class ClusterBrowserTest extends BrowserTestBase {

  static final List<String> UNITS = List.of("bdbp", "ca", "pccc", "qs", "tand", "thads", "vks");

  @Autowired CriteriaService criteria;
  @Autowired ClusterRoundService rounds;
  @Autowired ClusterBallotService clusterBallots;

  /** A year-end round hands the cluster to another unit: the next test starts with thads leading again. */
  @AfterEach
  void restoreLeader() {
    jdbc.update("update org_cluster set leader_unit_code = 'thads' where code = 'cum9'");
    for (String unit : UNITS) {
      if (identity.createUserQuery().userId("head." + unit).memberOfGroup(Roles.clusterLeaders("cum9")).count() > 0) {
        identity.deleteMembership("head." + unit, Roles.clusterLeaders("cum9"));
      }
    }
  }

  @Test
  void scoresByCriterionAndUnitThenMinutesOnA4() throws Exception {
    criteria.ensureDefaults("cum9", YEAR);
    Map<String, Object> start = new HashMap<>(Map.of(ClusterRoundProcess.VAR_CLUSTER, "cum9",
        ClusterRoundProcess.VAR_YEAR, YEAR, ClusterRoundProcess.VAR_KIND, "YEAR_END"));
    ProcessInstance pi = as("lead.cum9", () -> runtime.startProcessInstanceByKey(ClusterRoundProcess.KEY, start));
    int i = 0;
    for (String unit : UNITS) {
      if (!unit.equals("ca")) {
        sheet(pi, unit, (30 + i) + "; 15; 12; 13; 8");
      }
      i++;
    }

    // 1. the head of Công an tỉnh scores each criterion, named, in Tasklist
    tasklistLogin("head.ca");
    click(By.xpath("//*[contains(@class,'tasks-list')]//a[contains(., 'Đơn vị tự chấm điểm')]"));
    click(By.xpath("//*[self::button or self::a][normalize-space()='Nhận xử lý']"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
    int[] points = {38, 18, 14, 15, 9};
    // each row: the criterion by name and its maximum (shown, not typed), then the unit's score
    List<WebElement> fields = wait.until(d -> {
      List<WebElement> found = d.findElements(By.cssSelector("input[id*='Number_6a']"));
      return found.size() == points.length ? found : null;
    });
    List<String> named = browser.findElements(By.cssSelector("input[id*='Field_6a']")).stream()
        .map(e -> e.getAttribute("value")).toList();
    assertEquals("1. Thực hiện nhiệm vụ chính trị, chuyên môn được giao", named.get(0));
    assertEquals("5. Phối hợp, tham gia hoạt động chung của Cụm", named.get(4));
    for (int k = 0; k < points.length; k++) {
      ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", fields.get(k));
      fields.get(k).click();
      fields.get(k).sendKeys(String.valueOf(points[k]), Keys.TAB);
    }
    type("Báo cáo tóm tắt kết quả thi đua", "Hoàn thành xuất sắc các chỉ tiêu thi đua năm " + YEAR);
    screenshot("tasklist-self-assessment");
    click(By.xpath("//button[normalize-space()='Hoàn thành']"));
    wait.until(d -> member(pi, "ca").getStatus() == RoundMember.Status.SUBMITTED);
    assertEquals(94, member(pi, "ca").getSelfTotal());

    // 2. the leader agrees the scores unit by unit and picks next year's leader by name
    tasklistLogin("lead.cum9");
    click(By.xpath("//*[contains(@class,'tasks-list')]//a[contains(., 'Trưởng cụm tổng hợp, thống nhất điểm')]"));
    click(By.xpath("//*[self::button or self::a][normalize-space()='Nhận xử lý']"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
    click(By.xpath("//label[contains(., 'Thống nhất điểm')]"));
    // each row of the list: the unit's name and own total (shown), then its agreed score
    wait.until(d -> d.findElements(By.cssSelector("input[id*='Field_12b']")).size() == UNITS.size());
    List<String> units = browser.findElements(By.cssSelector("input[id*='Field_12b']")).stream()
        .map(e -> e.getAttribute("value")).toList();
    int row = units.indexOf("Công an tỉnh");
    assertTrue(row >= 0, units.toString());
    WebElement caScore = browser.findElements(By.cssSelector("input[id*='Number_12a']")).get(row);
    assertEquals("94", caScore.getAttribute("value"), "prefilled with the unit's own total");
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", caScore);
    caScore.click();
    caScore.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    caScore.sendKeys("90", Keys.TAB);
    WebElement next = browser.findElement(By.xpath(
        "//*[contains(@class,'fjs-form-field-select')][.//label[contains(., 'Đơn vị trưởng cụm năm sau')]]//*[contains(@class,'fjs-select-display') or contains(@class,'fjs-input-group')]"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", next);
    next.click();
    click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='Công an tỉnh']"));
    String compile = browser.findElement(By.cssSelector(".fjs-container")).getText();
    for (String code : UNITS) {
      assertFalse(compile.matches("(?s).*\\b" + code + "\\b.*"), "no unit code on the form: " + code);
    }
    screenshot("tasklist-compile-scores");
    click(By.xpath("//button[normalize-space()='Hoàn thành']"));
    wait.until(d -> tasks.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(ClusterRoundProcess.CAST_BALLOT).count() == UNITS.size());
    assertEquals(90, member(pi, "ca").getAgreedScore());
    assertEquals("ca", rounds.roundOf(pi.getId()).getNextLeaderUnitCode());

    // 3. the ballot, as the ballot page does; then the minutes page, printed on A4
    List<String> flags = List.of("ca", "ca", "ca", "ca", "ca", "qs", "qs");
    for (int k = 0; k < UNITS.size(); k++) {
      String unit = UNITS.get(k);
      Task ballot = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(ClusterRoundProcess.CAST_BALLOT)
          .taskCandidateGroup(Roles.unitHeads(unit)).singleResult();
      String flag = flags.get(k);
      as("head." + unit, () -> clusterBallots.cast(ballot.getId(), "head." + unit, flag, List.of("qs", "vks")));
    }
    ClusterRound round = rounds.roundOf(pi.getId());
    assertTrue(rounds.minutesOf(round.getId()).isPresent(), "the minutes are written");
    pageLogin("lead.cum9");
    browser.get(url("/clusters/cum9/rounds/" + round.getId()));
    String page = browser.findElement(By.tagName("main")).getText();
    assertFalse(page.contains(round.getRoundNumber()), "no internal round number");
    assertTrue(page.contains("Tổng kết năm " + YEAR + " — Cụm thi đua số 9"), page);
    fullPageScreenshot("cluster-minutes");

    // A4: 210 mm at 96 dpi is 794 px; printed (print styles, 1.5 cm margins) nothing is wider than the page
    ((ChromiumDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    Dimension before = browser.manage().window().getSize();
    browser.manage().window().setSize(new Dimension(794, before.getHeight()));
    try {
      long pageWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
      long viewport = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.clientWidth");
      Object wider = ((JavascriptExecutor) browser).executeScript("var w = document.documentElement.clientWidth, out = [];"
          + "document.querySelectorAll('main *').forEach(function (e) { var r = e.getBoundingClientRect();"
          + " if (r.right > w + 1 && out.length < 5) { out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right)); } });"
          + "return out.join('; ');");
      assertTrue(pageWidth <= viewport, "the minutes are " + pageWidth + " px wide on a " + viewport + " px A4 page: "
          + wider);
      Number unitColumn = (Number) ((JavascriptExecutor) browser).executeScript(
          "var td = document.querySelector('table.scores-table tbody td'); return td.getBoundingClientRect().height;");
      assertTrue(unitColumn.doubleValue() < 60, "a unit's name on one or two lines, not one word per line: " + unitColumn);
      fullPageScreenshot("cluster-minutes-a4");
    } finally {
      ((ChromiumDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
      browser.manage().window().setSize(before);
    }
  }

  private void sheet(ProcessInstance pi, String unit, String points) {
    Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(ClusterRoundProcess.SUBMIT)
        .taskCandidateGroup(Roles.unitHeads(unit)).singleResult();
    as("head." + unit, () -> tasks.complete(task.getId(), Map.of(ClusterRoundProcess.VAR_POINTS, points,
        ClusterRoundProcess.VAR_REPORT, "Báo cáo kết quả thi đua năm " + YEAR)));
  }

  private RoundMember member(ProcessInstance pi, String unit) {
    ClusterRound round = rounds.roundOf(pi.getId());
    return rounds.membersOf(round.getId()).stream().filter(m -> m.getUnitCode().equals(unit)).findFirst().orElseThrow();
  }
}
