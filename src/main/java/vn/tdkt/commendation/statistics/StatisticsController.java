package vn.tdkt.commendation.statistics;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.tdkt.commendation.CommendationApplication;
import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.problem.Refusal;

/** The statistical report for the Ministry: the choice of year or period, and the workbook of forms. */
@Controller
class StatisticsController {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final StatisticsService statistics;
  private final StatisticsSettings settings;

  StatisticsController(StatisticsService statistics, StatisticsSettings settings) {
    this.statistics = statistics;
    this.settings = settings;
  }

  @GetMapping("/statistics")
  String page(@RequestParam(required = false) String year, Model model) {
    int y = year(year);
    model.addAttribute("year", y);
    model.addAttribute("period", statistics.yearPeriod(y));
    model.addAttribute("basis", settings.getBasis());
    return "statistics/index";
  }

  @GetMapping("/statistics/{year}.xlsx")
  @ResponseBody
  ResponseEntity<byte[]> workbook(@PathVariable String year, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    int y = year(year);
    LocalDate min = LocalDate.of(Inputs.FIRST_YEAR, 1, 1);
    LocalDate max = LocalDate.of(2100, 12, 31);
    StatisticsService.Period p = statistics.period(y, Inputs.date(from, "from", "ngày bắt đầu", min, max),
        Inputs.date(to, "to", "ngày kết thúc", min, max));
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bao-cao-thong-ke-tdkt-" + y + ".xlsx\"")
        .body(statistics.workbook(y, p));
  }

  private static int year(String value) {
    Integer y = Inputs.asWholeNumber(value);
    int thisYear = LocalDate.now(ZoneId.of(CommendationApplication.ZONE)).getYear();
    return y == null || y < Inputs.FIRST_YEAR || y > thisYear + 1 ? thisYear : y;
  }

  @ExceptionHandler(Refusal.class)
  String refused(Refusal refusal, Model model, jakarta.servlet.http.HttpServletResponse response) {
    response.setStatus(refusal.status());
    model.addAttribute("message", refusal.getMessage());
    return "error/refused";
  }
}
