package vn.tdkt.commendation.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.organisation.OrganisationService;

/**
 * One user store for every door: our pages, /api and /engine-rest check passwords against Camunda's
 * identity service (the same users the Tasklist and Admin webapps know), and carry the user's Camunda
 * groups as authorities "GROUP_{id}".
 */
@Component
class CamundaUserAuthenticationProvider implements AuthenticationProvider {

  static final String GROUP_PREFIX = "GROUP_";

  private final IdentityService identityService;
  private final OrganisationService organisation;

  CamundaUserAuthenticationProvider(IdentityService identityService, OrganisationService organisation) {
    this.identityService = identityService;
    this.organisation = organisation;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String user = authentication.getName();
    Object password = authentication.getCredentials();
    if (user == null || user.isBlank() || !(password instanceof String p)
        || !identityService.checkPassword(user, p)) {
      throw new BadCredentialsException("Tên đăng nhập hoặc mật khẩu không đúng.");
    }
    List<SimpleGrantedAuthority> authorities = organisation.groupsOf(user).stream()
        .map(g -> new SimpleGrantedAuthority(GROUP_PREFIX + g)).toList();
    return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
