package vn.tdkt.commendation.official;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.tdkt.commendation.casefile.AwardType;

/**
 * tdkt.official.*: every word of an official document that law, organisation or practice may change — the
 * issuing bodies, the place, the "Căn cứ" lines, the proposal line, who executes a decision, its recipients, the
 * names and summaries of each award, the Board's submission, the Council's minutes and the central submission.
 * Read at every rendering, so a changed configuration changes the next document without a build. The sources of
 * these texts are in docs/legal-basis.md. Getters and setters rather than a record: Spring binds the lists and
 * maps, and the tests change one value and put it back.
 */
@ConfigurationProperties("tdkt.official")
public class OfficialTexts implements org.springframework.beans.factory.InitializingBean {

  /** The place written before the date: "Thanh Hóa, ngày …". */
  private String place = "";
  /** The issuing body of the Chairman's decisions, one line per line, upper case (Decree 30, box 2). */
  private List<String> issuingBody = new ArrayList<>();
  /** The authority line above the legal bases: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …". */
  private String authority = "";
  /** Who issues, in a sentence: "Chủ tịch Ủy ban nhân dân tỉnh" (the list's "Kèm theo Quyết định … của …"). */
  private String issuer = "";
  /** The "Căn cứ" lines of every decision, without the closing ";" (the template adds it). */
  private List<String> legalBases = new ArrayList<>();
  /** The line on the Council's minutes, {date} being the session's date; empty: not printed. */
  private String minutesBasis = "";
  /** The line citing a thematic campaign's plan or launching document, {basis} as the Board entered it; empty: none. */
  private String campaignBasis = "";
  /** The closing line, {number} and {date} being the Board's submission's. */
  private String proposalBasis = "";
  /** Who executes a decision (its last article), before "chịu trách nhiệm thi hành Quyết định này". */
  private String executors = "";
  /** "Nơi nhận" of a decision, one recipient per line, without "-" and ";". */
  private List<String> recipients = new ArrayList<>();
  /** The last recipient line: "Lưu: VT, …". */
  private String archive = "";
  /** The sentence on the money of the bonus article: where it comes from and who pays it out. */
  private String bonusFunding = "";
  /** How the signer's title is written: the head, or a deputy signing for the head (Decree 30 Art. 13). */
  private Map<SignerTitle, List<String>> signerTitles = new EnumMap<>(SignerTitle.class);
  private Map<AwardType, AwardTexts> awards = new EnumMap<>(AwardType.class);
  private BodyTexts proposal = new BodyTexts();
  private BodyTexts minutes = new BodyTexts();
  private BodyTexts clusterMinutes = new BodyTexts();
  private BodyTexts centralSubmission = new BodyTexts();

  /** Who signs: the Chairman in person, or a Vice-Chairman for the Chairman ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"). */
  public enum SignerTitle {
    CHAIRMAN, VICE_CHAIRMAN
  }

  /** The words of one award on its decision and certificate. */
  public static class AwardTexts {
    /** Its name in full in the decision: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh". */
    private String name = "";
    /** The decision's summary line: "Về việc tặng …". */
    private String summary = "";
    /** Article 1's verb: "Tặng" (a form of commendation) or "Tặng danh hiệu" (a title). */
    private String verb = "Tặng";
    /** Article 1's reason, {year} being the emulation year. */
    private String reason = "";
    /** Extra "Căn cứ" lines for this award only (e.g. the decision that set up the clusters, for flags). */
    private List<String> extraBases = new ArrayList<>();
    /** The certificate's heading ("BẰNG KHEN", "GIẤY CHỨNG NHẬN") and the verb above the name ("TẶNG"). */
    private String certificateHeading = "";
    private String certificateVerb = "";
    /** The line under the name on the certificate, {year} being the emulation year. */
    private String certificateReason = "";

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getVerb() { return verb; }
    public void setVerb(String verb) { this.verb = verb; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public List<String> getExtraBases() { return extraBases; }
    public void setExtraBases(List<String> extraBases) { this.extraBases = extraBases; }
    public String getCertificateHeading() { return certificateHeading; }
    public void setCertificateHeading(String certificateHeading) { this.certificateHeading = certificateHeading; }
    public String getCertificateVerb() { return certificateVerb; }
    public void setCertificateVerb(String certificateVerb) { this.certificateVerb = certificateVerb; }
    public String getCertificateReason() { return certificateReason; }
    public void setCertificateReason(String certificateReason) { this.certificateReason = certificateReason; }
  }

  /** The frame of a document other than the decision: its bodies, symbol, addressees, signer and recipients. */
  public static class BodyTexts {
    /** The governing body above the issuing body (upright), or empty. */
    private String governingBody = "";
    /** The issuing body, one line per line (bold). */
    private List<String> issuingBody = new ArrayList<>();
    /** The symbol after the number: "TTr-BTĐKT". */
    private String symbol = "";
    /** The line under the document's type: "Về việc …", "Họp …"; {…} placeholders as each document says. */
    private String summary = "";
    /** "Kính gửi" lines. */
    private List<String> addressees = new ArrayList<>();
    /** Lines of the signer's title, e.g. ["TRƯỞNG BAN"] or ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]. */
    private List<String> signerTitle = new ArrayList<>();
    /** Opening paragraph(s); {…} placeholders as each document says. */
    private List<String> opening = new ArrayList<>();
    private List<String> recipients = new ArrayList<>();
    private String archive = "";

    public String getGoverningBody() { return governingBody; }
    public void setGoverningBody(String governingBody) { this.governingBody = governingBody; }
    public List<String> getIssuingBody() { return issuingBody; }
    public void setIssuingBody(List<String> issuingBody) { this.issuingBody = issuingBody; }
    public String getSymbol() { return symbol; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public void setSymbol(String symbol) { this.symbol = symbol; }
    public List<String> getAddressees() { return addressees; }
    public void setAddressees(List<String> addressees) { this.addressees = addressees; }
    public List<String> getSignerTitle() { return signerTitle; }
    public void setSignerTitle(List<String> signerTitle) { this.signerTitle = signerTitle; }
    public List<String> getOpening() { return opening; }
    public void setOpening(List<String> opening) { this.opening = opening; }
    public List<String> getRecipients() { return recipients; }
    public void setRecipients(List<String> recipients) { this.recipients = recipients; }
    public String getArchive() { return archive; }
    public void setArchive(String archive) { this.archive = archive; }
  }

  /** Every award and both signer titles must be written in the configuration: a gap is a start-up error. */
  @Override
  public void afterPropertiesSet() {
    for (AwardType award : AwardType.values()) {
      award(award);
    }
    for (SignerTitle title : SignerTitle.values()) {
      titleOf(title);
    }
  }

  /** The texts of an award. */
  public AwardTexts award(AwardType award) {
    AwardTexts texts = awards.get(award);
    if (texts == null) {
      throw new IllegalStateException("tdkt.official.awards." + award + " is missing from the configuration");
    }
    return texts;
  }

  public List<String> titleOf(SignerTitle title) {
    List<String> lines = signerTitles.get(title);
    if (lines == null || lines.isEmpty()) {
      throw new IllegalStateException("tdkt.official.signer-titles." + title + " is missing from the configuration");
    }
    return lines;
  }

  public String getPlace() { return place; }
  public void setPlace(String place) { this.place = place; }
  public List<String> getIssuingBody() { return issuingBody; }
  public void setIssuingBody(List<String> issuingBody) { this.issuingBody = issuingBody; }
  public String getAuthority() { return authority; }
  public String getIssuer() { return issuer; }
  public void setIssuer(String issuer) { this.issuer = issuer; }
  public void setAuthority(String authority) { this.authority = authority; }
  public List<String> getLegalBases() { return legalBases; }
  public void setLegalBases(List<String> legalBases) { this.legalBases = legalBases; }
  public String getMinutesBasis() { return minutesBasis; }
  public void setMinutesBasis(String minutesBasis) { this.minutesBasis = minutesBasis; }
  public String getCampaignBasis() { return campaignBasis; }
  public void setCampaignBasis(String campaignBasis) { this.campaignBasis = campaignBasis; }
  public String getProposalBasis() { return proposalBasis; }
  public void setProposalBasis(String proposalBasis) { this.proposalBasis = proposalBasis; }
  public String getExecutors() { return executors; }
  public void setExecutors(String executors) { this.executors = executors; }
  public List<String> getRecipients() { return recipients; }
  public void setRecipients(List<String> recipients) { this.recipients = recipients; }
  public String getArchive() { return archive; }
  public void setArchive(String archive) { this.archive = archive; }
  public String getBonusFunding() { return bonusFunding; }
  public void setBonusFunding(String bonusFunding) { this.bonusFunding = bonusFunding; }
  public Map<SignerTitle, List<String>> getSignerTitles() { return signerTitles; }
  public void setSignerTitles(Map<SignerTitle, List<String>> signerTitles) { this.signerTitles = signerTitles; }
  public Map<AwardType, AwardTexts> getAwards() { return awards; }
  public void setAwards(Map<AwardType, AwardTexts> awards) { this.awards = awards; }
  public BodyTexts getProposal() { return proposal; }
  public void setProposal(BodyTexts proposal) { this.proposal = proposal; }
  public BodyTexts getMinutes() { return minutes; }
  public void setMinutes(BodyTexts minutes) { this.minutes = minutes; }
  public BodyTexts getClusterMinutes() { return clusterMinutes; }
  public void setClusterMinutes(BodyTexts clusterMinutes) { this.clusterMinutes = clusterMinutes; }
  public BodyTexts getCentralSubmission() { return centralSubmission; }
  public void setCentralSubmission(BodyTexts centralSubmission) { this.centralSubmission = centralSubmission; }
}
