package vn.tdkt.commendation.registry;

import java.time.Instant;
import java.time.LocalDate;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.tdkt.commendation.casefile.NomineeKind;

/**
 * A person or a collective of the registry: name, date of birth, unit and position are what tells namesakes
 * apart. A collective (a unit, a division of one) has no date of birth.
 */
@Entity
@Table(name = "registry_awardee")
public class Awardee {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 16)
  private NomineeKind kind;

  @Column(nullable = false, length = 200)
  private String fullName;

  @Column(nullable = false, length = 200)
  private String nameKey;

  private LocalDate dateOfBirth;

  @Column(nullable = false, length = 32)
  private String unitCode;

  @Column(length = 200)
  private String position;

  @Column(nullable = false, length = 64)
  private String createdBy;

  @Column(nullable = false)
  private Instant createdAt;

  protected Awardee() {
  }

  Awardee(NomineeKind kind, String fullName, LocalDate dateOfBirth, String unitCode, String position,
      String createdBy, Instant now) {
    this.kind = kind;
    this.fullName = Names.clean(fullName);
    this.nameKey = Names.key(fullName);
    this.dateOfBirth = dateOfBirth;
    this.unitCode = unitCode;
    this.position = position;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  /** A later record gives what an earlier one lacked (the system's records carry no date of birth). */
  void complete(LocalDate dateOfBirth, String position) {
    if (this.dateOfBirth == null && dateOfBirth != null) {
      this.dateOfBirth = dateOfBirth;
    }
    if (position != null && !position.isBlank()) {
      this.position = position;
    }
  }

  public Long getId() {
    return id;
  }

  public NomineeKind getKind() {
    return kind;
  }

  public String getFullName() {
    return fullName;
  }

  public String getNameKey() {
    return nameKey;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public String getPosition() {
    return position;
  }
}
