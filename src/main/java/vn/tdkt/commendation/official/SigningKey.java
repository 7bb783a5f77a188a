package vn.tdkt.commendation.official;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A private key and its certificate chain: from a PKCS#12 keystore, or made up for the demo. */
record SigningKey(PrivateKey key, List<X509Certificate> chain) {

  X509Certificate certificate() {
    return chain.get(0);
  }

  static SigningKey fromKeystore(SignatureSettings s) {
    try (InputStream in = Files.newInputStream(Path.of(s.keystore()))) {
      char[] storePassword = s.keystorePassword() == null ? new char[0] : s.keystorePassword().toCharArray();
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, storePassword);
      String alias = s.keyAlias() != null ? s.keyAlias()
          : Collections.list(store.aliases()).stream().filter(a -> isKey(store, a)).findFirst()
              .orElseThrow(() -> new IllegalStateException("No private key in the keystore " + s.keystore()));
      char[] keyPassword = s.keyPassword() == null ? storePassword : s.keyPassword().toCharArray();
      PrivateKey key = (PrivateKey) store.getKey(alias, keyPassword);
      Certificate[] chain = store.getCertificateChain(alias);
      if (key == null || chain == null || chain.length == 0) {
        throw new IllegalStateException("No key with a certificate under alias '" + alias + "' in " + s.keystore());
      }
      return new SigningKey(key, Arrays.stream(chain).map(X509Certificate.class::cast).toList());
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Cannot read the signing keystore " + s.keystore() + ": " + e.getMessage(), e);
    }
  }

  private static boolean isKey(KeyStore store, String alias) {
    try {
      return store.isKeyEntry(alias);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  /** A self-signed RSA 2048 certificate for digital signature and non-repudiation, valid for five years. */
  static SigningKey selfSigned(String organisation, String province) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair pair = generator.generateKeyPair();
      X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.ST, province)
          .addRDN(BCStyle.O, organisation).addRDN(BCStyle.CN, organisation).build();
      Instant now = Instant.now();
      JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
          Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(5 * 365))), name, pair.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
          builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
      return new SigningKey(pair.getPrivate(), List.of(certificate));
    } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
      throw new IllegalStateException("Cannot make the demo signing certificate", e);
    }
  }
}
