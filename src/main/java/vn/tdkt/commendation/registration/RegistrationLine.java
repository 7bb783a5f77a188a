package vn.tdkt.commendation.registration;

import java.time.LocalDate;

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

import vn.tdkt.commendation.casefile.NomineeKind;
import vn.tdkt.commendation.registry.Names;
import vn.tdkt.commendation.registry.Title;

/** One aim of a registration: a collective or a person (name, date of birth, position) and the title aimed at. */
@Entity
@Table(name = "registration_line")
public class RegistrationLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "registration_id")
  private Registration registration;

  private int ordinal;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 16)
  private NomineeKind kind;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, length = 200)
  private String nameKey;

  private LocalDate dateOfBirth;

  @Column(length = 200)
  private String position;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 40)
  private Title title;

  protected RegistrationLine() {
  }

  RegistrationLine(NomineeKind kind, String name, LocalDate dateOfBirth, String position, Title title) {
    this.kind = kind;
    this.name = Names.clean(name);
    this.nameKey = Names.key(name);
    this.dateOfBirth = dateOfBirth;
    this.position = position == null || position.isBlank() ? null : position.strip();
    this.title = title;
  }

  void attach(Registration registration, int ordinal) {
    this.registration = registration;
    this.ordinal = ordinal;
  }

  public Long getId() {
    return id;
  }

  public int getOrdinal() {
    return ordinal;
  }

  public NomineeKind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  public String getNameKey() {
    return nameKey;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public String getPosition() {
    return position;
  }

  public Title getTitle() {
    return title;
  }
}
