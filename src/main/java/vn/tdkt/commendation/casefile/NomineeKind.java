package vn.tdkt.commendation.casefile;

import vn.tdkt.commendation.engine.Inputs;

/** Who is nominated: a person, a collective, or a household (Law 06/2022 Art. 74 covers households). */
public enum NomineeKind {
  INDIVIDUAL, COLLECTIVE, HOUSEHOLD;

  public static NomineeKind parse(String value) {
    return Inputs.choice(value, NomineeKind.class);
  }
}
