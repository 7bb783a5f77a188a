package vn.tdkt.commendation.casefile;

public enum NomineeKind {
  INDIVIDUAL, COLLECTIVE;

  public static NomineeKind parse(String value) {
    for (NomineeKind k : values()) {
      if (k.name().equals(value)) {
        return k;
      }
    }
    return null;
  }
}
