package vn.tdkt.commendation.organisation;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the configured clusters and units into the database and their roles into the identity store,
 * in every profile and idempotently: a restart changes nothing, a new unit in the configuration appears.
 */
@Component
class OrganisationLoader {

  private static final Logger LOG = LoggerFactory.getLogger(OrganisationLoader.class);

  private final OrganisationProperties properties;
  private final ClusterRepository clusters;
  private final UnitRepository units;
  private final IdentityService identityService;

  OrganisationLoader(OrganisationProperties properties, ClusterRepository clusters, UnitRepository units,
      IdentityService identityService) {
    this.properties = properties;
    this.clusters = clusters;
    this.units = units;
    this.identityService = identityService;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(10)
  @Transactional
  public void load() {
    Map<String, String> groups = new LinkedHashMap<>();
    groups.put(Roles.BOARD_OFFICERS, "Ban Thi đua – Khen thưởng: chuyên viên thẩm định");
    groups.put(Roles.BOARD_HEADS, "Ban Thi đua – Khen thưởng: lãnh đạo Ban");
    groups.put(Roles.COUNCIL_MEMBERS, "Hội đồng Thi đua – Khen thưởng tỉnh: thành viên");
    groups.put(Roles.CHAIRMAN, "Chủ tịch UBND tỉnh");
    groups.put(Roles.VICE_CHAIRMEN, "Phó Chủ tịch UBND tỉnh");
    groups.put(Roles.UBND_CLERKS, "Văn thư Văn phòng UBND tỉnh");
    for (OrganisationProperties.ClusterConfig c : properties.clusters()) {
      clusters.findById(c.code()).ifPresentOrElse(
          // the configured leader is only the first one: later leaders are elected by the year-end round
          existing -> existing.update(c.name(), existing.getLeaderUnitCode() != null
              ? existing.getLeaderUnitCode() : c.leaderUnit()),
          () -> clusters.save(new Cluster(c.code(), c.name(), c.leaderUnit())));
      groups.put(Roles.clusterLeaders(c.code()), "Trưởng cụm – " + c.name());
      for (OrganisationProperties.UnitConfig u : c.units()) {
        units.findById(u.code()).ifPresentOrElse(
            existing -> existing.update(u.name(), c.code()),
            () -> units.save(new Unit(u.code(), u.name(), c.code())));
        groups.put(Roles.nominators(u.code()), "Cán bộ đề nghị – " + u.name());
        groups.put(Roles.unitHeads(u.code()), "Thủ trưởng – " + u.name());
      }
    }
    int created = 0;
    for (Map.Entry<String, String> g : groups.entrySet()) {
      if (identityService.createGroupQuery().groupId(g.getKey()).count() == 0) {
        Group group = identityService.newGroup(g.getKey());
        group.setName(g.getValue());
        group.setType("WORKFLOW");
        identityService.saveGroup(group);
        created++;
      }
    }
    LOG.info("Organisation loaded: {} clusters, {} units, {} new groups", properties.clusters().size(),
        units.count(), created);
  }
}
