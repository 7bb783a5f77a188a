package vn.tdkt.commendation.proposal;

/**
 * The columns of a proposal's nominee list: the key of the field in the Tasklist form and in JSON, and the
 * Vietnamese header of the Excel template's column (and of a refusal that names it).
 */
enum NomineeField {
  NAME("nomineeName", "Họ và tên / Tên tập thể", 32),
  KIND("nomineeKind", "Loại đối tượng", 16),
  POSITION("nomineePosition", "Chức vụ, đơn vị công tác (cá nhân)", 30),
  AWARD("awardType", "Hình thức khen thưởng", 34),
  SUMMARY("achievementSummary", "Tóm tắt thành tích", 50),
  GRASSROOTS_YEARS("consecutiveGrassrootsFighterYears", "Số năm liên tục đạt CSTĐ cơ sở", 14),
  EXCELLENT_YEARS("consecutiveExcellentYears", "Số năm liên tục hoàn thành xuất sắc nhiệm vụ", 16),
  INITIATIVES("recognisedInitiatives", "Số sáng kiến được công nhận", 14),
  UNDER_DISCIPLINE("underDiscipline", "Đang bị kỷ luật, điều tra, xác minh (Có/Không)", 16),
  ACHIEVEMENT_DATE("achievementDate", "Ngày lập thành tích (dd/mm/yyyy)", 16),
  ALL_MEMBERS_COMPLETE("allMembersCompleteTasks", "Tập thể: 100% thành viên hoàn thành nhiệm vụ (Có/Không)", 18),
  ADVANCED_SHARE("advancedWorkerShare", "Tập thể: tỷ lệ Lao động tiên tiến (%)", 14),
  GRASSROOTS_FIGHTERS("grassrootsFighterCount", "Tập thể: số Chiến sĩ thi đua cơ sở", 14),
  MEMBER_WARNED("memberWarnedOrWorse", "Tập thể: có thành viên bị kỷ luật từ cảnh cáo trở lên (Có/Không)", 18);

  final String key;
  final String header;
  /** Column width in the template, in characters. */
  final int width;

  NomineeField(String key, String header, int width) {
    this.key = key;
    this.header = header;
    this.width = width;
  }
}
