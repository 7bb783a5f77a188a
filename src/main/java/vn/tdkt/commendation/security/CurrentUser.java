package vn.tdkt.commendation.security;

import java.util.List;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in person of the current request, as our controllers need it. */
public record CurrentUser(String id, List<String> groups) {

  /** The current user, or null when the request is anonymous. */
  public static CurrentUser get() {
    return of(SecurityContextHolder.getContext().getAuthentication());
  }

  static CurrentUser of(Authentication authentication) {
    if (authentication == null || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      return null;
    }
    List<String> groups = authentication.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith(CamundaUserAuthenticationProvider.GROUP_PREFIX))
        .map(a -> a.substring(CamundaUserAuthenticationProvider.GROUP_PREFIX.length()))
        .toList();
    return new CurrentUser(authentication.getName(), groups);
  }
}
