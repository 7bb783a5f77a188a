package vn.tdkt.commendation.covenant;

import java.time.Instant;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A member unit's head's answer in one signing round: signed, or an objection with its reason. */
@Entity
@Table(name = "covenant_signature")
public class CovenantSignature {

  public enum Outcome { SIGNED, OBJECTED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "covenant_id")
  private Covenant covenant;

  private int signingRound;

  @Column(nullable = false, length = 32)
  private String unitCode;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 10)
  private Outcome outcome;

  @Column(length = 2000)
  private String comment;

  @Column(nullable = false, length = 64)
  private String signedBy;

  @Column(nullable = false)
  private Instant signedAt;

  protected CovenantSignature() {
  }

  CovenantSignature(int round, String unitCode, Outcome outcome, String comment, String signedBy, Instant at) {
    this.signingRound = round;
    this.unitCode = unitCode;
    this.outcome = outcome;
    this.comment = comment;
    this.signedBy = signedBy;
    this.signedAt = at;
  }

  void attach(Covenant covenant) {
    this.covenant = covenant;
  }

  public int getSigningRound() {
    return signingRound;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getComment() {
    return comment;
  }

  public String getSignedBy() {
    return signedBy;
  }

  public Instant getSignedAt() {
    return signedAt;
  }
}
