package vn.tdkt.commendation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import vn.tdkt.commendation.WorkflowTest;

/**
 * From a model to its code by name alone: every bean an element of processes/*.bpmn calls is named after
 * the element's id ({@code tallyBallots} → {@code tallyBallotsDelegate}, a listener → {@code …Listener}), and
 * the names the earlier versions of the models call, still deployed in existing databases, stay the same beans.
 */
class StepBeanNamesTest extends WorkflowTest {

  private static final Pattern BEAN = Pattern.compile("\\$\\{(\\w+)}");

  /** Old name → new name, for instances of the earlier model versions still running. */
  static final Map<String, String> OLD_NAMES = Map.ofEntries(
      Map.entry("nominationTaskListener", "reviseNominationListener"),
      Map.entry("closeCaseListener", "caseAwardedListener"),
      Map.entry("remindSupplementListener", "supplementRemindedListener"),
      Map.entry("noticeEndedListener", "noticePeriodListener"),
      Map.entry("appraisalDeadlineListener", "toAppraiseListener"),
      Map.entry("supplementDeadlineListener", "appraisalSupplementListener"),
      Map.entry("clusterRoundCheckDelegate", "checkClusterRoundDelegate"),
      Map.entry("openCouncilSessionDelegate", "openSessionDelegate"),
      Map.entry("tallyCouncilVotesDelegate", "tallyVotesDelegate"),
      Map.entry("startCouncilRoundDelegate", "startNewRoundDelegate"),
      Map.entry("releaseCouncilCasesDelegate", "releaseCasesDelegate"),
      Map.entry("closeCouncilSessionDelegate", "closeSessionDelegate"),
      Map.entry("councilBallotGuard", "castCouncilBallotListener"),
      Map.entry("registerCentralProposalDelegate", "registerProposalDelegate"),
      Map.entry("centralTaskListener", "prepareSubmissionListener"),
      Map.entry("openClusterRoundDelegate", "openRoundDelegate"),
      Map.entry("selfAssessmentListener", "submitSelfAssessmentListener"),
      Map.entry("remindSelfAssessmentDelegate", "remindUnitsDelegate"),
      Map.entry("clusterBallotListener", "castBallotListener"),
      Map.entry("tallyClusterBallotDelegate", "tallyBallotsDelegate"),
      Map.entry("startRoundNominationsDelegate", "startNominationsDelegate"),
      Map.entry("writeRoundMinutesDelegate", "writeMinutesDelegate"));

  @Autowired ApplicationContext context;

  record Call(String model, String elementId, String bean, boolean listener) {
  }

  @Test
  void everyElementCallsTheBeanNamedAfterItsId() throws Exception {
    List<Call> calls = calls();
    assertTrue(calls.size() > 40, "found only " + calls.size() + " calls");
    for (Call call : calls) {
      String expected = call.elementId() + (call.listener() ? "Listener" : "Delegate");
      assertEquals(expected, call.bean(), call.model() + " " + call.elementId());
      assertTrue(context.containsBean(call.bean()), call.model() + ": no bean " + call.bean());
      assertFalse(OLD_NAMES.containsKey(call.bean()), call.bean());
    }
  }

  @Test
  void theNamesOfTheEarlierModelVersionsAreTheSameBeans() {
    OLD_NAMES.forEach((old, current) -> assertSame(context.getBean(current), context.getBean(old), old));
  }

  /** Every delegate expression of the models, with the id of the element that holds it. */
  static List<Call> calls() throws Exception {
    List<Call> calls = new ArrayList<>();
    for (Resource r : ModelDeployment.findModels()) {
      if (!r.getFilename().endsWith(".bpmn")) {
        continue;
      }
      Document doc = parse(r);
      NodeList all = doc.getElementsByTagName("*");
      for (int i = 0; i < all.getLength(); i++) {
        Element e = (Element) all.item(i);
        String expression = e.hasAttribute("camunda:delegateExpression") ? e.getAttribute("camunda:delegateExpression")
            : e.getAttribute("delegateExpression");
        if (expression.isEmpty()) {
          continue;
        }
        Matcher m = BEAN.matcher(expression);
        assertTrue(m.matches(), r.getFilename() + ": " + expression);
        boolean listener = e.getLocalName().endsWith("Listener");
        calls.add(new Call(r.getFilename(), idOf(listener ? owner(e) : e), m.group(1), listener));
      }
    }
    return calls;
  }

  /** The BPMN element a camunda:taskListener or camunda:executionListener belongs to. */
  private static Element owner(Element listener) {
    Node n = listener.getParentNode();
    while (!(n instanceof Element e && e.hasAttribute("id"))) {
      n = n.getParentNode();
    }
    return (Element) n;
  }

  private static String idOf(Element e) {
    return e.getAttribute("id");
  }

  private static Document parse(Resource r) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    try (InputStream in = r.getInputStream()) {
      return f.newDocumentBuilder().parse(in);
    } catch (IOException e) {
      throw new IllegalStateException(r.getFilename(), e);
    }
  }
}
