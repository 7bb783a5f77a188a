package vn.tdkt.commendation.official;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * tdkt.signature.*: the organisation's signing key in a PKCS#12 keystore (path, passwords, alias), the place
 * written in the signature, and in the demo profile a self-signed certificate made at start-up instead.
 */
@ConfigurationProperties("tdkt.signature")
public record SignatureSettings(String keystore, String keystorePassword, String keyAlias, String keyPassword,
    String location, boolean demoCertificate, String demoSubject) {

  public SignatureSettings {
    keystore = blankToNull(keystore);
    keyAlias = blankToNull(keyAlias);
    location = location == null ? "" : location;
    demoSubject = demoSubject == null || demoSubject.isBlank() ? "Ủy ban nhân dân tỉnh (chứng thư thử nghiệm)" : demoSubject;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
