package vn.tdkt.commendation.council;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.tdkt.commendation.CommendationApplication;
import vn.tdkt.commendation.WorkflowTest;
import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.nomination.NominationProcess;
import vn.tdkt.commendation.official.BonusSettings;
import vn.tdkt.commendation.official.OfficialTexts;
import vn.tdkt.commendation.problem.Refusal;

/**
 * The documents as an official reads them: the decision's text in the order of Decree 30/2020's layout, with the
 * configured legal bases, the register's number, names and never login ids or case numbers; the bonus; its PAdES
 * signature, valid and covering the whole file; a configuration change that shows in the next decision and not in
 * one already issued; the Council's minutes and the Board's submission; the certificate.
 */
class OfficialDocumentsTest extends WorkflowTest {

  static final ZoneId VIETNAM = ZoneId.of(CommendationApplication.ZONE);

  @Autowired WebApplicationContext context;
  @Autowired OfficialTexts texts;
  @Autowired BonusSettings bonusSettings;
  @Autowired DecisionSettings decisionSettings;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  // ---------------------------------------------------------------- the decision as issued

  @Test
  void theIssuedDecisionCarriesEveryDecree30ElementInOrderWithNamesTheLegalBasesAndTheRegisterNumber() throws Exception {
    ProcessInstance person = nominatedAndAppraised(meritNomination("Nguyễn Thị Tâm"));
    ProcessInstance unit = nominatedAndAppraised(collective(meritNomination("Đội Thi hành án số 1")));
    ProcessInstance session = decideWithRegister(List.of(person, unit), "chairman", 163);
    LocalDate today = LocalDate.now(VIETNAM);

    assertEquals("163/QĐ-UBND", caseOf(person).getDecisionNumber());
    byte[] pdf = publicDecision("163/QĐ-UBND", today.getYear());
    writeForScreenshots("decision", pdf);
    String text = text(pdf);

    List<String> inOrder = new ArrayList<>(List.of("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TỈNH THANH HÓA", "Độc lập - Tự do - Hạnh phúc", "Số: 163/QĐ-UBND", "Thanh Hóa, " + longDate(today),
        "QUYẾT ĐỊNH", "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA"));
    for (String basis : texts.getLegalBases()) {
      inOrder.add(basis.substring(0, 40));
    }
    inOrder.addAll(List.of("Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng tỉnh " + longDate(today),
        "Theo đề nghị của Trưởng Ban Thi đua - Khen thưởng tỉnh tại Tờ trình số 01/TTr-BTĐKT " + longDate(today) + ".",
        "QUYẾT ĐỊNH:", "Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 1 tập thể và 1 cá nhân (có danh sách kèm",
        "Điều 2.", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.", "Nơi nhận:", "CHỦ TỊCH", "- Như Điều 3;",
        "Đỗ Minh Khang", "DANH SÁCH", "(Kèm theo Quyết định số 163/QĐ-UBND " + longDate(today),
        "I Tập thể", "Đội Thi hành án số 1", "II Cá nhân", "Nguyễn Thị Tâm"));
    assertInOrder(flat(text), inOrder);
    assertTrue(flat(text).contains("- Lưu: VT, TĐKT."), text);
    // names, never login ids or internal codes
    for (String internal : List.of("chairman", "vanthu", "head.ban", "TDKT-", "thads", "BANG_KHEN")) {
      assertFalse(text.contains(internal), internal + " in " + text);
    }
    // the bonus: the coefficient times the base salary of the decision's date, rounded up to 10,000 đồng
    long base = bonusSettings.getBaseSalaries().stream().filter(s -> !s.getFrom().isAfter(today))
        .max(java.util.Comparator.comparing(BonusSettings.BaseSalary::getFrom)).orElseThrow().getAmount();
    String individual = money(roundUp(new BigDecimal("1.5").multiply(BigDecimal.valueOf(base))));
    String collective = money(roundUp(new BigDecimal("3.0").multiply(BigDecimal.valueOf(base))));
    assertTrue(flat(text).contains("- Mỗi cá nhân: " + individual + " đồng (bằng 1,5 lần mức lương cơ sở);"), text);
    assertTrue(flat(text).contains("- Mỗi tập thể: " + collective + " đồng (bằng 3 lần mức lương cơ sở)."), text);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDRectangle a4 = doc.getPage(0).getMediaBox();
      assertEquals(PDRectangle.A4.getWidth(), a4.getWidth(), 1);
      assertEquals(PDRectangle.A4.getHeight(), a4.getHeight(), 1);
      assertTrue(doc.getPage(0).getResources().getFontNames().iterator().hasNext());
      String font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next())
          .getName();
      assertTrue(font.contains("LiberationSerif"), font);
    }

    // the payout list: each recipient's bonus under the unit that pays it out
    byte[] xlsx = mvc.perform(get("/decisions/" + today.getYear() + ".xlsx").with(official("officer.ban", "board-officers")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet payout = wb.getSheetAt(1);
      assertTrue(payout.getSheetName().startsWith("Chi tiền thưởng"));
      List<String> rows = new ArrayList<>();
      for (int r = 1; r <= payout.getLastRowNum(); r++) {
        var row = payout.getRow(r);
        rows.add(row.getCell(1).getStringCellValue() + " | " + (row.getCell(2) == null ? "" : row.getCell(2).getStringCellValue())
            + " | " + (long) row.getCell(6).getNumericCellValue());
      }
      long sum = Long.parseLong(individual.replace(".", "")) + Long.parseLong(collective.replace(".", ""));
      assertEquals(List.of(
          "Cục Thi hành án dân sự tỉnh | Nguyễn Thị Tâm | " + individual.replace(".", ""),
          "Cục Thi hành án dân sự tỉnh | Đội Thi hành án số 1 | " + collective.replace(".", ""),
          "Cộng Cục Thi hành án dân sự tỉnh |  | " + sum,
          "Tổng cộng |  | " + sum), rows.stream().map(r -> r.replace(" | ", " | ")).toList().stream()
          .map(r -> r.startsWith("Cộng") || r.startsWith("Tổng") ? r : r).toList());
    }
  }

  @Test
  void theSignedDecisionValidatesAndItsSignatureCoversTheWholeFile() throws Exception {
    ProcessInstance person = nominatedAndAppraised(meritNomination("Trần Văn Ký Số"));
    decideWithRegister(List.of(person), "chairman", 7);
    byte[] pdf = publicDecision("07/QĐ-UBND", LocalDate.now(VIETNAM).getYear());
    writeForScreenshots("signed", pdf);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<PDSignature> signatures = doc.getSignatureDictionaries();
      assertEquals(1, signatures.size());
      PDSignature signature = signatures.get(0);
      assertEquals("ETSI.CAdES.detached", signature.getSubFilter());
      int[] range = signature.getByteRange();
      // from the first byte to the last, but the signature's own hex string
      assertEquals(0, range[0]);
      assertEquals(pdf.length, range[2] + range[3]);
      assertEquals('<', pdf[range[1]]);
      assertEquals('>', pdf[range[2] - 1]);
      byte[] contents = signature.getContents();
      byte[] signed = signature.getSignedContent(pdf);
      // the hex string is padded with zeros after the DER-encoded CMS: read the one object it holds
      var contentInfo = org.bouncycastle.asn1.cms.ContentInfo.getInstance(
          new org.bouncycastle.asn1.ASN1InputStream(contents).readObject());
      CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), contentInfo);
      SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
      @SuppressWarnings("unchecked")
      X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID()).iterator().next();
      X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
      assertTrue(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate)), "the CMS signature verifies");
      // PAdES baseline: the signing certificate named in the signed attributes, no signing-time attribute
      assertNotNull(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2));
      assertEquals(null, signer.getSignedAttributes().get(CMSAttributes.signingTime));
      assertTrue(certificate.getSubjectX500Principal().getName().contains("Thanh Hóa"),
          certificate.getSubjectX500Principal().getName());
    }
    // and an independent reader (poppler's pdfsig) agrees, where installed (CI installs it)
    Path pdfsig = Path.of("/usr/bin/pdfsig");
    if (Files.isExecutable(pdfsig) || vn.tdkt.commendation.Prerequisite.inCi()) {
      Path file = Files.createTempFile("decision", ".pdf");
      Files.write(file, pdf);
      Process p = new ProcessBuilder(pdfsig.toString(), file.toString()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      assertTrue(out.contains("Signature Validation: Signature is Valid."), out);
      assertTrue(out.contains("Total document signed"), out);
      Files.delete(file);
    }
  }

  @Test
  void aLegalBasisChangedInTheConfigurationShowsInTheNextDecisionAndNotInOneIssued() throws Exception {
    ProcessInstance first = nominatedAndAppraised(meritNomination("Lê Văn Trước"));
    decideWithRegister(List.of(first), "chairman", 21);
    int year = LocalDate.now(VIETNAM).getYear();
    byte[] before = publicDecision("21/QĐ-UBND", year);
    List<String> configured = texts.getLegalBases();
    String added = "Căn cứ Quyết định số 45/2026/QĐ-UBND ngày 10 tháng 9 năm 2026 của Ủy ban nhân dân tỉnh Thanh Hóa "
        + "ban hành Quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh Thanh Hóa";
    try {
      // what an administrator does in application.yml (or TDKT_OFFICIAL_LEGAL_BASES_4) before the next start
      List<String> changed = new ArrayList<>(configured);
      changed.add(added);
      texts.setLegalBases(changed);
      ProcessInstance second = nominatedAndAppraised(meritNomination("Lê Văn Sau"));
      decideWithRegister(List.of(second), "chairman", 22);
      String after = flat(text(publicDecision("22/QĐ-UBND", year)));
      assertTrue(after.contains(added + ";"), after);
      assertInOrder(after, List.of(configured.get(configured.size() - 1).substring(0, 40), added, "Căn cứ Biên bản họp"));
    } finally {
      texts.setLegalBases(configured);
    }
    // the decision issued before is the file that was signed: unchanged
    assertArrayEquals(before, publicDecision("21/QĐ-UBND", year));
    assertFalse(flat(text(before)).contains("45/2026/QĐ-UBND"));
  }

  // ---------------------------------------------------------------- delegated signing, register numbers

  @Test
  void aViceChairmanSignsForTheChairmanWhenTheConfigurationSaysSoAndTheDocumentsSayIt() throws Exception {
    Map<AwardType, DecisionSettings.Signer> before = new HashMap<>(decisionSettings.getSigners());
    try {
      DecisionSettings.Signer vice = new DecisionSettings.Signer();
      vice.setTitle(OfficialTexts.SignerTitle.VICE_CHAIRMAN);
      vice.setUser("pct");
      Map<AwardType, DecisionSettings.Signer> changed = new HashMap<>(before);
      changed.put(AwardType.BANG_KHEN_CHU_TICH_TINH, vice);
      decisionSettings.setSigners(changed);

      ProcessInstance person = nominatedAndAppraised(meritNomination("Phạm Thị Ký Thay"));
      ProcessInstance session = openCouncilSession(null);
      for (String member : COUNCIL) {
        vote(session, member, Map.of(caseOf(person).getCaseNumber(), "approve"));
      }
      Task approve = tasks.createTaskQuery().processInstanceId(session.getId())
          .taskDefinitionKey(CouncilProcess.APPROVE_DECISION).singleResult();
      assertEquals("pct", approve.getAssignee());
      assertEquals(List.of("vice-chairmen"), tasks.getIdentityLinksForTask(approve.getId()).stream()
          .filter(l -> l.getGroupId() != null).map(l -> l.getGroupId()).toList());
      assertEquals(0, tasks.createTaskQuery().taskCandidateGroup("chairman").processInstanceId(session.getId()).count());
      as("pct", () -> tasks.complete(approve.getId(), Map.of(CouncilProcess.VAR_CHAIRMAN_OUTCOME, "approve")));
      recordNextNumber(session);

      String decision = flat(text(publicDecision(caseOf(person).getDecisionNumber(), LocalDate.now(VIETNAM).getYear())));
      assertInOrder(decision, List.of("Nơi nhận:", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Bình"));
      assertFalse(decision.contains("Đỗ Minh Khang"), decision);
      String certificate = flat(text(mvc.perform(get("/cases/" + caseOf(person).getCaseNumber() + "/certificate.pdf")
          .with(official("nominator.thads", "unit-thads-nominators"))).andExpect(status().isOk())
          .andReturn().getResponse().getContentAsByteArray()));
      assertInOrder(certificate, List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"));
      assertInOrder(certificate, List.of("PHÓ CHỦ TỊCH", "Trần Văn Bình"));
    } finally {
      decisionSettings.setSigners(before);
    }
  }

  @Test
  void theClerkMayNotUseANumberTheYearAlreadyHasNorADateOutsideTheSigningAndToday() throws Exception {
    ProcessInstance first = nominatedAndAppraised(meritNomination("Vũ Văn Số Một"));
    decideWithRegister(List.of(first), "chairman", 1034);
    ProcessInstance second = nominatedAndAppraised(meritNomination("Vũ Thị Số Hai"));
    ProcessInstance session = openCouncilSession(null);
    for (String member : COUNCIL) {
      vote(session, member, Map.of(caseOf(second).getCaseNumber(), "approve"));
    }
    Task approve = tasks.createTaskQuery().processInstanceId(session.getId())
        .taskDefinitionKey(CouncilProcess.APPROVE_DECISION).singleResult();
    as("chairman", () -> tasks.complete(approve.getId(), Map.of(CouncilProcess.VAR_CHAIRMAN_OUTCOME, "approve")));
    Task record = tasks.createTaskQuery().processInstanceId(session.getId())
        .taskDefinitionKey(CouncilProcess.RECORD_NUMBER).singleResult();
    assertEquals(List.of("ubnd-clerks"), tasks.getIdentityLinksForTask(record.getId()).stream()
        .filter(l -> l.getGroupId() != null).map(l -> l.getGroupId()).toList());
    String summary = (String) tasks.getVariable(record.getId(), CouncilProcess.VAR_DECISION_SUMMARY);
    assertTrue(summary.contains("Đỗ Minh Khang") && summary.contains("Tờ trình số 02/TTr-BTĐKT"), summary);
    LocalDate today = LocalDate.now(VIETNAM);

    Refusal used = refusal(() -> clerk(record, 1034, today.toString()));
    assertEquals(409, used.status());
    assertEquals(CouncilProcess.VAR_REGISTER_NUMBER, used.field());
    assertTrue(used.getMessage().contains("1034/QĐ-UBND đã được dùng"), used.getMessage());
    assertEquals(400, refusal(() -> clerk(record, 0, today.toString())).status());
    assertEquals(400, refusal(() -> clerk(record, 1035, today.plusDays(1).toString())).status());
    assertEquals(400, refusal(() -> clerk(record, 1035, today.minusDays(1).toString())).status());
    assertEquals(400, refusal(() -> clerk(record, 1035, "")).status());
    assertEquals(1, tasks.createTaskQuery().taskId(record.getId()).count());
    assertEquals(null, caseOf(second).getDecisionNumber());

    clerk(record, 1035, today.toString());
    assertEquals("1035/QĐ-UBND", caseOf(second).getDecisionNumber());
    assertEquals(today, caseOf(second).getDecisionDate());
    assertEquals("vanthu", jdbc.queryForObject("select numbered_by from award_decision where decision_number = ?",
        String.class, "1035/QĐ-UBND"));
  }

  @Test
  void internalNumberingIssuesAtOnceWithTheSystemsCountAndNoClerk() throws Exception {
    DecisionSettings.Numbering before = decisionSettings.getNumbering();
    try {
      decisionSettings.setNumbering(DecisionSettings.Numbering.INTERNAL);
      ProcessInstance person = nominatedAndAppraised(meritNomination("Đinh Văn Tự Đánh Số"));
      ProcessInstance session = openCouncilSession(null);
      for (String member : COUNCIL) {
        vote(session, member, Map.of(caseOf(person).getCaseNumber(), "approve"));
      }
      Task approve = tasks.createTaskQuery().processInstanceId(session.getId())
          .taskDefinitionKey(CouncilProcess.APPROVE_DECISION).singleResult();
      as("chairman", () -> tasks.complete(approve.getId(), Map.of(CouncilProcess.VAR_CHAIRMAN_OUTCOME, "approve")));
      assertEquals(0, tasks.createTaskQuery().processInstanceId(session.getId()).count());
      assertEquals("01/QĐ-UBND", caseOf(person).getDecisionNumber());
      org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(session).isEnded()
          .hasPassed(CouncilProcess.ISSUE_DECISION).hasNotPassed(CouncilProcess.RECORD_NUMBER);
      assertTrue(text(publicDecision("01/QĐ-UBND", LocalDate.now(VIETNAM).getYear())).contains("Số: 01/QĐ-UBND"));
    } finally {
      decisionSettings.setNumbering(before);
    }
  }

  // ---------------------------------------------------------------- minutes, submission, certificate

  @Test
  void theMinutesNameTheMembersAndWhoTookPartTheQuorumAndEachCountAgainstItsThreshold() throws Exception {
    ProcessInstance fighter = nominatedAndAppraised(fighterNomination("Hà Văn Chiến Sĩ"));
    ProcessInstance merit = nominatedAndAppraised(meritNomination("Hà Thị Bằng Khen"));
    ProcessInstance session = openCouncilSession(null);
    String sessionNumber = session.getBusinessKey();
    for (int i = 1; i <= 6; i++) {
      vote(session, "council." + i, Map.of(caseOf(fighter).getCaseNumber(), i <= 5 ? "approve" : "reject",
          caseOf(merit).getCaseNumber(), "approve"));
    }
    fireTimer(session, CouncilProcess.VOTING_DEADLINE);

    byte[] minutes = mvc.perform(get("/council/sessions/" + sessionNumber + "/minutes.pdf")
        .with(official("council.3", "council-members"))).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsByteArray();
    writeForScreenshots("council-minutes", minutes);
    String text = flat(text(minutes));
    LocalDate today = LocalDate.now(VIETNAM);
    assertInOrder(text, List.of("UBND TỈNH THANH HÓA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HỘI ĐỒNG THI ĐUA -",
        "Độc lập - Tự do - Hạnh phúc", "KHEN THƯỞNG", "Số: 01/BB-HĐTĐKT", "Thanh Hóa, " + longDate(today), "BIÊN BẢN",
        "Chủ trì: Đỗ Minh Khang. Thư ký: Vũ Đức Thắng.",
        "1 Lê Văn Hải Có", "2 Phạm Thị Hằng Có", "6 Đặng Thị Yến Có", "7 Bùi Quang Toàn Không",
        "Tổng số thành viên Hội đồng: 7. Số thành viên tham gia biểu quyết: 6 (86%), yêu cầu tối thiểu 2/3",
        "Hà Văn Chiến Sĩ", "5 1 71% ≥ 90% Không", "Hà Thị Bằng Khen", "6 0 86% > 50% Đạt", "THƯ KÝ CHỦ TRÌ",
        "Vũ Đức Thắng Đỗ Minh Khang"));
    for (String id : List.of("council.1", "council.7", "chairman", "head.ban")) {
      assertFalse(text.contains(id), id);
    }
    assertSigned(minutes);

    // the Board's submission and the draft the signer reads: the passed case, the Council's count, no number yet
    String proposal = flat(text(mvc.perform(get("/council/sessions/" + sessionNumber + "/proposals/BANG_KHEN_CHU_TICH_TINH.pdf")
        .with(official("chairman", "chairman"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()));
    assertInOrder(proposal, List.of("SỞ NỘI VỤ THANH HÓA", "BAN THI ĐUA -", "KHEN THƯỞNG", "Số: 01/TTr-BTĐKT", "TỜ TRÌNH",
        "Về việc đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
        "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa.", "(Biên bản số 01/BB-HĐTĐKT)", "1 cá nhân có tên sau:",
        "Hà Thị Bằng Khen", "6/7", "Nơi nhận:", "TRƯỞNG BAN", "Vũ Đức Thắng"));
    assertFalse(proposal.contains("Hà Văn Chiến Sĩ"), proposal);
    String draft = flat(text(mvc.perform(get("/council/sessions/" + sessionNumber + "/drafts/BANG_KHEN_CHU_TICH_TINH.pdf")
        .with(official("vanthu", "ubnd-clerks"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()));
    assertInOrder(draft, List.of("DỰ THẢO", "Số: /QĐ-UBND", "QUYẾT ĐỊNH", "Hà Thị Bằng Khen"));
    // a unit's nominator is not among those who prepare, sign or issue decisions
    mvc.perform(get("/council/sessions/" + sessionNumber + "/minutes.pdf").with(official("nominator.thads", "unit-thads-nominators")))
        .andExpect(status().isForbidden());
  }

  @Test
  void theCertificateIsLandscapeWithTheAwardTheNameTheDecisionAndTheSignerButNoInternalNumber() throws Exception {
    ProcessInstance person = nominatedAndAppraised(meritNomination("Nguyễn Thị Mai"));
    decideWithRegister(List.of(person), "chairman", 5);
    String caseNumber = caseOf(person).getCaseNumber();
    byte[] pdf = mvc.perform(get("/cases/" + caseNumber + "/certificate.pdf").with(official("head.thads", "unit-thads-heads")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    writeForScreenshots("certificate", pdf);
    String text = flat(text(pdf));
    LocalDate today = LocalDate.now(VIETNAM);
    assertInOrder(text, List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA", "TẶNG", "BẰNG KHEN", "Nguyễn Thị Mai",
        "Chấp hành viên, Cục Thi hành án dân sự tỉnh", "Đã có thành tích xuất sắc trong phong trào thi đua năm " + YEAR,
        "Thanh Hóa, " + longDate(today), "CHỦ TỊCH", "Đỗ Minh Khang"));
    assertTrue(text.contains("Quyết định số 05/QĐ-UBND " + longDate(today)), text);
    assertFalse(text.contains(caseNumber), text);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals(1, doc.getNumberOfPages());
      assertTrue(doc.getPage(0).getMediaBox().getWidth() > doc.getPage(0).getMediaBox().getHeight(), "landscape");
    }
  }

  // ---------------------------------------------------------------- hostile names

  static final String MARKUP = "<script>alert('x')</script> & \"Lê\" <b>Văn</b> ]]> <!--";
  static final String LONG = "Nguyễn" + "Xx".repeat(97);
  /** "Nguyễn Thị" typed with combining marks, a run of stacked marks, a zero-width space and control characters. */
  static final String COMBINING = "Nguye\u0302\u0303n Thi\u0323 Za\u0301\u0300\u0303\u0309\u0323\u0306\u0302\u0301lgo\u200b\u0007\u001b end";

  @Test
  void namesWithMarkupGreatLengthOrCombiningMarksLeaveEveryDocumentAValidPdf() throws Exception {
    List<ProcessInstance> appraised = new ArrayList<>();
    for (String name : List.of(MARKUP, LONG, COMBINING)) {
      Map<String, Object> nomination = meritNomination(name);
      nomination.put(NominationProcess.VAR_NOMINEE_POSITION, name.equals(LONG) ? LONG : "Chức vụ " + name);
      appraised.add(nominatedAndAppraised(nomination));
    }
    ProcessInstance session = openCouncilSession(null);
    String sessionNumber = session.getBusinessKey();
    Map<String, String> votes = new HashMap<>();
    appraised.forEach(pi -> votes.put(caseOf(pi).getCaseNumber(), "approve"));
    for (String member : COUNCIL) {
      vote(session, member, votes);
    }
    List<byte[]> documents = new ArrayList<>();
    documents.add(get200("/council/sessions/" + sessionNumber + "/minutes.pdf", "officer.ban", "board-officers"));
    documents.add(get200("/council/sessions/" + sessionNumber + "/proposals/BANG_KHEN_CHU_TICH_TINH.pdf", "chairman", "chairman"));
    documents.add(get200("/council/sessions/" + sessionNumber + "/drafts/BANG_KHEN_CHU_TICH_TINH.pdf", "vanthu", "ubnd-clerks"));
    Task approve = tasks.createTaskQuery().processInstanceId(session.getId())
        .taskDefinitionKey(CouncilProcess.APPROVE_DECISION).singleResult();
    as("chairman", () -> tasks.complete(approve.getId(), Map.of(CouncilProcess.VAR_CHAIRMAN_OUTCOME, "approve")));
    recordNextNumber(session);
    documents.add(publicDecision(caseOf(appraised.get(0)).getDecisionNumber(), LocalDate.now(VIETNAM).getYear()));
    List<byte[]> certificates = new ArrayList<>();
    for (ProcessInstance pi : appraised) {
      certificates.add(get200("/cases/" + caseOf(pi).getCaseNumber() + "/certificate.pdf", "officer.ban", "board-officers"));
    }
    List<String> expected = List.of("<script>alert('x')</script>&\"Lê\"<b>Văn</b>", LONG.substring(0, 60), "NguyễnThị");
    for (byte[] pdf : documents) {
      // in the order the page was written, without spaces: a name wrapped in a table cell reads as one
      String text = streamText(pdf).replaceAll("\\s+", "");
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        assertTrue(doc.getNumberOfPages() >= 1 && doc.getNumberOfPages() <= 6, doc.getNumberOfPages() + " pages");
      }
      // markup is printed as the text it is, composed letters print composed, control characters do not print
      for (String name : expected) {
        assertTrue(text.contains(name), name + " in " + text);
      }
      assertFalse(text.contains("\u0007") || text.contains("\u001b"), text);
    }
    for (int i = 0; i < certificates.size(); i++) {
      String text = streamText(certificates.get(i)).replaceAll("\\s+", "");
      try (PDDocument doc = Loader.loadPDF(certificates.get(i))) {
        assertEquals(1, doc.getNumberOfPages(), "a certificate is one page, whatever the name");
      }
      assertTrue(text.contains(expected.get(i)), expected.get(i) + " in " + text);
    }
  }

  byte[] get200(String path, String user, String group) throws Exception {
    return mvc.perform(get(path).with(official(user, group))).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsByteArray();
  }

  // ---------------------------------------------------------------- helpers

  /** A session where every member approves; the signer approves and the clerk records the given number today. */
  ProcessInstance decideWithRegister(List<ProcessInstance> appraised, String signer, int number) {
    ProcessInstance session = openCouncilSession(null);
    Map<String, String> votes = new HashMap<>();
    for (ProcessInstance pi : appraised) {
      votes.put(caseOf(pi).getCaseNumber(), "approve");
    }
    for (String member : COUNCIL) {
      vote(session, member, votes);
    }
    Task approve = tasks.createTaskQuery().processInstanceId(session.getId())
        .taskDefinitionKey(CouncilProcess.APPROVE_DECISION).singleResult();
    as(signer, () -> tasks.complete(approve.getId(), Map.of(CouncilProcess.VAR_CHAIRMAN_OUTCOME, "approve")));
    Task record = tasks.createTaskQuery().processInstanceId(session.getId())
        .taskDefinitionKey(CouncilProcess.RECORD_NUMBER).singleResult();
    clerk(record, number, LocalDate.now(VIETNAM).toString());
    return session;
  }

  void clerk(Task record, int number, String date) {
    Map<String, Object> v = new HashMap<>();
    v.put(CouncilProcess.VAR_REGISTER_NUMBER, number);
    v.put(CouncilProcess.VAR_REGISTER_DATE, date);
    as("vanthu", () -> tasks.complete(record.getId(), v));
  }

  static Map<String, Object> collective(Map<String, Object> nomination) {
    nomination.put(NominationProcess.VAR_NOMINEE_KIND, "COLLECTIVE");
    nomination.remove(NominationProcess.VAR_NOMINEE_POSITION);
    return nomination;
  }

  /** The decision as the public gets it from /announcements: no login. */
  byte[] publicDecision(String number, int year) throws Exception {
    return mvc.perform(get("/decisions/decision.pdf").param("number", number).param("year", String.valueOf(year)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
  }

  static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor
      official(String id, String group) {
    return user(id).authorities(AuthorityUtils.createAuthorityList("GROUP_" + group));
  }

  static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(doc);
    }
  }

  static String streamText(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** The text with its line breaks and runs of spaces as single spaces, so a wrapped sentence reads as one. */
  static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }

  static void assertInOrder(String text, List<String> expected) {
    int from = 0;
    for (String e : expected) {
      int at = text.indexOf(e, from);
      assertTrue(at >= 0, "\"" + e + "\" not found after position " + from + " in: " + text);
      from = at + e.length();
    }
  }

  static void assertSigned(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDSignature signature = doc.getLastSignatureDictionary();
      assertNotNull(signature, "signed");
      assertEquals(pdf.length, signature.getByteRange()[2] + signature.getByteRange()[3]);
    }
  }

  static String longDate(LocalDate d) {
    return "ngày " + (d.getDayOfMonth() < 10 ? "0" : "") + d.getDayOfMonth() + " tháng "
        + (d.getMonthValue() < 3 ? "0" : "") + d.getMonthValue() + " năm " + d.getYear();
  }

  static long roundUp(BigDecimal amount) {
    return amount.divide(BigDecimal.valueOf(10_000), 0, RoundingMode.CEILING).longValueExact() * 10_000;
  }

  static String money(long amount) {
    return String.format(java.util.Locale.GERMANY, "%,d", amount);
  }

  /** Kept under target/ for DocumentScreenshotsTest (and a person's look). */
  static void writeForScreenshots(String name, byte[] pdf) throws Exception {
    Path dir = Path.of("target", "official-documents");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".pdf"), pdf);
  }

  static Refusal refusal(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      Refusal refusal = Refusal.findIn(e);
      if (refusal == null) {
        throw new AssertionError("Expected a refusal, got " + e, e);
      }
      return refusal;
    }
    throw new AssertionError("Expected a refusal, but the call went through");
  }
}
