package vn.tdkt.commendation.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tdkt.commendation.Prerequisite;
import vn.tdkt.commendation.WorkflowTest;
import vn.tdkt.commendation.official.IssuedDocument;
import vn.tdkt.commendation.official.IssuedDocuments;

/**
 * The decision, its certificate, the Council's minutes and the Board's submission as a person sees them: rendered
 * to PNG by poppler's pdftoppm (Debian poppler-utils; .ci/run installs it), each page A4 in its orientation and
 * not blank. With -Ddocs.update=true the first page of each goes to docs/screenshots/ (docs/pages.md shows them).
 */
class DocumentScreenshotsTest extends WorkflowTest {

  static final Path PDFTOPPM = Path.of("/usr/bin/pdftoppm");

  @Autowired IssuedDocuments issued;
  @Autowired DecisionDocuments documents;
  @Autowired DecisionSigning signing;
  @Autowired CouncilService council;

  @Test
  void theDocumentsRenderAsA4PagesAnOfficialCanRead() throws Exception {
    // CI must run this test: there a missing pdftoppm is a failure, elsewhere a reason to skip
    Prerequisite.require(Files.isExecutable(PDFTOPPM), "pdftoppm (apt-get install poppler-utils)");
    ProcessInstance person = nominatedAndAppraised(meritNomination("Nguyễn Thị Mai"));
    Map<String, Object> unit = meritNomination("Đội Thi hành án số 1");
    unit.put(vn.tdkt.commendation.nomination.NominationProcess.VAR_NOMINEE_KIND, "COLLECTIVE");
    unit.remove(vn.tdkt.commendation.nomination.NominationProcess.VAR_NOMINEE_POSITION);
    ProcessInstance collective = nominatedAndAppraised(unit);
    ProcessInstance session = openCouncilSession(null);
    Map<String, String> votes = new HashMap<>();
    for (ProcessInstance pi : List.of(person, collective)) {
      votes.put(caseOf(pi).getCaseNumber(), "approve");
    }
    for (String member : COUNCIL.subList(0, 6)) {
      vote(session, member, votes);
    }
    fireTimer(session, CouncilProcess.VOTING_DEADLINE);
    Long sessionId = council.sessionIdOf(session.getId());
    DecisionDraft draft = signing.draft(sessionId, vn.tdkt.commendation.casefile.AwardType.BANG_KHEN_CHU_TICH_TINH)
        .orElseThrow();
    byte[] proposal = documents.proposalPdf(draft, signing.listOf(draft));
    Task approve = tasks.createTaskQuery().processInstanceId(session.getId())
        .taskDefinitionKey(CouncilProcess.APPROVE_DECISION).singleResult();
    as("chairman", () -> tasks.complete(approve.getId(), Map.of(CouncilProcess.VAR_CHAIRMAN_OUTCOME, "approve")));
    recordNextNumber(session);
    LocalDate today = LocalDate.now(OfficialDocumentsTest.VIETNAM);
    String number = caseOf(person).getDecisionNumber();
    byte[] decision = issued.find(IssuedDocument.Kind.DECISION, today.getYear(), number).orElseThrow().getContent();
    byte[] minutes = issued.find(IssuedDocument.Kind.COUNCIL_MINUTES, today.getYear(), session.getBusinessKey())
        .orElseThrow().getContent();
    byte[] certificate = documents.certificatePdf(caseOf(person),
        jdbcDecision(number, today.getYear()));

    boolean update = Boolean.getBoolean("docs.update");
    Path out = update ? Path.of("docs", "screenshots") : Path.of("target", "screenshots");
    Files.createDirectories(out);
    List<String> written = new ArrayList<>();
    written.addAll(render(decision, out, "decision", false, update));
    written.addAll(render(certificate, out, "certificate", true, update));
    written.addAll(render(minutes, out, "council-minutes", false, update));
    written.addAll(render(proposal, out, "board-submission", false, update));
    assertTrue(written.size() >= 5, written.toString());
  }

  private Decision jdbcDecision(String number, int year) {
    return decisions.find(number, year).orElseThrow();
  }

  @Autowired Decisions decisions;

  /** Every page to PNG at 80 dpi; checks each page's shape and ink; keeps every page (docs: the first ones). */
  private static List<String> render(byte[] pdf, Path out, String name, boolean landscape, boolean onlyFirstTwo)
      throws Exception {
    Path dir = Files.createTempDirectory("pages");
    Path file = dir.resolve(name + ".pdf");
    Files.write(file, pdf);
    Process p = new ProcessBuilder(PDFTOPPM.toString(), "-r", "80", "-png", file.toString(), dir.resolve(name).toString())
        .redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "pdftoppm did not finish");
    assertEquals(0, p.exitValue(), log);
    List<String> written = new ArrayList<>();
    try (var pages = Files.list(dir)) {
      List<Path> pngs = pages.filter(f -> f.toString().endsWith(".png")).sorted().toList();
      assertTrue(!pngs.isEmpty(), "no page rendered for " + name);
      int n = 0;
      for (Path png : pngs) {
        n++;
        BufferedImage image = ImageIO.read(png.toFile());
        double ratio = (double) image.getWidth() / image.getHeight();
        assertEquals(landscape ? 297.0 / 210 : 210.0 / 297, ratio, 0.01, name + " page " + n + " is not A4 "
            + (landscape ? "landscape" : "portrait"));
        assertTrue(darkShare(image) > 0.002, name + " page " + n + " is blank");
        if (!onlyFirstTwo || n <= 3) {
          Path target = out.resolve(pngs.size() == 1 ? name + ".png" : name + "-" + n + ".png");
          Files.copy(png, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          written.add(target.toString());
        }
      }
    }
    return written;
  }

  private static double darkShare(BufferedImage image) {
    long dark = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y);
        int grey = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
        if (grey < 128) {
          dark++;
        }
      }
    }
    return dark / (double) ((image.getWidth() / 2) * (image.getHeight() / 2));
  }
}
