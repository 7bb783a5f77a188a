package vn.tdkt.commendation.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import vn.tdkt.commendation.CommendationApplication;
import vn.tdkt.commendation.engine.SystemAction;
import vn.tdkt.commendation.organisation.Roles;

/**
 * Queues the notifications of the workflow, one outbox mail per address. Called inside the engine's
 * transaction: the mails exist exactly when the step that caused them committed.
 */
@Component
public class Notifier {

  /** Each notification and its template under templates/mail/. */
  public enum Kind {
    NEW_TASK("new-task"),
    RETURNED("returned"),
    APPRAISAL_REMINDER("appraisal-reminder"),
    APPRAISAL_OVERDUE("appraisal-overdue"),
    SUPPLEMENT_REMINDER("supplement-reminder"),
    DECISION("decision"),
    REJECTION("rejection"),
    CENTRAL_RESULT_OVERDUE("central-result-overdue"),
    CENTRAL_RESULT("central-result"),
    COUNCIL_BALLOT_REMINDER("council-ballot-reminder");

    final String template;

    Kind(String template) {
      this.template = template;
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy")
      .withZone(ZoneId.of(CommendationApplication.ZONE));

  private final OutboxMailRepository outbox;
  private final MailTemplates templates;
  private final MailSettings settings;
  private final IdentityService identity;
  private final SystemAction system;
  private final Clock clock;
  private final MeterRegistry meters;

  Notifier(OutboxMailRepository outbox, MailTemplates templates, MailSettings settings, IdentityService identity,
      SystemAction system, Clock clock, ObjectProvider<MeterRegistry> meters) {
    this.meters = meters.getIfAvailable(() -> Metrics.globalRegistry);
    this.outbox = outbox;
    this.templates = templates;
    this.settings = settings;
    this.identity = identity;
    this.system = system;
    this.clock = clock;
  }

  /**
   * Sends the notification to every member of the groups and to the users, each address once. A
   * notification that cannot even be queued (a template or identity error) is logged and counted, never
   * thrown: the step that caused it goes on.
   */
  public void notify(Kind kind, String caseNumber, Collection<String> groupIds, Collection<String> userIds,
      Map<String, Object> model) {
    if (!settings.isEnabled()) {
      return;
    }
    Set<String> addresses;
    MailTemplates.Rendered mail;
    try {
      addresses = addresses(groupIds, userIds);
      if (addresses.isEmpty()) {
        LOG.warn("Notification {} for {}: nobody with an e-mail address in {} {}", kind, caseNumber, groupIds, userIds);
        return;
      }
      Map<String, Object> m = new HashMap<>(model);
      m.put("caseNumber", caseNumber);
      m.put("baseUrl", settings.getBaseUrl());
      mail = templates.render(kind.template, m);
    } catch (RuntimeException e) {
      LOG.error("Notification {} for {} could not be prepared and is dropped", kind, caseNumber, e);
      Counter.builder("tdkt.mail.failures").description("Failed attempts to send a notification e-mail")
          .tag("kind", kind.name()).tag("final", "true").register(meters).increment();
      return;
    }
    Instant now = clock.instant();
    for (String address : addresses) {
      outbox.save(new OutboxMail(kind.name(), caseNumber, address, mail.subject(), mail.body(), now));
    }
  }

  /** To the nominating unit: its nominators and its head. */
  public void notifyUnit(Kind kind, String caseNumber, String unitCode, Map<String, Object> model) {
    notify(kind, caseNumber, List.of(Roles.nominators(unitCode), Roles.unitHeads(unitCode)), List.of(), model);
  }

  public static String format(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }

  public static String format(Date date) {
    return date == null ? "" : DATE_TIME.format(date.toInstant());
  }

  private Set<String> addresses(Collection<String> groupIds, Collection<String> userIds) {
    return system.call(() -> {
      Set<String> found = new LinkedHashSet<>();
      for (String group : groupIds) {
        identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list().forEach(u -> add(found, u));
      }
      for (String userId : userIds) {
        if (userId != null) {
          add(found, identity.createUserQuery().userId(userId).singleResult());
        }
      }
      return found;
    });
  }

  private static void add(Set<String> found, User user) {
    if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
      found.add(user.getEmail().strip());
    }
  }
}
