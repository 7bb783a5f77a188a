package vn.tdkt.commendation.official;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The file name of a downloaded decision keeps its number readable: "QĐ" is "QD", not "Q". */
class VnFileNameTest {

  @Test
  void documentNumbersKeepTheirLettersWithoutMarks() {
    assertThat(Vn.fileNamePart("1/QĐ-UBND")).isEqualTo("1-QD-UBND");
    assertThat(Vn.fileNamePart("25/QĐ-CTUBND")).isEqualTo("25-QD-CTUBND");
    assertThat(Vn.fileNamePart("12/TTr-SNV")).isEqualTo("12-TTr-SNV");
    assertThat(Vn.fileNamePart("07/qđ-ubnd tỉnh")).isEqualTo("07-qd-ubnd-tinh");
  }

  @Test
  void whatCannotBeInAFileNameBecomesOneHyphen() {
    assertThat(Vn.fileNamePart("3/QĐ-UBND\"; x=<y>")).isEqualTo("3-QD-UBND-x-y-");
  }
}
