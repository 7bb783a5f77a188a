package vn.tdkt.commendation.security;

import static vn.tdkt.commendation.security.Audience.ANYONE;
import static vn.tdkt.commendation.security.Audience.BOARD;
import static vn.tdkt.commendation.security.Audience.BOARD_HEADS;
import static vn.tdkt.commendation.security.Audience.CLUSTER_LEADERS;
import static vn.tdkt.commendation.security.Audience.COUNCIL;
import static vn.tdkt.commendation.security.Audience.LAUNCHERS;
import static vn.tdkt.commendation.security.Audience.ISSUING;
import static vn.tdkt.commendation.security.Audience.LEADERSHIP;
import static vn.tdkt.commendation.security.Audience.NOMINATORS;
import static vn.tdkt.commendation.security.Audience.OFFICIAL;
import static vn.tdkt.commendation.security.Audience.PROVINCE;
import static vn.tdkt.commendation.security.Audience.UNIT_HEADS;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.http.server.PathContainer;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.util.UriUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The allow-list of our own pages and JSON APIs: a request that no entry opens to one of the caller's audiences
 * is refused (anonymous: sent to the login or answered 401; signed in: 403), whatever controller would serve it.
 * The controllers still apply their finer rules (a case in the caller's scope, the member's own ballot, the
 * cluster's own leader). docs/security.md shows this list between the "page-doors" markers
 * ({@code EngineRoutesDocTest} keeps the two equal). The administrator passes every entry.
 */
final class PageRoutes {

  record Route(String method, String pattern, Audience who, String purpose) {

    PathPattern parsed() {
      return PathPatternParser.defaultInstance.parse(pattern);
    }
  }

  static final List<Route> ROUTES = List.of(
      new Route("GET", "/", ANYONE, "front page"),
      new Route("GET", "/login", ANYONE, "login page"),
      new Route("POST", "/login", ANYONE, "sign in (throttled)"),
      new Route("POST", "/logout", ANYONE, "sign out"),
      new Route("*", "/error", ANYONE, "error page (any method: it shows the refusal of any request)"),
      new Route("GET", "/favicon.ico", ANYONE, "static"),
      new Route("GET", "/css/**", ANYONE, "static"),
      new Route("GET", "/js/**", ANYONE, "static"),
      new Route("GET", "/vendor/**", ANYONE, "static"),
      new Route("GET", "/webjars/**", ANYONE, "static"),
      new Route("GET", "/announcements", ANYONE, "public notice and decisions"),
      new Route("POST", "/announcements/{caseNumber}/complaints", ANYONE, "a complaint while the case is under notice (throttled)"),
      new Route("GET", "/decisions/decision.pdf", ANYONE, "a decision as issued and signed, a public act"),
      new Route("POST", "/api/cases/{caseNumber}/complaints", ANYONE, "a complaint, as JSON (throttled)"),
      new Route("GET", "/cases", OFFICIAL, "case registry (each sees the cases of their scope)"),
      new Route("GET", "/cases/{caseNumber}", OFFICIAL, "one case (scope)"),
      new Route("GET", "/cases/{caseNumber}/diagram.bpmn", OFFICIAL, "its diagram (scope)"),
      new Route("GET", "/cases/{caseNumber}/diagram-state", OFFICIAL, "its progress (scope)"),
      new Route("GET", "/cases/{caseNumber}/documents/{id}", OFFICIAL, "an attachment (scope)"),
      new Route("POST", "/cases/{caseNumber}/documents", OFFICIAL, "attach a document (scope)"),
      new Route("GET", "/cases/{caseNumber}/certificate.pdf", OFFICIAL, "the certificate of an awarded case (scope)"),
      new Route("GET", "/api/cases/{caseNumber}", OFFICIAL, "one case as JSON (scope)"),
      new Route("GET", "/cases/{caseNumber}/central-proposal", BOARD, "propose an awarded case for a state award: the form"),
      new Route("POST", "/cases/{caseNumber}/central-proposal", BOARD, "start the proposal (engine: the start form's fields, the Board's grant)"),
      new Route("GET", "/proposals", OFFICIAL, "proposals (each sees those of their scope) and the Excel import form"),
      new Route("GET", "/proposals/template.xlsx", OFFICIAL, "the Excel template of a nominee list"),
      new Route("POST", "/proposals", NOMINATORS, "submit a proposal from an Excel file (the unit's nominators)"),
      new Route("GET", "/proposals/{proposalNumber}", OFFICIAL, "one proposal and its nominees' cases (scope)"),
      new Route("GET", "/api/proposals/template.xlsx", OFFICIAL, "the Excel template, as a file"),
      new Route("POST", "/api/proposals", NOMINATORS, "submit a proposal from an Excel file (multipart; the unit's nominators)"),
      new Route("GET", "/api/proposals/{proposalNumber}", OFFICIAL, "one proposal as JSON (scope)"),
      new Route("GET", "/campaigns", OFFICIAL, "thematic campaigns"),
      new Route("POST", "/campaigns", BOARD, "open a campaign"),
      new Route("POST", "/campaigns/{id}/decision-list", BOARD, "submit a campaign's appraised nominees to the Chairman"),
      new Route("GET", "/api/campaigns", OFFICIAL, "thematic campaigns as JSON"),
      new Route("POST", "/api/campaigns", BOARD, "open a campaign, as JSON"),
      new Route("GET", "/decisions/{year}.xlsx", PROVINCE, "the year's decisions as Excel"),
      new Route("GET", "/dashboard", LEADERSHIP, "statistics"),
      new Route("GET", "/council/ballots", COUNCIL, "a member's ballot sheets"),
      new Route("GET", "/council/ballots/{taskId}", COUNCIL, "one ballot sheet (the member's own)"),
      new Route("POST", "/council/ballots/{taskId}", COUNCIL, "vote (the member's own ballot)"),
      new Route("POST", "/api/council-ballots/{taskId}", COUNCIL, "vote, as JSON (the member's own ballot)"),
      new Route("GET", "/council/sessions", PROVINCE, "the Council's sessions"),
      new Route("GET", "/council/sessions/{sessionNumber}", PROVINCE, "one session: who has voted (never how), deadline, cases and thresholds"),
      new Route("GET", "/council/sessions/{sessionNumber}/voters", PROVINCE, "who has voted so far, as JSON for the open session page"),
      new Route("POST", "/council/sessions/{sessionNumber}/close-voting", BOARD_HEADS, "close the vote early (the quorum reached, the members who have not voted confirmed absent)"),
      new Route("GET", "/council/sessions/{sessionNumber}/minutes.pdf", ISSUING, "a Council session's minutes, as issued and signed"),
      new Route("GET", "/council/sessions/{sessionNumber}/proposals/{awardType}.pdf", ISSUING, "the Board's submission of an award type's list"),
      new Route("GET", "/council/sessions/{sessionNumber}/drafts/{awardType}.pdf", ISSUING, "the draft decision the signer and the clerk read"),
      new Route("GET", "/clusters/ballots", UNIT_HEADS, "a unit head's cluster ballots"),
      new Route("GET", "/clusters/ballots/{taskId}", UNIT_HEADS, "one cluster ballot (the unit's own)"),
      new Route("POST", "/clusters/ballots/{taskId}", UNIT_HEADS, "vote in the cluster (the unit's own ballot)"),
      new Route("POST", "/api/cluster-ballots/{taskId}", UNIT_HEADS, "vote in the cluster, as JSON"),
      new Route("GET", "/clusters/{cluster}/criteria", OFFICIAL, "the cluster's criteria (its units, leaders, the province)"),
      new Route("POST", "/clusters/{cluster}/criteria", OFFICIAL, "change them (the cluster's leaders only)"),
      new Route("GET", "/clusters/{cluster}/rounds/{id}", OFFICIAL, "a cluster round and its minutes (as criteria)"),
      new Route("GET", "/clusters/{cluster}/rounds/{id}/minutes.pdf", OFFICIAL, "a cluster round's minutes as a document (as criteria)"),
      new Route("POST", "/api/central-proposals/{id}/result", BOARD, "the central result of a proposal"),
      new Route("GET", "/central-proposals/{id}/submission.pdf", LEADERSHIP, "the Chairman's submission of a case to the central level"),
      // issue 14: the emulation year
      new Route("GET", "/registry", OFFICIAL, "the awards registry (each reads the records of their scope)"),
      new Route("GET", "/registry/awardees/{id}", OFFICIAL, "one person's or collective's awards and initiatives (scope)"),
      new Route("GET", "/registry/template.xlsx", OFFICIAL, "the registry's import template"),
      new Route("POST", "/registry/entries", OFFICIAL, "add a title or award (the Board; a unit's nominators: its grassroots titles)"),
      new Route("POST", "/registry/initiatives", OFFICIAL, "add an initiative (the Board; a unit's nominators: its own)"),
      new Route("POST", "/registry/import", OFFICIAL, "import titles, awards and initiatives from Excel (as above)"),
      new Route("POST", "/registry/initiatives/{id}/use", BOARD, "link an initiative to an award (refused the second time)"),
      new Route("GET", "/movements", ANYONE, "the emulation movements"),
      new Route("GET", "/movements/{id:\\d+}", ANYONE, "one movement"),
      new Route("GET", "/movements/{id:\\d+}/document", ANYONE, "its launching document, a public act"),
      new Route("GET", "/movements/new", LAUNCHERS, "the launch form (the Board; a cluster's leaders for their cluster)"),
      new Route("POST", "/movements", LAUNCHERS, "launch a movement (as above)"),
      new Route("POST", "/cases/{caseNumber}/revocation", BOARD, "propose revoking an awarded case (Board officers)"),
      new Route("GET", "/revocations/{id}/decision.pdf", ANYONE, "an issued revocation decision, a public act"),
      new Route("GET", "/registrations", OFFICIAL, "registrations: one's unit's, the statuses of one's cluster or the province"),
      new Route("GET", "/registrations/template.xlsx", OFFICIAL, "the registration's spreadsheet template"),
      new Route("GET", "/registrations/{unit}/{year}", OFFICIAL, "one unit's registration (its people, its cluster's leaders, the province)"),
      new Route("POST", "/registrations/{unit}/{year}/lines", NOMINATORS, "add an aim (the unit's nominators)"),
      new Route("POST", "/registrations/{unit}/{year}/lines/{id}/delete", NOMINATORS, "remove an aim (as above)"),
      new Route("POST", "/registrations/{unit}/{year}/import", NOMINATORS, "replace the aims from Excel (as above)"),
      new Route("POST", "/registrations/{unit}/{year}/send", NOMINATORS, "send it, or send it again after a return (as above)"),
      new Route("GET", "/covenants", OFFICIAL, "the covenants of one's clusters (all for the province)"),
      new Route("GET", "/covenants/{cluster}/{year}", OFFICIAL, "a cluster's covenant of a year (its units, leaders, the province)"),
      new Route("GET", "/covenants/{cluster}/{year}/document.pdf", OFFICIAL, "the signed covenant as a document (as above)"),
      new Route("POST", "/covenants/{cluster}/{year}", CLUSTER_LEADERS, "draft its targets (the cluster's leaders)"),
      new Route("POST", "/covenants/{cluster}/{year}/send", CLUSTER_LEADERS, "send it round for signing, or again after a revision"),
      new Route("GET", "/statistics", LEADERSHIP, "the statistical report for the Ministry"),
      new Route("GET", "/statistics/{year}.xlsx", LEADERSHIP, "its forms 0601.N and 0603.N as Excel, by year or period"));

  private PageRoutes() {
  }

  /** The first entry that opens the request, or null. */
  static Route find(String method, String path, List<String> groups) {
    PathContainer container = PathContainer.parsePath(path);
    String m = "HEAD".equals(method) ? "GET" : method;
    for (Route route : ROUTES) {
      if ((route.method().equals(m) || route.method().equals("*")) && route.who().admits(groups)
          && route.parsed().matches(container)) {
        return route;
      }
    }
    return null;
  }

  /** Who the entries for this request are for (none: nobody but the administrator), in Vietnamese. */
  static java.util.List<String> audiencesFor(String method, String path) {
    PathContainer container = PathContainer.parsePath(path);
    String m = "HEAD".equals(method) ? "GET" : method;
    return ROUTES.stream().filter(r -> (r.method().equals(m) || r.method().equals("*")) && r.parsed().matches(container))
        .map(r -> r.who().vi).distinct().toList();
  }

  /** Spring Security's decision for a request: open when an entry opens it to the caller; the administrator always. */
  static AuthorizationManager<RequestAuthorizationContext> manager() {
    return new AuthorizationManager<>() {
      @Override
      public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        return decide(authentication, context);
      }
    };
  }

  private static AuthorizationDecision decide(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
    CurrentUser user = CurrentUser.of(authentication.get());
    List<String> groups = user == null ? null : user.groups();
    if (Audience.isAdmin(groups)) {
      return new AuthorizationDecision(true);
    }
    var request = context.getRequest();
    String path = UriUtils.decode(request.getRequestURI().substring(request.getContextPath().length()),
        StandardCharsets.UTF_8);
    return new AuthorizationDecision(find(request.getMethod(), path, groups) != null);
  }
}
