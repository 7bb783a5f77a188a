package vn.tdkt.commendation.casefile;

import jakarta.persistence.Embeddable;

/**
 * A collective's figures that "Tập thể lao động xuất sắc" rests on (Law 06/2022 Art. 27): every member completes
 * their tasks, the share of "Lao động tiên tiến", the number of grassroots emulation fighters, and whether a member
 * was disciplined at "cảnh cáo" or above. Zero/false for individuals and households. Embedded in the case record
 * (columns all_members_complete_tasks, advanced_worker_share, grassroots_fighter_count, member_warned_or_worse).
 */
@Embeddable
public record CollectiveFigures(boolean allMembersCompleteTasks, int advancedWorkerShare, int grassrootsFighterCount,
    boolean memberWarnedOrWorse) {

  public static final CollectiveFigures NONE = new CollectiveFigures(false, 0, 0, false);
}
