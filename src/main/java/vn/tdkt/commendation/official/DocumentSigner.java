package vn.tdkt.commendation.official;

/**
 * Signs an issued PDF with the organisation's digital signature (Decree 30/2020 Art. 13(7), Appendix I part II.8):
 * the seal's electronic counterpart, applied when the clerk issues the document. The implementation in use is
 * {@link PadesSigner}, with a key from a PKCS#12 keystore. A USB token (PKCS#11, through the JDK's SunPKCS11
 * provider) or a remote signing service fits behind the same interface: it gets the bytes PDFBox asks to be signed
 * and returns a CMS signature (docs/configuration.md, "Digital signature").
 */
public interface DocumentSigner {

  /** The PDF with a PAdES signature that covers the whole file; unchanged when {@link #signs()} is false. */
  byte[] sign(byte[] pdf, String reason);

  /** Whether documents are really signed (a keystore is configured, or the demo's own certificate is in use). */
  boolean signs();

  /** Who signs, as the certificate names it (for the page that lists issued documents). */
  String signerName();
}
