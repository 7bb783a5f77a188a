package vn.tdkt.commendation.registration;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.casefile.NomineeKind;
import vn.tdkt.commendation.registry.Names;
import vn.tdkt.commendation.registry.Title;

/**
 * "No registration, no title": whether the nominating unit registered this nominee for this provincial title
 * in the year (a sent or accepted registration), and what tdkt.registration.provincial-titles makes of it.
 */
@Service
@Transactional(readOnly = true)
public class RegistrationCheck {

  /** The answer: nothing to say, a warning, or a refusal, with the sentence the official reads. */
  public record Verdict(boolean blocks, String note) {

    public static final Verdict NONE = new Verdict(false, "");
  }

  private final RegistrationRepository registrations;
  private final RegistrationSettings settings;

  RegistrationCheck(RegistrationRepository registrations, RegistrationSettings settings) {
    this.registrations = registrations;
    this.settings = settings;
  }

  public Verdict check(String unitCode, int year, AwardType award, NomineeKind kind, String name) {
    if (settings.getProvincialTitles() == RegistrationSettings.Rule.OFF) {
      return Verdict.NONE;
    }
    Title title = Title.of(award);
    Optional<Registration> found = registrations.findByUnitCodeAndEmulationYear(unitCode, year)
        .filter(r -> r.getStatus() == Registration.Status.SENT || r.getStatus() == Registration.Status.ACCEPTED);
    String key = Names.key(name);
    boolean registered = found.map(r -> r.getLines().stream().anyMatch(l -> l.getTitle() == title
        && l.getKind() == kind && l.getNameKey().equals(key))).orElse(false);
    if (registered) {
      return Verdict.NONE;
    }
    String why = found.isEmpty()
        ? "Đơn vị chưa gửi bản đăng ký thi đua năm " + year
        : "Bản đăng ký thi đua năm " + year + " của đơn vị không có " + name + " đăng ký " + title.label();
    boolean enforce = settings.getProvincialTitles() == RegistrationSettings.Rule.ENFORCE;
    return new Verdict(enforce, why + (enforce ? " (không đăng ký thì không xét danh hiệu)." : " (cảnh báo)."));
  }
}
