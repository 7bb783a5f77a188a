package vn.tdkt.commendation.revocation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * tdkt.revocation: the texts of the revocation decision that change with the law and the province (the legal
 * bases, who executes it, who receives it). Their sources are in docs/year-cycle.md.
 */
@ConfigurationProperties("tdkt.revocation")
public class RevocationSettings {

  /** The "Căn cứ" lines before the award decision's own, each without its final ";" (Decree 30, box 6a). */
  private List<String> legalBases = new ArrayList<>(List.of(
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025",
      "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
      "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền"
          + " trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi"
          + " đua, khen thưởng"));

  /** Who proposes it ("Theo đề nghị của …"). */
  private String proposer = "Trưởng Ban Thi đua – Khen thưởng tỉnh";

  /** Who carries it out (Điều 3), besides the unit of the person concerned. */
  private String executors = "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Trưởng Ban Thi đua – Khen thưởng tỉnh";

  /** Who receives it (Nơi nhận) besides "Như Điều 3"; the last line is the archive. */
  private List<String> recipients = new ArrayList<>(List.of("Chủ tịch, các Phó Chủ tịch UBND tỉnh", "Lưu: VT, TĐKT"));

  public List<String> getLegalBases() {
    return legalBases;
  }

  public void setLegalBases(List<String> legalBases) {
    this.legalBases = legalBases;
  }

  public String getProposer() {
    return proposer;
  }

  public void setProposer(String proposer) {
    this.proposer = proposer;
  }

  public String getExecutors() {
    return executors;
  }

  public void setExecutors(String executors) {
    this.executors = executors;
  }

  public List<String> getRecipients() {
    return recipients;
  }

  public void setRecipients(List<String> recipients) {
    this.recipients = recipients;
  }
}
