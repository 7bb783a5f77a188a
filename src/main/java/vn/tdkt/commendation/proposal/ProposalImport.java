package vn.tdkt.commendation.proposal;

import static vn.tdkt.commendation.proposal.ProposalProcess.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import vn.tdkt.commendation.problem.Refusal;

/**
 * A proposal from an Excel file (the API and the page): the file's rows, numbered as in the sheet, and the
 * tờ trình's fields start the process as the signed-in nominator; the start's first step checks everything, so a
 * refused file (every wrong row listed) leaves nothing behind.
 */
@Service
public class ProposalImport {

  /** An upload larger than this is not a nominee list. */
  static final long MAX_BYTES = 5L * 1024 * 1024;

  private final ProposalStarter starter;

  ProposalImport(ProposalStarter starter) {
    this.starter = starter;
  }

  /** The tờ trình's fields of the upload form, under the start variables' names. */
  public record Header(String kind, String unitCode, String submissionNumber, String submissionDate,
      String signerName, String campaignId, String emulationYear) {

    Map<String, Object> variables() {
      Map<String, Object> v = new HashMap<>();
      v.put(VAR_KIND, kind);
      v.put(VAR_UNIT, unitCode);
      v.put(VAR_SUBMISSION_NUMBER, submissionNumber);
      v.put(VAR_SUBMISSION_DATE, submissionDate);
      v.put(VAR_SIGNER, signerName);
      v.put(VAR_CAMPAIGN, campaignId);
      v.put(VAR_YEAR, emulationYear);
      v.values().removeIf(x -> x == null || x.toString().isBlank());
      return v;
    }
  }

  public ProposalStarter.Started importFile(MultipartFile file, Header header) {
    if (file == null || file.isEmpty()) {
      throw Refusal.invalid("file", "Thiếu tệp danh sách đề nghị (.xlsx).");
    }
    if (file.getSize() > MAX_BYTES) {
      throw Refusal.invalid("file", "Tệp danh sách lớn quá " + (MAX_BYTES / 1024 / 1024) + " MB.");
    }
    List<NomineeRows.Numbered> numbered;
    try (InputStream in = file.getInputStream()) {
      numbered = ProposalWorkbook.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Map<String, Object>> rows = new ArrayList<>(numbered.size());
    for (NomineeRows.Numbered n : numbered) {
      Map<String, Object> row = new LinkedHashMap<>(n.values());
      row.put(ProposalRegistration.ROW, n.row());
      rows.add(row);
    }
    return starter.start(header.variables(), rows);
  }
}
