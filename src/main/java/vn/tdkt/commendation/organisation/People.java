package vn.tdkt.commendation.organisation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.engine.SystemAction;

/**
 * People as officials read them: first and last name from the identity store, never the login id. Templates call
 * it as {@code @people}. Accounts of the product itself ("system", the public) and an id the store does not know
 * are given back as they are, so a deleted account still shows who it was.
 */
@Component("people")
public class People {

  /** Ids written by the product, not by a person; the pages translate them (actor.system, actor.public). */
  static final Set<String> NOT_PEOPLE = Set.of("system", "public");

  private final IdentityService identity;
  private final SystemAction system;

  People(IdentityService identity, SystemAction system) {
    this.identity = identity;
    this.system = system;
  }

  /** "Nguyễn Văn Hùng" for "head.thads"; the id itself when the store has no name for it. */
  public String name(String userId) {
    if (userId == null || userId.isBlank() || NOT_PEOPLE.contains(userId)) {
      return userId;
    }
    User user = system.call(() -> identity.createUserQuery().userId(userId).singleResult());
    return nameOf(user, userId);
  }

  /** Names of several people at once, in the order given. */
  public Map<String, String> names(Collection<String> userIds) {
    Map<String, String> names = new LinkedHashMap<>();
    if (userIds.isEmpty()) {
      return names;
    }
    Map<String, User> found = new LinkedHashMap<>();
    system.run(() -> identity.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list()
        .forEach(u -> found.put(u.getId(), u)));
    userIds.forEach(id -> names.put(id, nameOf(found.get(id), id)));
    return names;
  }

  private static String nameOf(User user, String fallback) {
    if (user == null) {
      return fallback;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? fallback : name;
  }
}
