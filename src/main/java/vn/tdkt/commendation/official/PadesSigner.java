package vn.tdkt.commendation.official;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.Hashtable;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.organisation.OrganisationProperties;

/**
 * PAdES baseline B-B signatures (ETSI EN 319 142-1) with PDFBox's signing API and BouncyCastle's CMS: SubFilter
 * ETSI.CAdES.detached, SHA-256 with RSA, the signer's certificate in the CMS and named by an ESS
 * signing-certificate-v2 attribute, no signing-time attribute (the time is the dictionary's /M), and the signature
 * added as an incremental update whose byte range covers the whole file but the signature itself. The key comes
 * from tdkt.signature.keystore (PKCS#12); without one, the demo profile makes a self-signed certificate at start-up,
 * and elsewhere documents are issued unsigned with a warning at start-up.
 */
@Component
class PadesSigner implements DocumentSigner {

  private static final Logger LOG = LoggerFactory.getLogger(PadesSigner.class);
  static final COSName PADES = COSName.getPDFName("ETSI.CAdES.detached");

  private final SigningKey key;
  private final String location;

  PadesSigner(SignatureSettings settings, OrganisationProperties organisation) {
    if (settings.keystore() != null) {
      this.key = SigningKey.fromKeystore(settings);
      LOG.info("Documents are signed with the certificate of {}", key.certificate().getSubjectX500Principal().getName());
    } else if (settings.demoCertificate()) {
      this.key = SigningKey.selfSigned(settings.demoSubject(), organisation.province());
      LOG.info("Documents are signed with a self-signed demo certificate made at start-up");
    } else {
      this.key = null;
      LOG.warn("No signing keystore (tdkt.signature.keystore): decisions and minutes are issued WITHOUT a digital signature");
    }
    this.location = settings.location().isBlank() ? String.valueOf(organisation.province()) : settings.location();
  }

  @Override
  public boolean signs() {
    return key != null;
  }

  @Override
  public String signerName() {
    if (key == null) {
      return "";
    }
    X500Name subject = X500Name.getInstance(key.certificate().getSubjectX500Principal().getEncoded());
    var cn = subject.getRDNs(org.bouncycastle.asn1.x500.style.BCStyle.CN);
    return cn.length == 0 ? subject.toString() : cn[0].getFirst().getValue().toString();
  }

  @Override
  public byte[] sign(byte[] pdf, String reason) {
    if (key == null) {
      return pdf;
    }
    try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(PADES);
      signature.setName(signerName());
      signature.setLocation(location);
      signature.setReason(reason);
      signature.setSignDate(Calendar.getInstance(TimeZone.getTimeZone("Asia/Ho_Chi_Minh")));
      try (SignatureOptions options = new SignatureOptions()) {
        options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
        doc.addSignature(signature, this::cms, options);
        doc.saveIncremental(out);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot sign the document", e);
    }
  }

  /** The detached CMS signature of what PDFBox gives: the file without the signature's placeholder. */
  private byte[] cms(InputStream content) throws IOException {
    try {
      X509Certificate certificate = key.certificate();
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      var signer = new JcaContentSignerBuilder("SHA256withRSA").build(key.key());
      var builder = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
          .setSignedAttributeGenerator(signedAttributes(certificate));
      generator.addSignerInfoGenerator(builder.build(signer, certificate));
      generator.addCertificates(new JcaCertStore(key.chain()));
      return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
    } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
      throw new IOException("Cannot make the CMS signature", e);
    }
  }

  /** Content type and message digest (BouncyCastle's), the ESS signing-certificate-v2, and no signing time. */
  private static DefaultSignedAttributeTableGenerator signedAttributes(X509Certificate certificate)
      throws GeneralSecurityException {
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
    IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(
        X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))), certificate.getSerialNumber());
    ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuerSerial);
    ASN1EncodableVector attributes = new ASN1EncodableVector();
    attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
        new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
    return new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)) {
      @Override
      @SuppressWarnings({"rawtypes", "unchecked"})
      protected Hashtable createStandardAttributeTable(Map parameters) {
        Hashtable table = super.createStandardAttributeTable(parameters);
        table.remove(CMSAttributes.signingTime);
        return table;
      }
    };
  }
}
