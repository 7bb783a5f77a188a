package vn.tdkt.commendation.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletResponse;
import vn.tdkt.commendation.CommendationApplication;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.organisation.Roles;
import vn.tdkt.commendation.problem.Refusal;
import vn.tdkt.commendation.security.CurrentUser;

/** /dashboard: the Board's figures for a year, as charts (Chart.js, served from the app) and tables. */
@Controller
class DashboardController {

  static final Set<String> READERS = Set.of(Roles.BOARD_OFFICERS, Roles.BOARD_HEADS, Roles.CHAIRMAN, Roles.ADMIN);

  private final Dashboard dashboard;
  private final OrganisationService organisation;
  private final MessageSource messages;
  private final ObjectMapper json;
  private final Clock clock;

  DashboardController(Dashboard dashboard, OrganisationService organisation, MessageSource messages, ObjectMapper json,
      Clock clock) {
    this.dashboard = dashboard;
    this.organisation = organisation;
    this.messages = messages;
    this.json = json;
    this.clock = clock;
  }

  @GetMapping("/dashboard")
  String show(@RequestParam(required = false) Integer year, Model model) throws JsonProcessingException {
    CurrentUser user = CurrentUser.get();
    if (user.groups().stream().noneMatch(READERS::contains)) {
      throw Refusal.forbidden(null, "Trang thống kê dành cho Ban Thi đua – Khen thưởng và lãnh đạo tỉnh.");
    }
    int thisYear = LocalDate.now(clock.withZone(ZoneId.of(CommendationApplication.ZONE))).getYear();
    int y = year == null || year < 2000 || year > 2100 ? thisYear : year;
    Dashboard.Figures f = dashboard.figures(y, clock.instant());
    Map<String, Long> byStatus = new LinkedHashMap<>();
    f.byStatus().forEach((k, v) -> byStatus.put(msg("status." + k), v));
    Map<String, List<?>> stageChart = new LinkedHashMap<>();
    stageChart.put("labels", f.stageTimes().stream().map(s -> msg("stage." + s.stage())).toList());
    stageChart.put("median", f.stageTimes().stream().map(t -> Math.round(t.medianDays() * 10) / 10.0).toList());
    stageChart.put("p90", f.stageTimes().stream().map(t -> Math.round(t.p90Days() * 10) / 10.0).toList());
    model.addAttribute("f", f);
    model.addAttribute("year", y);
    model.addAttribute("byStatus", byStatus);
    model.addAttribute("unitNames", organisation.unitNames());
    model.addAttribute("chartStatus", json.writeValueAsString(byStatus));
    model.addAttribute("chartAward", json.writeValueAsString(f.byAward()));
    model.addAttribute("chartUnit", json.writeValueAsString(f.byUnit()));
    model.addAttribute("chartCluster", json.writeValueAsString(f.byCluster()));
    model.addAttribute("chartStages", json.writeValueAsString(stageChart));
    return "dashboard";
  }

  @ExceptionHandler(Refusal.class)
  String refused(Refusal refusal, Model model, HttpServletResponse response) {
    response.setStatus(refusal.status());
    model.addAttribute("message", refusal.getMessage());
    return "error/refused";
  }

  private String msg(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }
}
