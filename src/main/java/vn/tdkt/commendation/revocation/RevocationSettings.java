package vn.tdkt.commendation.revocation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * tdkt.revocation: the words of the revocation decision that are its own. The rest — issuing body, place, the
 * "Căn cứ" lines, executors, recipients, signer titles — are the decisions' (tdkt.official, official.OfficialTexts).
 */
@ConfigurationProperties("tdkt.revocation")
public class RevocationSettings {

  /** Who proposes it: the decision's closing basis "Theo đề nghị của …". */
  private String proposer = "Trưởng Ban Thi đua – Khen thưởng tỉnh";

  /** Where the recovered items and money go (Article 2). */
  private String recoveredTo = "Ban Thi đua – Khen thưởng tỉnh";

  public String getProposer() {
    return proposer;
  }

  public void setProposer(String proposer) {
    this.proposer = proposer;
  }

  public String getRecoveredTo() {
    return recoveredTo;
  }

  public void setRecoveredTo(String recoveredTo) {
    this.recoveredTo = recoveredTo;
  }
}
