package vn.tdkt.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.tdkt.commendation.nomination.NominationProcess;

/**
 * The access matrix of docs/security.md, read from that file and checked cell by cell: each role (a demo
 * person), each door, the HTTP status and whether the answer shows the case. The doc and the product
 * cannot drift apart without this test failing. Each cell gets a fresh case of unit thads (cluster cum9)
 * waiting for its head's endorsement.
 */
class AccessMatrixTest extends RestWorkflowTest {

  static final Path DOC = Path.of("docs/security.md");
  static final String START = "<!-- access-matrix:start -->";
  static final String END = "<!-- access-matrix:end -->";

  @Autowired WebApplicationContext context;

  record Cell(String door, String caller, int status, Boolean shows) {
    @Override
    public String toString() {
      return caller + " → " + door + " = " + status + (shows == null ? "" : shows ? "+" : "-");
    }
  }

  static Stream<Arguments> cells() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String table = doc.substring(doc.indexOf(START) + START.length(), doc.indexOf(END));
    List<String> rows = table.lines().map(String::strip).filter(l -> l.startsWith("|")).toList();
    List<String> callers = columns(rows.get(0)).subList(1, columns(rows.get(0)).size()).stream()
        .map(c -> c.replace("`", "")).toList();
    List<Arguments> cells = new ArrayList<>();
    for (String row : rows.subList(2, rows.size())) {
      List<String> cols = columns(row);
      String door = cols.get(0).replace("`", "");
      for (int i = 0; i < callers.size(); i++) {
        String v = cols.get(i + 1);
        Boolean shows = v.endsWith("+") ? Boolean.TRUE : v.endsWith("-") ? Boolean.FALSE : null;
        Cell cell = new Cell(door, callers.get(i), Integer.parseInt(v.replaceAll("[+-]$", "")), shows);
        cells.add(Arguments.of(Named.of(cell.toString(), cell)));
      }
    }
    assertThat(cells).hasSizeGreaterThan(50);
    return cells.stream();
  }

  private static List<String> columns(String row) {
    return Arrays.stream(row.substring(1, row.length() - 1).split("\\|")).map(String::strip).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cells")
  void everyCellOfTheTableHolds(Cell cell) throws Exception {
    String name = "Ma Trận Quyền " + System.nanoTime();
    ProcessInstance pi = nominate("nominator.thads", meritNomination(name));
    String caseNumber = caseOf(pi).getCaseNumber();
    String task = task(pi, NominationProcess.ENDORSE).getId();
    String caller = "anonymous".equals(cell.caller()) ? null : cell.caller();
    String[] door = cell.door().split(" ", 2);
    String path = door[1].replace("{pi}", pi.getId()).replace("{task}", task).replace("{case}", caseNumber);

    int status;
    String body;
    if (path.startsWith("/engine-rest/") || path.startsWith("/api/")) {
      Object payload = switch (path.substring(path.lastIndexOf('/') + 1)) {
        case "start" -> body(variables(meritNomination("Ma Trận Khởi Tạo " + System.nanoTime())));
        case "complete" -> body(variables("endorsementOutcome", "approve"));
        default -> null;
      };
      Caller c = caller == null ? anonymous() : as(caller);
      Answer answer = "POST".equals(door[0]) ? c.post(path, payload) : c.get(path);
      status = answer.status();
      body = answer.body();
    } else {
      MockHttpServletResponse response = page(caller, MockMvcRequestBuilders.get(path));
      status = response.getStatus();
      body = response.getContentAsString();
    }
    assertThat(status).as("%s: %s", cell, body).isEqualTo(cell.status());
    if (cell.shows() != null) {
      String mark = path.contains("/task") ? task : path.contains("/cases") ? caseNumber : pi.getId();
      assertThat(body).as("%s shows %s", cell, mark).matches(b -> b.contains(mark) == cell.shows());
    }
    if (status == 200 && path.startsWith("/engine-rest/process-instance/")) {
      assertThat(body).contains(pi.getId());
    }
    if (status == 204) {
      assertThat(outcomes(pi)).contains("approve");
    }
    if (status >= 400 && path.endsWith("/complete")) {
      assertThat(tasks.createTaskQuery().taskId(task).count()).as("task still open").isOne();
    }
  }

  /** A page as the person signed in through our login (groups from the identity store), or anonymously. */
  private MockHttpServletResponse page(String caller, MockHttpServletRequestBuilder request) throws Exception {
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    if (caller != null) {
      String[] groups = identity.createGroupQuery().groupMember(caller).list().stream()
          .map(Group::getId).map(g -> "GROUP_" + g).toArray(String[]::new);
      request.with(user(caller).authorities(AuthorityUtils.createAuthorityList(groups)));
    }
    return mvc.perform(request).andReturn().getResponse();
  }

}
