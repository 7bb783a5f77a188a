package vn.tdkt.commendation.organisation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.commendation.engine.SystemAction;
import vn.tdkt.commendation.problem.Refusal;

/** Units, clusters and who belongs to which. */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

  private final UnitRepository units;
  private final ClusterRepository clusters;
  private final IdentityService identityService;
  private final OrganisationProperties properties;
  private final ClusterLeadershipRepository leaderships;
  private final SystemAction system;

  OrganisationService(UnitRepository units, ClusterRepository clusters, IdentityService identityService,
      OrganisationProperties properties, ClusterLeadershipRepository leaderships, SystemAction system) {
    this.system = system;
    this.units = units;
    this.clusters = clusters;
    this.identityService = identityService;
    this.properties = properties;
    this.leaderships = leaderships;
  }

  public List<Unit> unitsOf(String clusterCode) {
    return allUnits().stream().filter(u -> u.getClusterCode().equals(clusterCode)).toList();
  }

  /** The leader unit elected for a year, if a year-end round recorded one. */
  public Optional<String> electedLeader(String clusterCode, int termYear) {
    return leaderships.findByClusterCodeAndTermYear(clusterCode, termYear).map(ClusterLeadership::getUnitCode);
  }

  /**
   * Records the leader unit a year-end round elected for the next year and hands the cluster over at
   * once: the group "cluster-{c}-leaders" loses the heads of the outgoing leader unit and gains those of
   * the incoming one. Members of the group who head no unit of the cluster (the cluster's secretary,
   * such as the demo's lead.cum9) stay: they serve the cluster, not a unit.
   */
  @Transactional
  public void changeLeader(String clusterCode, int termYear, String unitCode, String source, java.time.Instant at) {
    Cluster cluster = clusters.findById(clusterCode).orElseThrow();
    leaderships.findByClusterCodeAndTermYear(clusterCode, termYear).ifPresentOrElse(
        l -> l.change(unitCode, source, at),
        () -> leaderships.save(new ClusterLeadership(clusterCode, termYear, unitCode, source, at)));
    String outgoing = cluster.getLeaderUnitCode();
    cluster.update(cluster.getName(), unitCode);
    String group = Roles.clusterLeaders(clusterCode);
    if (outgoing != null && !outgoing.equals(unitCode)) {
      for (String user : membersOf(Roles.unitHeads(outgoing))) {
        if (isMember(user, group)) {
          identityService.deleteMembership(user, group);
        }
      }
    }
    for (String user : membersOf(Roles.unitHeads(unitCode))) {
      if (!isMember(user, group)) {
        identityService.createMembership(user, group);
      }
    }
  }

  public String provinceName() {
    return properties.province();
  }

  public Optional<Unit> unit(String code) {
    return code == null ? Optional.empty() : units.findById(code);
  }

  public Optional<Cluster> cluster(String code) {
    return code == null ? Optional.empty() : clusters.findById(code);
  }

  /** The cluster's name, or its code when no such cluster exists ("" for none): what people see. */
  public String clusterName(String code) {
    return code == null ? "" : cluster(code).map(Cluster::getName).orElse(code);
  }

  /** The unit's name, or its code when no such unit exists ("" for none): what people see. */
  public String unitName(String code) {
    return code == null ? "" : unit(code).map(Unit::getName).orElse(code);
  }

  public List<Unit> allUnits() {
    return units.findAllByOrderByClusterCodeAscCodeAsc();
  }

  public Map<String, String> unitNames() {
    return namesOf(allUnits());
  }

  /** Unit code → name of the given units (for a caller that already holds the list). */
  public static Map<String, String> namesOf(List<Unit> units) {
    return units.stream().collect(Collectors.toMap(Unit::getCode, Unit::getName));
  }

  public Map<String, Cluster> clustersByCode() {
    return clusters.findAll().stream().collect(Collectors.toMap(Cluster::getCode, Function.identity()));
  }

  /** The group ids the user belongs to, read from the identity store (not from the caller's session). */
  public List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  /** Units for which the user may nominate. */
  public List<String> nominatingUnitsOf(String userId) {
    return groupsOf(userId).stream()
        .filter(g -> g.equals(Roles.nominators(String.valueOf(Roles.unitOf(g)))))
        .map(Roles::unitOf)
        .toList();
  }

  /**
   * The unit a person proposes commendations for (a nomination, a proposal): the one named, if they are among its
   * nominators; with none named, their only one. Refusals speak of {@code field} and name units, never their codes.
   */
  public Unit proposingUnit(String unitCode, String initiator, String field) {
    if (unitCode != null) {
      Unit unit = unit(unitCode).orElseThrow(() -> Refusal.invalid(field, "Không có đơn vị mã \"" + unitCode + "\"."));
      if (initiator != null && !isMember(initiator, Roles.nominators(unitCode))) {
        throw Refusal.forbidden(field, "Bạn không thuộc " + unit.getName() + " nên không thể đề nghị thay đơn vị này.");
      }
      return unit;
    }
    if (initiator == null) {
      throw Refusal.invalid(field, "Thiếu đơn vị đề nghị.");
    }
    List<String> codes = nominatingUnitsOf(initiator);
    if (codes.isEmpty()) {
      throw Refusal.forbidden(field, "Tài khoản của bạn không thuộc đơn vị nào có quyền đề nghị khen thưởng.");
    }
    if (codes.size() > 1) {
      throw Refusal.invalid(field, "Bạn thuộc nhiều đơn vị (" + codes.stream().map(c -> unit(c).map(Unit::getName)
          .orElse(c)).collect(Collectors.joining(", ")) + "): hãy chọn đơn vị đề nghị.");
    }
    return unit(codes.get(0)).orElseThrow();
  }

  public boolean isMember(String userId, String groupId) {
    return identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
  }

  /**
   * A person's full name as the identity store keeps it (first name, which holds the family and middle names,
   * then last name): what documents print. Never the login id: a person without a name gives "".
   */
  public String personName(String userId) {
    if (userId == null) {
      return "";
    }
    // the product reads the name on its own behalf: the caller may have no grant to read people (Camunda's USER)
    org.camunda.bpm.engine.identity.User user = system.call(() -> identityService.createUserQuery().userId(userId)
        .singleResult());
    if (user == null) {
      return "";
    }
    String first = user.getFirstName() == null ? "" : user.getFirstName().strip();
    String last = user.getLastName() == null ? "" : user.getLastName().strip();
    return (first + " " + last).strip();
  }

  public List<String> membersOf(String groupId) {
    return system.call(() -> identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream()
        .map(org.camunda.bpm.engine.identity.User::getId).toList());
  }
}
