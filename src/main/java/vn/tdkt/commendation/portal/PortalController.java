package vn.tdkt.commendation.portal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.tdkt.commendation.organisation.OrganisationService;

/** The front page and the login page. */
@Controller
class PortalController {

  private final OrganisationService organisation;

  PortalController(OrganisationService organisation) {
    this.organisation = organisation;
  }

  @GetMapping("/")
  String home(Model model) {
    model.addAttribute("province", organisation.provinceName());
    return "home";
  }

  @GetMapping("/login")
  String login() {
    return "login";
  }
}
