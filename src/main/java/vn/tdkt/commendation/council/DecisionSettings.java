package vn.tdkt.commendation.council;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.official.OfficialTexts.SignerTitle;
import vn.tdkt.commendation.organisation.Roles;

/**
 * tdkt.decision.*: how decisions are numbered and who signs them. {@code numbering: register} (the default): after
 * the signer approves, the UBND office's clerk records the number and date from the Committee's general register;
 * {@code internal}: the system counts its own numbers per year (the behaviour before the register step). The
 * signer per award type: the Chairman ({@code CHAIRMAN}, a task for the group "chairman"), or a Vice-Chairman
 * signing for the Chairman ({@code VICE_CHAIRMAN} with the person's user id: the task goes to that person).
 * Bean "decisionSettings": the model's signing task reads its candidates here.
 */
@Component("decisionSettings")
@ConfigurationProperties(prefix = "tdkt.decision")
public class DecisionSettings {

  public enum Numbering {
    REGISTER, INTERNAL
  }

  /** Who signs one award type's decisions. */
  public static class Signer {
    private SignerTitle title = SignerTitle.CHAIRMAN;
    /** The Vice-Chairman's user id when the title is VICE_CHAIRMAN. */
    private String user;

    public SignerTitle getTitle() { return title; }
    public void setTitle(SignerTitle title) { this.title = title; }
    public String getUser() { return user; }
    public void setUser(String user) { this.user = user == null || user.isBlank() ? null : user.strip(); }
  }

  private Numbering numbering = Numbering.REGISTER;
  /** The symbol after the number: "QĐ-UBND". */
  private String symbol = "QĐ-UBND";
  private Map<AwardType, Signer> signers = new EnumMap<>(AwardType.class);

  public Signer signerOf(AwardType award) {
    Signer s = signers.get(award);
    if (s == null) {
      return new Signer();
    }
    if (s.getTitle() == SignerTitle.VICE_CHAIRMAN && s.getUser() == null) {
      throw new IllegalStateException("tdkt.decision.signers." + award + ".user: which Vice-Chairman signs?");
    }
    return s;
  }

  /** The signing task's candidate group (the model's expression). */
  public String candidateGroup(String awardType) {
    return signerOf(AwardType.valueOf(awardType)).getTitle() == SignerTitle.VICE_CHAIRMAN
        ? Roles.VICE_CHAIRMEN : Roles.CHAIRMAN;
  }

  /** The signing task's assignee: the Vice-Chairman who signs this award type, or none (the Chairman's group). */
  public String assignee(String awardType) {
    Signer s = signerOf(AwardType.valueOf(awardType));
    return s.getTitle() == SignerTitle.VICE_CHAIRMAN ? s.getUser() : null;
  }

  public boolean register() {
    return numbering == Numbering.REGISTER;
  }

  public Numbering getNumbering() { return numbering; }
  public void setNumbering(Numbering numbering) { this.numbering = numbering; }
  public String getSymbol() { return symbol; }
  public void setSymbol(String symbol) { this.symbol = symbol; }
  public Map<AwardType, Signer> getSigners() { return signers; }
  public void setSigners(Map<AwardType, Signer> signers) {
    this.signers = new EnumMap<>(AwardType.class);
    this.signers.putAll(signers);
  }
}
