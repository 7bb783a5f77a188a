package vn.tdkt.commendation.cluster;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.commendation.problem.Refusal;

/** The scoring criteria of a cluster for a year, set by its leader before the year's first round. */
@Service
@Transactional
public class CriteriaService {

  static final int NAME_MAX = 300;
  static final int MAX_POINTS = 1000;
  static final int MAX_CRITERIA = 30;

  /** Sensible criteria for a provincial cluster (the Council's guidance varies by year). */
  public static final List<Line> DEFAULTS = List.of(
      new Line("Thực hiện nhiệm vụ chính trị, chuyên môn được giao", 40),
      new Line("Tổ chức phong trào thi đua, giao ước thi đua của Cụm", 20),
      new Line("Công tác khen thưởng, nhân rộng điển hình tiên tiến", 15),
      new Line("Xây dựng Đảng, đoàn thể, cơ quan văn hóa", 15),
      new Line("Phối hợp, tham gia hoạt động chung của Cụm", 10));

  public record Line(String name, int maxPoints) {
  }

  private final CriterionRepository criteria;
  private final ClusterRoundRepository rounds;
  private final java.util.List<CriteriaLock> locks;

  CriteriaService(CriterionRepository criteria, ClusterRoundRepository rounds, java.util.List<CriteriaLock> locks) {
    this.criteria = criteria;
    this.rounds = rounds;
    this.locks = locks;
  }

  @Transactional(readOnly = true)
  public List<Criterion> of(String clusterCode, int year) {
    return criteria.findByClusterCodeAndEmulationYearOrderByOrdinal(clusterCode, year);
  }

  /** Replaces the year's criteria; refused once a round of that year has begun (sheets refer to them). */
  public List<Criterion> replace(String clusterCode, int year, List<Line> lines) {
    if (rounds.existsByClusterCodeAndEmulationYear(clusterCode, year)) {
      throw Refusal.conflict("criteria", "Đã có phiên bình xét năm " + year + ": không sửa được tiêu chí.");
    }
    for (CriteriaLock lock : locks) {
      lock.lockedBecause(clusterCode, year).ifPresent(why -> {
        throw Refusal.conflict("criteria", why);
      });
    }
    if (lines.isEmpty() || lines.size() > MAX_CRITERIA) {
      throw Refusal.invalid("criteria", "Cần từ 1 đến " + MAX_CRITERIA + " tiêu chí.");
    }
    for (Line l : lines) {
      if (l.name() == null || l.name().isBlank() || l.name().strip().length() > NAME_MAX) {
        throw Refusal.invalid("criteria", "Tên tiêu chí phải có, tối đa " + NAME_MAX + " ký tự.");
      }
      if (l.maxPoints() < 1 || l.maxPoints() > MAX_POINTS) {
        throw Refusal.invalid("criteria", "Điểm tối đa của \"" + l.name().strip() + "\" phải từ 1 đến " + MAX_POINTS + ".");
      }
    }
    criteria.deleteByClusterCodeAndEmulationYear(clusterCode, year);
    criteria.flush();
    int position = 1;
    for (Line l : lines) {
      criteria.save(new Criterion(clusterCode, year, position++, l.name().strip(), l.maxPoints()));
    }
    return of(clusterCode, year);
  }

  /** Seeds the defaults when the year has none yet. */
  public void ensureDefaults(String clusterCode, int year) {
    if (of(clusterCode, year).isEmpty()) {
      replace(clusterCode, year, DEFAULTS);
    }
  }
}
