package vn.tdkt.commendation.announcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.tdkt.commendation.WorkflowTest;
import vn.tdkt.commendation.announcement.DecidedCases.Decided;
import vn.tdkt.commendation.announcement.DecidedCases.Filter;
import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.nomination.NominationProcess;

/**
 * The public page at the benchmark's scale of concerns: the list of decisions read with SQL built from
 * the filters given (every combination finds the right rows, in the right order, with the right total),
 * its cache (a new decision shows on the next request), and no server session for a visitor who only reads.
 */
class PublicPageTest extends WorkflowTest {

  static final List<String> UNITS = List.of("ca", "qs", "thads");
  static final List<AwardType> AWARDS = List.of(AwardType.BANG_KHEN_CHU_TICH_TINH, AwardType.CHIEN_SI_THI_DUA_TINH,
      AwardType.CO_THI_DUA_TINH);
  static final String CSRF_COOKIE = "PUBLIC-CSRF";
  static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of(vn.tdkt.commendation.CommendationApplication.ZONE));

  @Autowired DecisionList decisions;
  @Autowired DecidedCases decidedCases;
  @Autowired DecisionRows decisionRows;
  @Autowired TestRestTemplate restTemplate;
  @Autowired WebApplicationContext context;
  @Autowired @Qualifier("publicPageCsrf") CsrfTokenRepository publicPageCsrf;

  /** A row as the list shows it, with what it is filtered on. */
  record Row(String caseNumber, String name, String unit, int year, AwardType award, String decision, LocalDate date,
      String status) {

    boolean listed() {
      return status.equals("AWARDED") && decision != null;
    }

    boolean matches(Filter f) {
      return (f.year() == null || f.year() == year) && (f.award() == null || f.award() == award)
          && (f.unit() == null || f.unit().equals(unit));
    }
  }

  @Test
  void everyCombinationOfFiltersFindsTheDecidedCasesNewestFirstWithTheirTotal() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 90; i++) {
      // few distinct dates, so that the case number decides the order within a day
      rows.add(row(i, UNITS.get(i % 3), YEAR - (i % 2), AWARDS.get((i / 3) % 3),
          (100 + i / 10) + "/QĐ-UBND", TODAY.minusDays((i * 7) % 12), "AWARDED"));
    }
    // not on the list: awarded without a decision number, decided but not yet closed, rejected
    rows.add(row(90, "ca", YEAR, AwardType.BANG_KHEN_CHU_TICH_TINH, null, null, "AWARDED"));
    rows.add(row(91, "ca", YEAR, AwardType.BANG_KHEN_CHU_TICH_TINH, "999/QĐ-UBND", TODAY, "IN_COUNCIL"));
    rows.add(row(92, "ca", YEAR, AwardType.BANG_KHEN_CHU_TICH_TINH, null, null, "REJECTED"));
    rows.forEach(this::insert);

    int checked = 0;
    for (Integer year : new Integer[] {null, YEAR}) {
      for (AwardType award : new AwardType[] {null, AwardType.BANG_KHEN_CHU_TICH_TINH}) {
        for (String unit : new String[] {null, "ca"}) {
          Filter filter = new Filter(year, award, unit);
          List<String> expected = rows.stream().filter(Row::listed).filter(r -> r.matches(filter))
              .sorted(Comparator.comparing(Row::date).thenComparing(Row::caseNumber).reversed())
              .map(Row::name).toList();
          assertThat(expected).as("the data exercise %s", filter).isNotEmpty();
          for (int page = 0; page * DecisionList.PAGE_SIZE < expected.size() + 1; page++) {
            Page<Decided> found = decisions.page(filter, page).decisions();
            assertThat(found.getTotalElements()).as("total of %s", filter).isEqualTo(expected.size());
            assertThat(found.getContent()).extracting(Decided::nomineeName).as("page %d of %s", page, filter)
                .containsExactlyElementsOf(expected.subList(Math.min(expected.size(), page * DecisionList.PAGE_SIZE),
                    Math.min(expected.size(), (page + 1) * DecisionList.PAGE_SIZE)));
            checked++;
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(8);
    // an award nobody received this year, and a unit that does not exist
    assertThat(decisions.page(new Filter(YEAR, AwardType.TAP_THE_LAO_DONG_XUAT_SAC, null), 0).decisions().getTotalElements()).isZero();
    assertThat(decisions.page(new Filter(null, null, "nope"), 0).decisions().getContent()).isEmpty();

    // the page itself: 90 decisions on 4 pages; the second page starts with the 26th newest, and a
    // search keeps its filters in the pager's links
    String page2 = anonymousGet("/announcements?page=1").getBody();
    List<String> newest = rows.stream().filter(Row::listed)
        .sorted(Comparator.comparing(Row::date).thenComparing(Row::caseNumber).reversed()).map(Row::name).toList();
    assertThat(page2).contains("Trang 2/4 · 90 kết quả").contains(newest.get(25), newest.get(49))
        .doesNotContain(">" + newest.get(24) + "<").doesNotContain(">" + newest.get(50) + "<");
    assertThat(namesIn(page2)).containsExactlyElementsOf(newest.subList(25, 50));
    String search = anonymousGet("/announcements?year=" + YEAR + "&award=BANG_KHEN_CHU_TICH_TINH&unit=ca").getBody();
    assertThat(namesIn(search)).containsExactlyElementsOf(rows.stream().filter(Row::listed)
        .filter(r -> r.matches(new Filter(YEAR, AwardType.BANG_KHEN_CHU_TICH_TINH, "ca")))
        .sorted(Comparator.comparing(Row::date).thenComparing(Row::caseNumber).reversed()).map(Row::name).toList());
    assertThat(search).contains("Công an tỉnh"); // the unit's name, not its code
  }

  @Test
  void aCaseAwardedThroughTheProcessIsListedOnTheNextRequest() {
    for (int i = 0; i < 30; i++) {
      insert(row(i, "qs", YEAR, AwardType.BANG_KHEN_CHU_TICH_TINH, "5/QĐ-UBND", TODAY.minusDays(3), "AWARDED"));
    }
    assertThat(anonymousGet("/announcements").getBody()).contains("Trang 1/2 · 30 kết quả");

    ProcessInstance pi = nominatedAndAppraised(meritNomination("Lê Thị Vừa Được Khen"));
    String decision = councilDecides(List.of(pi));
    assertThat(caseOf(pi).getStatus().name()).isEqualTo("AWARDED");
    String page = anonymousGet("/announcements").getBody();
    assertThat(page).contains("Trang 1/2 · 31 kết quả", decision);
    assertThat(namesIn(page).get(0)).isEqualTo("Lê Thị Vừa Được Khen");
  }

  @Test
  void aPageIsComputedOncePerStampAndNotTrustedForLongJustAfterAClosing() {
    for (int i = 0; i < 3; i++) {
      insert(row(i, "qs", YEAR, AwardType.BANG_KHEN_CHU_TICH_TINH, "7/QĐ-UBND", TODAY, "AWARDED"));
    }
    Filter all = new Filter(null, null, null);
    // long after the last closing: the page is kept until the stamp moves
    DecisionList settled = new DecisionList(decidedCases, decisionRows, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(5)),
        Duration.ofMinutes(2), Duration.ofMinutes(10));
    assertThat(settled.page(all, 0).decisions().getContent()).extracting(Decided::nomineeName).contains("Người được khen 1");
    jdbc.update("update case_record set nominee_name = 'Đã sửa' where case_number = 'PUB-00000001'");
    assertThat(settled.page(all, 0).decisions().getContent()).extracting(Decided::nomineeName)
        .as("a change that moves no stamp is not seen: the cached page answers").contains("Người được khen 1");
    assertThat(settled.page(all, 0).rowsHtml()).contains("Người được khen 1").doesNotContain("Đã sửa");
    insert(row(3, "qs", YEAR, AwardType.BANG_KHEN_CHU_TICH_TINH, "7/QĐ-UBND", TODAY, "AWARDED"));
    assertThat(settled.page(all, 0).decisions().getContent()).extracting(Decided::nomineeName)
        .as("a new case row moves the stamp").contains("Đã sửa", "Người được khen 3").hasSize(4);
    assertThat(settled.page(all, 0).rowsHtml()).contains("Đã sửa", "Người được khen 3", "7/Q%C4%90-UBND")
        .doesNotContain("Người được khen 1<");

    // just after a closing, a closing that commits late with an earlier time moves no stamp: such a page
    // is kept only briefly (here not at all)
    DecisionList unsettled = new DecisionList(decidedCases, decisionRows, Clock.systemUTC(), Duration.ofMinutes(2), Duration.ZERO);
    assertThat(unsettled.page(all, 0).decisions().getTotalElements()).isEqualTo(4);
    insert(row(4, "qs", YEAR, AwardType.BANG_KHEN_CHU_TICH_TINH, null, null, "IN_COUNCIL"));
    DecidedCases.Stamp before = decidedCases.stamp();
    jdbc.update("update case_record set status = 'AWARDED', decision_number = '8/QĐ-UBND', decision_date = ?, "
        + "closed_at = ? where case_number = 'PUB-00000004'", TODAY, Timestamp.from(Instant.now().minusSeconds(30)));
    assertThat(decidedCases.stamp()).as("the late closing moves no stamp").isEqualTo(before);
    assertThat(unsettled.page(all, 0).decisions().getTotalElements()).isEqualTo(5);
  }

  @Test
  void readingThePublicPageCreatesNoSessionAndItsComplaintFormStillNeedsItsToken() {
    // a long list before the complaint form: its token must be set before the page is sent
    for (int i = 0; i < 25; i++) {
      insert(row(i, "qs", YEAR, AwardType.BANG_KHEN_CHU_TICH_TINH, "9/QĐ-UBND", TODAY, "AWARDED"));
    }
    jdbc.update("update case_record set nominee_position = ?", "Chức vụ rất dài ".repeat(12).strip());
    jdbc.update("update case_record set nominee_name = '<script>alert(1)</script> Mã Độc' where case_number = 'PUB-00000003'");
    ProcessInstance pi = nominate("nominator.thads", fighterNomination("Phan Văn Đang Công Khai"));
    complete("head.thads", pi, NominationProcess.ENDORSE, NominationProcess.VAR_ENDORSEMENT_OUTCOME, "approve");
    complete("lead.cum9", pi, NominationProcess.REVIEW_IN_CLUSTER, NominationProcess.VAR_CLUSTER_OUTCOME, "approve");
    complete("officer.ban", pi, NominationProcess.APPRAISE, NominationProcess.VAR_APPRAISAL_OUTCOME, "approve");
    String caseNumber = caseOf(pi).getCaseNumber();

    applicationCsrfRepository();
    int sessions = sessionRows();
    ResponseEntity<String> page = anonymousGet("/announcements");
    assertThat(page.getBody()).contains(caseNumber, "name=\"_csrf\"")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; Mã Độc").doesNotContain("<script>alert");
    String beforeForm = page.getBody().substring(0, page.getBody().indexOf("name=\"_csrf\""));
    assertThat(beforeForm.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
        .as("the first form comes after a full response buffer").isGreaterThan(8192);
    List<String> cookies = page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
    assertThat(cookies).noneMatch(c -> c.startsWith("SESSION="));
    assertThat(sessionRows()).as("no session row for a reader").isEqualTo(sessions);
    String cookie = cookies.stream().filter(c -> c.startsWith(CSRF_COOKIE + "="))
        .findFirst().orElseThrow(() -> new AssertionError("no CSRF cookie: " + cookies));
    assertThat(cookie).contains("Path=/announcements", "HttpOnly").containsIgnoringCase("SameSite=Lax");
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.getBody());
    assertThat(token.find()).isTrue();
    String cookiePair = cookie.substring(0, cookie.indexOf(';'));

    String path = "/announcements/" + caseNumber + "/complaints";
    String form = "name=Nguy%E1%BB%85n+V%C4%83n+D%C3%A2n&contact=0912345678&content=Th%C3%A0nh+t%C3%ADch+ch%C6%B0a+%C4%91%C3%BAng";
    assertThat(postForm(path, form + "&_csrf=" + token.group(1), null).getStatusCode().value())
        .as("the token without its cookie").isEqualTo(403);
    assertThat(postForm(path, form, cookiePair).getStatusCode().value()).as("the cookie without the token").isEqualTo(403);
    Matcher other = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(anonymousGet("/announcements").getBody());
    assertThat(other.find()).isTrue();
    assertThat(postForm(path, form + "&_csrf=" + other.group(1), cookiePair).getStatusCode().value())
        .as("another visitor's token").isEqualTo(403);
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(NominationProcess.HANDLE_COMPLAINT).count()).isZero();
    ResponseEntity<String> sent = postForm(path, form + "&_csrf=" + token.group(1), cookiePair);
    // received, and redirected back to the page (the test client follows the redirect)
    assertThat(sent.getStatusCode().value()).isEqualTo(200);
    assertThat(sent.getBody()).contains("Công khai");
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(NominationProcess.HANDLE_COMPLAINT).count()).isEqualTo(1);
  }

  @Test
  void aSignedInPersonKeepsTheTokenInTheirSession() throws Exception {
    ProcessInstance pi = nominate("nominator.thads", fighterNomination("Phan Văn Đăng Nhập"));
    complete("head.thads", pi, NominationProcess.ENDORSE, NominationProcess.VAR_ENDORSEMENT_OUTCOME, "approve");
    complete("lead.cum9", pi, NominationProcess.REVIEW_IN_CLUSTER, NominationProcess.VAR_CLUSTER_OUTCOME, "approve");
    complete("officer.ban", pi, NominationProcess.APPRAISE, NominationProcess.VAR_APPRAISAL_OUTCOME, "approve");
    applicationCsrfRepository();
    MvcResult result = MockMvcBuilders.webAppContextSetup(context)
        .apply(springSecurity()).build().perform(get("/announcements").with(user("officer.ban")
            .authorities(AuthorityUtils.createAuthorityList("GROUP_board-officers")))).andReturn();
    assertThat(result.getResponse().getContentAsString()).contains("name=\"_csrf\"", "/logout");
    assertThat(result.getResponse().getCookie(CSRF_COOKIE)).isNull();
    assertThat(result.getRequest().getSession(false)).isNotNull();
    assertThat(result.getRequest().getSession(false)
        .getAttribute(HttpSessionCsrfTokenRepository.class.getName().concat(".CSRF_TOKEN"))).isNotNull();
  }

  // ---------------------------------------------------------------------------------------------------

  /**
   * spring-security-test's csrf(), which other test classes use on the same cached context, swaps the page
   * chain's token repository for good for one of its own that keeps tokens in the session: put the
   * application's back.
   */
  private void applicationCsrfRepository() {
    WebTestUtils.setCsrfTokenRepository(new MockHttpServletRequest(context.getServletContext(), "GET", "/announcements"),
        publicPageCsrf);
  }

  private static Row row(int i, String unit, int year, AwardType award, String decision, LocalDate date,
      String status) {
    return new Row(String.format("PUB-%08d", i), "Người được khen " + i, unit, year, award, decision, date, status);
  }

  private void insert(Row r) {
    Timestamp now = Timestamp.from(Instant.now());
    boolean closed = r.status().equals("AWARDED") || r.status().equals("REJECTED");
    jdbc.update("insert into case_record (case_number, award_type, nominee_kind, nominee_name, nominee_position, "
        + "unit_code, cluster_code, emulation_year, achievement_summary, consecutive_grassroots_fighter_years, "
        + "consecutive_excellent_years, recognised_initiatives, under_discipline, status, stage, appraisal_overdue, "
        + "decision_number, decision_date, created_at, updated_at, closed_at, version) "
        + "values (?, ?, 'INDIVIDUAL', ?, 'Chuyên viên', ?, 'cum9', ?, 'Thành tích', 0, 2, 2, false, ?, 'ANNOUNCEMENT', "
        + "false, ?, ?, ?, ?, ?, 0)", r.caseNumber(), r.award().name(), r.name(), r.unit(), r.year(), r.status(),
        r.decision(), r.date(), now, now, closed ? now : null);
  }

  /** The nominees' names in the list of decisions, in the page's order. */
  private static List<String> namesIn(String html) {
    String table = html.substring(html.indexOf("id=\"decisions\""), html.indexOf("id=\"notice\""));
    Matcher m = Pattern.compile("<span>(Người được khen \\d+|[^<]*Khen[^<]*)</span>").matcher(table);
    List<String> names = new ArrayList<>();
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private int sessionRows() {
    Integer n = jdbc.queryForObject("select count(*) from spring_session", Integer.class);
    return n == null ? 0 : n;
  }

  private ResponseEntity<String> anonymousGet(String path) {
    ResponseEntity<String> response = restTemplate.getForEntity(path, String.class);
    assertThat(response.getStatusCode().value()).as("GET %s", path).isEqualTo(200);
    return response;
  }

  private ResponseEntity<String> postForm(String path, String body, String cookie) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    if (cookie != null) {
      headers.add(HttpHeaders.COOKIE, cookie);
    }
    return restTemplate.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }
}
