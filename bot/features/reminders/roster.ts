import type { BranchStore } from './branches/store';
import type { DuesStore } from './dues/store';
import type { MeetingStore } from './meetings/store';

/** A person of the branch by name, with the account when known. */
export interface RosterEntry {
  name: string;
  userKey: string | null;
  /** When the branch first knew them (ISO instant or date). */
  since: string | null;
}

/**
 * The branch's people: members who wrote in the chat, and the names the secretary typed in attendance and
 * 党费 records. One name is one person (the secretary's spelling is the branch's roster).
 */
export async function branchRoster(
  branchId: number,
  stores: { branches: BranchStore; meetings: MeetingStore; dues: DuesStore },
): Promise<RosterEntry[]> {
  const byName = new Map<string, RosterEntry>();
  for (const m of await stores.branches.members(branchId)) byName.set(m.name, { name: m.name, userKey: m.userKey, since: m.joinedAt });
  for (const a of await stores.meetings.lastAttendance(branchId))
    if (!byName.has(a.name)) byName.set(a.name, { name: a.name, userKey: a.userKey, since: null });
  for (const d of await stores.dues.lastPaid(branchId))
    if (!byName.has(d.name)) byName.set(d.name, { name: d.name, userKey: d.userKey, since: null });
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh'));
}
