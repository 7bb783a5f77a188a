package vn.tdkt.commendation.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import vn.tdkt.commendation.casefile.CaseStatus;
import vn.tdkt.commendation.council.CouncilProcess;

/**
 * A Council session in a real browser: the Board head starts it in Tasklist by ticking award types; a member finds
 * the ballot by its session, its form offers no button that fails and its link opens the ballot page without a
 * second login; the session page counts the voters as they vote; the Chairman's task names the session and lists
 * what the Council turned down.
 */
class CouncilBrowserTest extends BrowserTestBase {

  @Test
  void aSessionFromTickedAwardTypesThroughTheBallotToTheChairman() throws Exception {
    ProcessInstance fighter = nominatedAndAppraised(fighterNomination("Lê Thị Chiến"));
    ProcessInstance close = nominatedAndAppraised(fighterNomination("Hà Văn Sát"));
    ProcessInstance merit = nominatedAndAppraised(meritNomination("Phạm Văn Khen"));
    String fighterCase = caseOf(fighter).getCaseNumber();
    String closeCase = caseOf(close).getCaseNumber();

    // 1. the Board head starts a session in Tasklist by ticking the award types, without typing a code
    tasklistLogin("head.ban");
    click(By.xpath("//a[normalize-space()='Bắt đầu quy trình']"));
    click(By.xpath("//a[normalize-space()='Phiên họp Hội đồng TĐKT tỉnh']"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
    assertFalse(browser.findElement(By.cssSelector(".modal")).getText().contains("CHIEN_SI_THI_DUA_TINH"),
        "no award code on the form");
    click(By.xpath("//label[normalize-space()='Chiến sĩ thi đua cấp tỉnh']"));
    screenshot("council-start-form");
    click(By.xpath("//button[normalize-space()='Bắt đầu']"));
    wait.until(d -> runtime.createProcessInstanceQuery().processDefinitionKey(CouncilProcess.KEY).count() == 1);
    ProcessInstance session = runtime.createProcessInstanceQuery().processDefinitionKey(CouncilProcess.KEY).singleResult();
    String number = session.getBusinessKey();
    WebElement banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tdkt-started")));
    assertTrue(banner.getText().contains("Đã mở phiên họp Hội đồng " + number), banner.getText());
    assertEquals(CaseStatus.IN_COUNCIL, caseOf(fighter).getStatus());
    assertEquals(CaseStatus.IN_COUNCIL, caseOf(close).getStatus());
    assertEquals(CaseStatus.AWAITING_COUNCIL, caseOf(merit).getStatus(), "only the ticked award type");

    // 2. a member finds the ballot by its session, due when the vote closes; the form offers no button that fails
    tasklistLogin("council.1");
    WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//*[contains(@class,'tasks-list')]//li[contains(., 'Bỏ phiếu kín')]")));
    assertTrue(row.getText().contains("Bỏ phiếu kín — Phiên họp " + number + " · 2 hồ sơ"), row.getText());
    click(By.xpath("//*[contains(@class,'tasks-list')]//li[contains(., 'Bỏ phiếu kín')]//a[contains(., 'Bỏ phiếu kín')]"));
    WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//*[contains(@class,'fjs-container')]//a[contains(., 'Mở trang Phiếu bầu Hội đồng')]")));
    Thread.sleep(500);
    for (WebElement button : browser.findElements(By.xpath("//button[normalize-space()='Hoàn thành' or normalize-space()='Lưu']"))) {
      assertFalse(button.isDisplayed(), "the ballot's task offers no Save/Complete button");
    }
    screenshot("tasklist-ballot-task");

    // 3. its link opens the ballot page without a second login; the dossiers are linked from the ballot
    String tasklist = browser.getWindowHandle();
    link.click();
    if (browser.getWindowHandles().size() > 1) {
      browser.getWindowHandles().stream().filter(h -> !h.equals(tasklist)).findFirst()
          .ifPresent(h -> browser.switchTo().window(h));
    }
    wait.until(ExpectedConditions.urlContains("/council/ballots"));
    assertFalse(browser.getCurrentUrl().contains("/login"), "no second login");
    click(By.xpath("//a[normalize-space()='Mở phiếu bầu']"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.ballot-form")));
    assertEquals(url("/cases/" + fighterCase), browser.findElement(By.linkText(fighterCase)).getAttribute("href"));
    for (WebElement approve : browser.findElements(By.cssSelector("input[type=radio][value=approve]"))) {
      approve.click();
    }
    fullPageScreenshot("council-ballot");
    click(By.xpath("//button[normalize-space()='Gửi phiếu bầu']"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));
    assertEquals(1, jdbc.queryForObject("select count(*) from council_voter", Integer.class));

    // 4. the session page counts the voters as they vote, by name, never how
    pageLogin("head.ban");
    browser.get(url("/council/sessions/" + number));
    assertTrue(browser.findElement(By.id("voted-count")).getText().startsWith("1/7"));
    for (String member : COUNCIL.subList(1, 5)) {
      // council.2 approves the first fighter only: the other one falls short of 90% of all members
      vote(session, member, Map.of(fighterCase, "approve", closeCase, member.equals("council.2") ? "reject" : "approve"));
    }
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("voted-count"), "5/7 thành viên đã bỏ phiếu"));
    assertEquals("Đã đủ số thành viên bỏ phiếu", browser.findElement(By.id("quorum-state")).getText());
    assertTrue(browser.findElement(By.id("members-missing")).getText().contains("Bùi Quang Toàn"));
    fullPageScreenshot("council-session");
    for (String member : COUNCIL.subList(5, 7)) {
      vote(session, member, Map.of(fighterCase, "approve", closeCase, "approve"));
    }
    // the vote closed: the page shows the count of each case
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "6/7 phiếu tán thành"));
    String counted = browser.findElement(By.tagName("main")).getText();
    assertTrue(counted.contains("7/7 phiếu tán thành") && counted.contains("Không đạt tỷ lệ phiếu"), counted);
    fullPageScreenshot("council-session-counted");

    // 5. the Chairman's task names the session and shows what the Council turned down, with the counts
    tasklistLogin("chairman");
    click(By.xpath("//*[contains(@class,'tasks-list')]//a[contains(., 'Lãnh đạo UBND tỉnh ký duyệt quyết định — " + number
        + " · Chiến sĩ thi đua cấp tỉnh · 1 hồ sơ')]"));
    WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
    wait.until(ExpectedConditions.textToBePresentInElement(form, "Hội đồng không tán thành"));
    assertTrue(form.getText().contains(closeCase + ": Hà Văn Sát") && form.getText().contains("6/7 phiếu tán thành"),
        form.getText());
    screenshot("tasklist-sign-decision");
  }
}
