package vn.tdkt.commendation.casefile;

import vn.tdkt.commendation.engine.Inputs;

public enum NomineeKind {
  INDIVIDUAL, COLLECTIVE;

  public static NomineeKind parse(String value) {
    return Inputs.choice(value, NomineeKind.class);
  }
}
