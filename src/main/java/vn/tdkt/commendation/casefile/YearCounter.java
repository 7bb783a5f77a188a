package vn.tdkt.commendation.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A per-year counter row ("case:2026", "decision:2026"), incremented under a row lock. */
@Entity
@Table(name = "year_counter")
class YearCounter {

  @Id
  @Column(length = 40)
  private String id;

  private long lastValue;

  protected YearCounter() {
  }

  YearCounter(String id) {
    this.id = id;
  }

  long next() {
    return ++lastValue;
  }

  long lastValue() {
    return lastValue;
  }
}
