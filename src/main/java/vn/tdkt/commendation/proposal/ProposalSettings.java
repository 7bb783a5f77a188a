package vn.tdkt.commendation.proposal;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.casefile.CommendationKind;
import vn.tdkt.commendation.nomination.NominationSettings;

/**
 * Rules of proposals (tdkt.proposal). The yearly and thematic appraisal limit is the nomination's
 * ({@code tdkt.nomination.appraisal-working-days}); the figures here that no verified text gives are marked [U] in
 * docs/processes.md and must be confirmed with the province.
 */
@Component("proposalSettings")
@ConfigurationProperties(prefix = "tdkt.proposal")
public class ProposalSettings {

  /** Working days the Board has for a sudden (AD_HOC) proposal from full receipt [U: no text found; 5 by default]. */
  private int adHocAppraisalWorkingDays = 5;
  /** Optional ISO-8601 duration that replaces it (the demo profile). */
  private String adHocAppraisalDeadline;
  /** Working days the reception has to accept a proposal or return it with what is missing [U: 311/QĐ-BNV, central]. */
  private int receptionWorkingDays = 5;
  /** Awards whose nominees the cluster reviews in a yearly proposal (not after a cluster round, which voted). */
  private Set<AwardType> clusterReviewAwardTypes = EnumSet.of(AwardType.CO_THI_DUA_TINH,
      AwardType.BANG_KHEN_CHU_TICH_TINH);
  /** Awards a sudden proposal may ask for (Law Art. 85, simplified procedure: no yearly title). */
  private Set<AwardType> adHocAwardTypes = EnumSet.of(AwardType.BANG_KHEN_CHU_TICH_TINH);
  /** Nominees one proposal may list. */
  private int maxNominees = 1000;
  /**
   * "Tập thể lao động xuất sắc" refused when a member was disciplined at "cảnh cáo" or above. Issue 12 reads this in
   * Law Art. 27; the restated text read (Bắc Ninh QĐ 86/2025 Art. 3(2)) does not have it [U], hence a setting.
   */
  private boolean excellentCollectiveNeedsNoWarning = true;

  /** Awards a proposal of this kind may ask for (a thematic one: those of its campaign, checked besides). */
  public Set<AwardType> awardTypesFor(CommendationKind kind) {
    return kind == CommendationKind.AD_HOC ? adHocAwardTypes : EnumSet.allOf(AwardType.class);
  }

  public int getAdHocAppraisalWorkingDays() {
    return adHocAppraisalWorkingDays;
  }

  public void setAdHocAppraisalWorkingDays(int days) {
    if (days < 1) {
      throw new IllegalArgumentException("tdkt.proposal.ad-hoc-appraisal-working-days must be at least 1: " + days);
    }
    this.adHocAppraisalWorkingDays = days;
  }

  public String getAdHocAppraisalDeadline() {
    return adHocAppraisalDeadline;
  }

  public void setAdHocAppraisalDeadline(String deadline) {
    this.adHocAppraisalDeadline = deadline == null || deadline.isBlank() ? null
        : NominationSettings.checkDuration("proposal.ad-hoc-appraisal-deadline", deadline);
  }

  public int getReceptionWorkingDays() {
    return receptionWorkingDays;
  }

  public void setReceptionWorkingDays(int days) {
    if (days < 1) {
      throw new IllegalArgumentException("tdkt.proposal.reception-working-days must be at least 1: " + days);
    }
    this.receptionWorkingDays = days;
  }

  public Set<AwardType> getClusterReviewAwardTypes() {
    return clusterReviewAwardTypes;
  }

  public void setClusterReviewAwardTypes(Set<AwardType> types) {
    this.clusterReviewAwardTypes = types.isEmpty() ? EnumSet.noneOf(AwardType.class) : EnumSet.copyOf(types);
  }

  public Set<AwardType> getAdHocAwardTypes() {
    return adHocAwardTypes;
  }

  public void setAdHocAwardTypes(Set<AwardType> types) {
    this.adHocAwardTypes = types.isEmpty() ? EnumSet.noneOf(AwardType.class) : EnumSet.copyOf(types);
  }

  public int getMaxNominees() {
    return maxNominees;
  }

  public void setMaxNominees(int maxNominees) {
    this.maxNominees = maxNominees;
  }

  public boolean isExcellentCollectiveNeedsNoWarning() {
    return excellentCollectiveNeedsNoWarning;
  }

  public void setExcellentCollectiveNeedsNoWarning(boolean value) {
    this.excellentCollectiveNeedsNoWarning = value;
  }
}
