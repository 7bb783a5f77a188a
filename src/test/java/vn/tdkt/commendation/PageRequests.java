package vn.tdkt.commendation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;

/** For page tests through MockMvc: a request signed in as an official with the given Camunda groups. */
public final class PageRequests {

  private PageRequests() {
  }

  /** Signed in as {@code id}, a member of the groups (Spring authorities "GROUP_…", as the sign-in gives them). */
  public static UserRequestPostProcessor official(String id, String... groups) {
    String[] authorities = new String[groups.length];
    for (int i = 0; i < groups.length; i++) {
      authorities[i] = "GROUP_" + groups[i];
    }
    return user(id).authorities(AuthorityUtils.createAuthorityList(authorities));
  }
}
