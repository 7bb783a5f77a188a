package vn.tdkt.commendation.statistics;

import java.time.MonthDay;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * tdkt.statistics: the statistical report forms on emulation and commendation (docs/year-cycle.md). The layout is
 * that of Circular 02/2023/TT-BNV (forms 0601.N and 0603.N); Circular 18/2025/TT-BNV now sets the Home Affairs
 * statistics regime, and its forms replace these words here once read.
 */
@ConfigurationProperties("tdkt.statistics")
public class StatisticsSettings {

  /** The line "Ban hành theo …" on every form. */
  private String basis = "Thông tư số 02/2023/TT-BNV ngày 23/3/2023";
  /** When the report is received ("Ngày nhận báo cáo"). */
  private String due = "Ngày 15 tháng 12 năm báo cáo";
  /** The first day of a report year's period, in the year before (01/12 to 30/11). */
  private MonthDay periodStart = MonthDay.of(12, 1);
  private String reportingUnit = "Ủy ban nhân dân tỉnh Thanh Hóa";
  private String receivingUnit = "Bộ Nội vụ";

  public String getBasis() {
    return basis;
  }

  public void setBasis(String basis) {
    this.basis = basis;
  }

  public String getDue() {
    return due;
  }

  public void setDue(String due) {
    this.due = due;
  }

  public MonthDay getPeriodStart() {
    return periodStart;
  }

  public void setPeriodStart(MonthDay periodStart) {
    this.periodStart = periodStart;
  }

  public String getReportingUnit() {
    return reportingUnit;
  }

  public void setReportingUnit(String reportingUnit) {
    this.reportingUnit = reportingUnit;
  }

  public String getReceivingUnit() {
    return receivingUnit;
  }

  public void setReceivingUnit(String receivingUnit) {
    this.receivingUnit = receivingUnit;
  }
}
