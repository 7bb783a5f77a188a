package vn.tdkt.commendation.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The demo's own mail server (GreenMail, in memory, profile "demo"): every notification is delivered
 * to it, so the demo and the tests never need a real SMTP server. Port tdkt.mail.demo-server.port
 * (0 = any free port, used by the tests); the mail sender is pointed at it once it runs.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "tdkt.mail.demo-server.enabled", havingValue = "true", matchIfMissing = true)
public class DemoMailServer implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(DemoMailServer.class);

  private final JavaMailSenderImpl sender;
  private final int port;
  private GreenMail greenMail;

  DemoMailServer(JavaMailSenderImpl sender, @Value("${tdkt.mail.demo-server.port:3025}") int port) {
    this.sender = sender;
    this.port = port;
    start();
  }

  public final synchronized void start() {
    ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    greenMail = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
    greenMail.start();
    sender.setHost("127.0.0.1");
    sender.setPort(greenMail.getSmtp().getPort());
    sender.setUsername(null);
    sender.setPassword(null);
    LOG.info("Demo mail server (GreenMail) receives the notifications on smtp://127.0.0.1:{}",
        greenMail.getSmtp().getPort());
  }

  /** Stops the server, as a mail server that is down (the tests use it). */
  public synchronized void stop() {
    greenMail.stop();
  }

  public synchronized GreenMail greenMail() {
    return greenMail;
  }

  @Override
  public void destroy() {
    stop();
  }
}
