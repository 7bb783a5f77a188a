package vn.tdkt.commendation.announcement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;

import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.casefile.NomineeKind;

/**
 * The cases of the public page, read with plain SQL. The decided ones with SQL built from the filters actually given: an
 * optional filter written as {@code (:x is null or c.x = :x)} cannot be served from an index. Only the
 * columns the page shows are read, and no entity is loaded.
 */
@Repository
class DecidedCases {

  /** A case under public notice, as the page shows it with its complaint form. */
  record UnderNotice(String caseNumber, String nomineeName, NomineeKind nomineeKind, String nomineePosition,
      AwardType awardType, String unitCode, int emulationYear, Instant noticeEndsAt) {
  }

  /** One line of the list of decisions. */
  record Decided(String decisionNumber, LocalDate decisionDate, AwardType awardType, String nomineeName,
      String nomineePosition, String unitCode, boolean revoked) {
  }

  /** The search of the page; a null field is not filtered on. */
  record Filter(Integer year, AwardType award, String unit) {
  }

  /**
   * What tells whether the list may have changed: the last closing of a case (a case enters the list
   * when it is closed as awarded) and the newest case row (rows written by other means than a closing).
   */
  record Stamp(Instant lastClosedAt, Long lastId) {
  }

  /** An award later revoked stays in the list of decisions, marked as revoked (issue 14). */
  private static final String DECIDED = "status in ('AWARDED', 'REVOKED') and decision_number is not null";

  private final NamedParameterJdbcTemplate jdbc;
  private final DataSource dataSource;
  private volatile String indexHint;

  DecidedCases(NamedParameterJdbcTemplate jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
  }

  List<Decided> page(Filter filter, long offset, int size) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    String sql = "select decision_number, decision_date, award_type, nominee_name, nominee_position, unit_code, status"
        + " from case_record" + indexHint() + " where " + DECIDED + conditions(filter, params)
        + " order by decision_date desc, case_number desc offset :offset rows fetch next :size rows only";
    params.addValue("offset", offset).addValue("size", size);
    return jdbc.query(sql, params, DecidedCases::decided);
  }

  long count(Filter filter) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    Long n = jdbc.queryForObject("select count(*) from case_record" + indexHint() + " where " + DECIDED
        + conditions(filter, params), params, Long.class);
    return n == null ? 0 : n;
  }

  /** Cases whose public notice is still running, soonest end first: the ones the public may comment on. */
  List<UnderNotice> underNotice(Instant now) {
    return jdbc.query("select case_number, nominee_name, nominee_kind, nominee_position, award_type, unit_code,"
        + " emulation_year, notice_ends_at from case_record where status = 'UNDER_NOTICE' and notice_ends_at > :now"
        + " order by notice_ends_at, case_number", new MapSqlParameterSource("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)),
        (rs, i) -> new UnderNotice(rs.getString(1), rs.getString(2), NomineeKind.valueOf(rs.getString(3)),
            rs.getString(4), AwardType.parse(rs.getString(5)), rs.getString(6), rs.getInt(7),
            instant(rs.getObject(8, OffsetDateTime.class))));
  }

  /** Two index look-ups (ix_case_closed and the primary key). */
  Stamp stamp() {
    return jdbc.getJdbcTemplate().queryForObject("select max(closed_at), max(id) from case_record",
        (rs, i) -> new Stamp(instant(rs.getObject(1, OffsetDateTime.class)), rs.getObject(2, Long.class)));
  }

  private static String conditions(Filter filter, MapSqlParameterSource params) {
    StringBuilder where = new StringBuilder();
    if (filter.year() != null) {
      where.append(" and emulation_year = :year");
      params.addValue("year", filter.year());
    }
    if (filter.award() != null) {
      where.append(" and award_type = :award");
      params.addValue("award", filter.award().name());
    }
    if (filter.unit() != null) {
      where.append(" and unit_code = :unit");
      params.addValue("unit", filter.unit());
    }
    return where.toString();
  }

  /**
   * H2 chooses one index per table and prefers an equality on ix_case_status, which matches every decided
   * case, to the index that already holds them in the page's order (ix_case_decided): without this hint
   * it reads and sorts all decided cases for a page of 25. The other two serve a search by unit or award.
   * PostgreSQL's planner weighs the order and the LIMIT itself.
   */
  private String indexHint() {
    String hint = indexHint;
    if (hint == null) {
      String product;
      try {
        product = JdbcUtils.extractDatabaseMetaData(dataSource, meta -> meta.getDatabaseProductName());
      } catch (MetaDataAccessException e) {
        product = "";
      }
      hint = "H2".equals(product) ? " use index (ix_case_decided, ix_case_unit_year, ix_case_award_year)" : "";
      indexHint = hint;
    }
    return hint;
  }

  private static Decided decided(ResultSet rs, int row) throws SQLException {
    return new Decided(rs.getString(1), rs.getObject(2, LocalDate.class), AwardType.parse(rs.getString(3)),
        rs.getString(4), rs.getString(5), rs.getString(6), "REVOKED".equals(rs.getString(7)));
  }

  private static Instant instant(OffsetDateTime at) {
    return at == null ? null : at.toInstant();
  }
}
