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
      new Person("council.1", "Trần Quang", "Minh", List.of(Roles.COUNCIL_MEMBERS)),
      new Person("council.2", "Lê Thị", "Thu", List.of(Roles.COUNCIL_MEMBERS)),
      new Person("council.3", "Phạm Văn", "Đức", List.of(Roles.COUNCIL_MEMBERS)),
      new Person("council.4", "Nguyễn Thị", "Hằng", List.of(Roles.COUNCIL_MEMBERS)),
      new Person("council.5", "Hoàng Văn", "Sơn", List.of(Roles.COUNCIL_MEMBERS)),
      new Person("council.6", "Vũ Thị", "Ngọc", List.of(Roles.COUNCIL_MEMBERS)),
      new Person("council.7", "Đinh Công", "Thành", List.of(Roles.COUNCIL_MEMBERS)),
      new Person("chairman", "Đỗ Trọng", "Hưng", List.of(Roles.CHAIRMAN)));

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
      if (existing == null) {
        User user = identityService.newUser(p.id());
        user.setFirstName(p.firstName());
        user.setLastName(p.lastName());
        user.setEmail(p.id() + "@tdkt.example");
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        created++;
      } else if (!p.firstName().equals(existing.getFirstName()) || !p.lastName().equals(existing.getLastName())) {
        // pages show people by name: a demo database from an earlier version gets the names of this one
        existing.setFirstName(p.firstName());
        existing.setLastName(p.lastName());
        identityService.saveUser(existing);
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
