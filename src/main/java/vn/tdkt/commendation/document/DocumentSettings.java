package vn.tdkt.commendation.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** tdkt.documents.*: the largest attachment a case accepts. */
@ConfigurationProperties("tdkt.documents")
public record DocumentSettings(DataSize maxSize) {

  public DocumentSettings {
    if (maxSize == null) {
      maxSize = DataSize.ofMegabytes(10);
    }
  }
}
