package vn.tdkt.commendation.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The dashboard's percentiles are nearest-rank: the value at or below which p% of the cases fall. */
class StageTimesTest {

  static final List<Double> TEN = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);

  @Test
  void medianAndNinetiethPercentile() {
    assertEquals(3.0, Dashboard.percentile(List.of(1.0, 2.0, 3.0, 4.0, 5.0), 50));
    assertEquals(5.0, Dashboard.percentile(TEN, 50));
    assertEquals(9.0, Dashboard.percentile(TEN, 90));
    assertEquals(10.0, Dashboard.percentile(TEN, 95));
    assertEquals(7.0, Dashboard.percentile(List.of(7.0), 90));
  }
}
