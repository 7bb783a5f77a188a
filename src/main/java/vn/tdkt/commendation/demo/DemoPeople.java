package vn.tdkt.commendation.demo;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.organisation.Roles;

/** The demo officials (profile "demo" only), all with the password "demo". */
@Component
@Profile("demo")
class DemoPeople {

  static final String PASSWORD = "demo";
  private static final Logger LOG = LoggerFactory.getLogger(DemoPeople.class);

  record Person(String id, String firstName, String lastName, List<String> groups) {
  }

  static final List<Person> PEOPLE = List.of(
      new Person("admin", "Quản trị", "Hệ thống", List.of(Groups.CAMUNDA_ADMIN)),
      new Person("nominator.thads", "Lê Thị", "Hoa", List.of(Roles.nominators("thads"))),
      new Person("head.thads", "Nguyễn Văn", "Hùng", List.of(Roles.unitHeads("thads"))),
      new Person("nominator.ca", "Trần Văn", "Nam", List.of(Roles.nominators("ca"))),
      new Person("head.ca", "Phạm Quốc", "Dũng", List.of(Roles.unitHeads("ca"))),
      new Person("head.qs", "Lê Văn", "Quân", List.of(Roles.unitHeads("qs"))),
      new Person("head.bdbp", "Trịnh Văn", "Biên", List.of(Roles.unitHeads("bdbp"))),
      new Person("head.vks", "Mai Thị", "Kiểm", List.of(Roles.unitHeads("vks"))),
      new Person("head.tand", "Đặng Văn", "Tòa", List.of(Roles.unitHeads("tand"))),
      new Person("head.pccc", "Bùi Văn", "Phòng", List.of(Roles.unitHeads("pccc"))),
      new Person("lead.cum9", "Hoàng Minh", "Tuấn", List.of(Roles.clusterLeaders("cum9"))),
      new Person("officer.ban", "Đỗ Thị", "Lan", List.of(Roles.BOARD_OFFICERS)),
      new Person("head.ban", "Vũ Đức", "Thắng", List.of(Roles.BOARD_HEADS)),
      new Person("council.1", "Lê Văn", "Hải", List.of(Roles.COUNCIL_MEMBERS)),
      new Person("council.2", "Phạm Thị", "Hằng", List.of(Roles.COUNCIL_MEMBERS)),
      new Person("council.3", "Hoàng Văn", "Long", List.of(Roles.COUNCIL_MEMBERS)),
      new Person("council.4", "Ngô Thị", "Mai", List.of(Roles.COUNCIL_MEMBERS)),
      new Person("council.5", "Trịnh Xuân", "Sơn", List.of(Roles.COUNCIL_MEMBERS)),
      new Person("council.6", "Đặng Thị", "Yến", List.of(Roles.COUNCIL_MEMBERS)),
      new Person("council.7", "Bùi Quang", "Toàn", List.of(Roles.COUNCIL_MEMBERS)),
      new Person("chairman", "Đỗ Minh", "Khang", List.of(Roles.CHAIRMAN)),
      new Person("pct", "Trần Văn", "Bình", List.of(Roles.VICE_CHAIRMEN)),
      new Person("vanthu", "Nguyễn Thị", "Thu", List.of(Roles.UBND_CLERKS)));

  private final IdentityService identityService;

  DemoPeople(IdentityService identityService) {
    this.identityService = identityService;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(30)
  public void create() {
    int created = 0;
    for (Person p : PEOPLE) {
      User existing = identityService.createUserQuery().userId(p.id()).singleResult();
      if (existing != null && !(p.firstName().equals(existing.getFirstName()) && p.lastName().equals(existing.getLastName()))) {
        // documents print these names: a demo database from before they changed gets them too
        existing.setFirstName(p.firstName());
        existing.setLastName(p.lastName());
        identityService.saveUser(existing);
      }
      if (existing == null) {
        User user = identityService.newUser(p.id());
        user.setFirstName(p.firstName());
        user.setLastName(p.lastName());
        user.setEmail(p.id() + "@tdkt.example");
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        created++;
      }
      for (String group : p.groups()) {
        if (identityService.createUserQuery().userId(p.id()).memberOfGroup(group).count() == 0) {
          identityService.createMembership(p.id(), group);
        }
      }
    }
    LOG.info("Demo people ready ({} new); password \"{}\" for all", created, PASSWORD);
  }
}
