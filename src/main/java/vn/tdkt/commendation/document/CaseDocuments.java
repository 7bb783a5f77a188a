package vn.tdkt.commendation.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.tika.Tika;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.commendation.casefile.CaseReader;
import vn.tdkt.commendation.casefile.CaseScope;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.engine.SystemAction;
import vn.tdkt.commendation.problem.Refusal;

/**
 * Attachments of a case. Only people who may read the case may add or fetch them; a file is accepted when
 * its content is a PDF, DOCX, JPEG or PNG and its name says the same, and it is no larger than
 * tdkt.documents.max-size. Each attachment is also linked to the case's process instance as a Camunda
 * attachment (a URL to our download), so Tasklist and the REST API see it beside the case.
 */
@Service
@Transactional
@EnableConfigurationProperties(DocumentSettings.class)
public class CaseDocuments {

  /** Allowed types, by the extension the name must carry. */
  static final Map<String, String> TYPES = Map.of(
      "pdf", "application/pdf",
      "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "jpg", "image/jpeg",
      "jpeg", "image/jpeg",
      "png", "image/png");

  private static final Tika TIKA = new Tika();

  private final CaseDocumentRepository documents;
  private final CaseReader reader;
  private final DocumentSettings settings;
  private final TaskService taskService;
  private final org.camunda.bpm.engine.RuntimeService runtimeService;
  private final SystemAction system;
  private final Clock clock;

  CaseDocuments(CaseDocumentRepository documents, CaseReader reader, DocumentSettings settings,
      TaskService taskService, org.camunda.bpm.engine.RuntimeService runtimeService, SystemAction system, Clock clock) {
    this.runtimeService = runtimeService;
    this.documents = documents;
    this.reader = reader;
    this.settings = settings;
    this.taskService = taskService;
    this.system = system;
    this.clock = clock;
  }

  public CaseDocument upload(String caseNumber, CaseScope scope, String userId, String originalName, byte[] content) {
    CommendationCase c = reader.readable(caseNumber, scope);
    String name = cleanName(originalName);
    if (content == null || content.length == 0) {
      throw Refusal.invalid("file", "Chưa chọn tệp hoặc tệp rỗng.");
    }
    if (content.length > settings.maxSize().toBytes()) {
      throw Refusal.invalid("file", "Tệp \"" + name + "\" lớn hơn mức cho phép "
          + settings.maxSize().toMegabytes() + " MB.");
    }
    String expected = TYPES.get(extension(name));
    if (expected == null) {
      throw Refusal.invalid("file", "Chỉ nhận tệp PDF, DOCX, JPG hoặc PNG.");
    }
    String detected = detect(content, name);
    if (!expected.equals(detected)) {
      throw Refusal.invalid("file", "Nội dung tệp \"" + name + "\" không đúng định dạng "
          + extension(name).toUpperCase(Locale.ROOT) + " (tệp có thể bị đổi tên hoặc hỏng).");
    }
    CaseDocument saved = documents.save(new CaseDocument(c.getCaseNumber(), name, detected, content, userId,
        clock.instant()));
    linkInCamunda(c, saved);
    return saved;
  }

  @Transactional(readOnly = true)
  public List<CaseDocument> list(String caseNumber, CaseScope scope) {
    reader.readable(caseNumber, scope);
    return documents.findByCaseNumberOrderById(caseNumber);
  }

  @Transactional(readOnly = true)
  public CaseDocument download(String caseNumber, long id, CaseScope scope) {
    reader.readable(caseNumber, scope);
    CaseDocument d = documents.findById(id).filter(x -> x.getCaseNumber().equals(caseNumber))
        .orElseThrow(() -> Refusal.notFound("Không tìm thấy tài liệu này trong hồ sơ " + caseNumber + "."));
    d.getContent();
    return d;
  }

  private void linkInCamunda(CommendationCase c, CaseDocument d) {
    // a Camunda attachment needs a running instance: a closed case (awarded, revoked) keeps the file in its record only
    if (c.getProcessInstanceId() == null || system.call(() -> runtimeService.createProcessInstanceQuery()
        .processInstanceId(c.getProcessInstanceId()).count()) == 0) {
      return;
    }
    system.run(() -> taskService.createAttachment(d.getContentType(), null, c.getProcessInstanceId(), d.getFileName(),
        "Tài liệu của hồ sơ " + c.getCaseNumber(), "/cases/" + c.getCaseNumber() + "/documents/" + d.getId()));
  }

  static String detect(byte[] content, String name) {
    try {
      // Tika core reads magic bytes and, for zip containers, the name: a DOCX is a zip whose name says .docx,
      // so check the zip signature and the Word part ourselves rather than trusting the name alone
      String type = TIKA.detect(new ByteArrayInputStream(content), name);
      if ("application/vnd.openxmlformats-officedocument.wordprocessingml.document".equals(type)
          || "application/zip".equals(type) || "application/x-tika-ooxml".equals(type)) {
        return isDocx(content) ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            : "application/zip";
      }
      return type;
    } catch (IOException e) {
      return "application/octet-stream";
    }
  }

  private static boolean isDocx(byte[] content) {
    if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
      return false;
    }
    try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(content))) {
      for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("word/document.xml")) {
          return true;
        }
      }
    } catch (IOException e) {
      return false;
    }
    return false;
  }

  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  static String cleanName(String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (base.isEmpty()) {
      throw Refusal.invalid("file", "Tệp cần có tên.");
    }
    return base.length() > 200 ? base.substring(base.length() - 200) : base;
  }
}
