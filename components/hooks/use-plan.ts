import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { noteEdit } from '../../lib/backup/edit-counter';
import { downloadText } from '../../lib/browser/download-text';
import { getDb } from '../../lib/db/loopside-db';
import {
  addHourEntry,
  addRehearsal,
  allHourEntries,
  allRehearsals,
  deleteHourEntry,
  readPlan,
  readReadiness,
  updatePlan,
  updateReadiness,
} from '../../lib/db/plan-queries';
import { readSetting } from '../../lib/db/settings-queries';
import { ROUND_ALREADY_RUNNING, saveNewRound } from '../../lib/db/session-queries';
import { allVotes, listLoops } from '../../lib/db/peer-queries';
import { promptMarksSetting } from '../../lib/settings/settings';
import { DRILL_MINUTES } from '../../lib/practice/round-presets';
import type { Framework } from '../../lib/frameworks/framework-schema';
import type { VoteRow } from '../../lib/peer/loop-schema';
import { localDay } from '../../lib/format/local-day';
import type { PeerEvidence } from '../../lib/plan/task-evidence';
import { withInterviewDate, withTicked } from '../../lib/plan/plan-edits';
import {
  type HourEntry,
  type PlanLength,
  type PlanRow,
  type PlanTrack,
  type ReadinessRow,
  type Rehearsal,
} from '../../lib/plan/plan-schema';

interface PlanData {
  plan: PlanRow | null;
  hours: HourEntry[];
  rehearsals: Rehearsal[];
  readiness: ReadinessRow;
  /** When each peer vote arrived and when each loop was revealed: the plan counts peer mocks. */
  peer: PeerEvidence;
  /** The imported peer votes: their per-value scores join the progress charts. */
  votes: VoteRow[];
}

/** Everything the plan section shows; undefined while loading. */
export function usePlanData(): PlanData | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const [plan, hours, rehearsals, readiness, votes, loops] = await Promise.all([
      readPlan(db),
      allHourEntries(db),
      allRehearsals(db),
      readReadiness(db, Date.now()),
      allVotes(db),
      listLoops(db),
    ]);
    const imported = votes.filter((v) => v.origin === 'imported');
    const peer: PeerEvidence = {
      votesImportedAt: imported.map((v) => v.storedAt),
      loopsRevealedAt: loops.flatMap((l) => (l.revealedAt === null ? [] : [l.revealedAt])),
    };
    return { plan, hours, rehearsals, readiness, peer, votes: imported };
  }, []);
}

interface PlanActions {
  setDate: (interviewDate: string, frameworkId: string) => Promise<void>;
  setLength: (length: PlanLength | null) => Promise<void>;
  setTrack: (track: PlanTrack) => Promise<void>;
  setFramework: (frameworkId: string) => Promise<void>;
  /** Ticks or unticks by hand; `seen` says whether the product already counts it done. */
  setTicked: (taskId: string, ticked: boolean, seen: boolean) => Promise<void>;
  clearPlan: () => Promise<void>;
  addHours: (day: string, minutes: number, label: string) => Promise<void>;
  deleteHours: (id: string) => Promise<void>;
  rehearse: (storyId: string, rating: number, durationMs: number) => Promise<void>;
  saveReadiness: (change: (r: ReadinessRow) => ReadinessRow) => Promise<void>;
  /** Starts a round for the coach panel; fails when one is already running. */
  startRound: (framework: Framework, presetId: string, valueIds?: string[]) => Promise<void>;
  exportMarkdown: (markdown: string) => void;
}

export function usePlanActions(): PlanActions {
  return useMemo<PlanActions>(() => {
    const db = getDb();
    const edit = async (change: (p: PlanRow) => PlanRow) => {
      await updatePlan(db, (p) => (p ? { ...change(p), updatedAt: Date.now() } : p));
      await noteEdit(db);
    };
    return {
      async setDate(interviewDate, frameworkId) {
        await updatePlan(db, (p) => withInterviewDate(p, interviewDate, frameworkId, Date.now()));
        await noteEdit(db);
      },
      setLength: (chosenLength) => edit((p) => ({ ...p, chosenLength })),
      setTrack: (track) => edit((p) => ({ ...p, track })),
      setFramework: (frameworkId) => edit((p) => ({ ...p, frameworkId })),
      setTicked: (taskId, ticked, seen) => edit((p) => withTicked(p, taskId, ticked, seen)),
      async clearPlan() {
        await updatePlan(db, () => null);
      },
      async addHours(day, minutes, label) {
        await addHourEntry(db, {
          id: crypto.randomUUID(),
          day,
          minutes,
          label,
          createdAt: Date.now(),
        });
        await noteEdit(db);
      },
      deleteHours: (id) => deleteHourEntry(db, id),
      async rehearse(storyId, rating, durationMs) {
        await addRehearsal(db, {
          id: crypto.randomUUID(),
          storyId,
          at: Date.now(),
          rating,
          durationMs,
        });
        await noteEdit(db);
      },
      async saveReadiness(change) {
        await updateReadiness(db, change, Date.now());
        await noteEdit(db, 'readiness');
      },
      async startRound(framework, presetId, valueIds) {
        // Drawn as the panel draws (drilled prompts first, left-out ones never), saved only if no
        // round is running.
        const { drawRound } = await import('../../lib/practice/draw-round');
        const marks = await readSetting(db, promptMarksSetting);
        const round = drawRound(
          { framework, presetId, ...(valueIds ? { valueIds, minutes: DRILL_MINUTES } : {}) },
          marks,
          { id: crypto.randomUUID(), seed: Math.floor(Math.random() * 2 ** 31), now: Date.now() },
        );
        if (!(await saveNewRound(db, round))) throw new Error(ROUND_ALREADY_RUNNING);
      },
      exportMarkdown(markdown) {
        downloadText(`loopside-plan-${localDay(Date.now())}.md`, markdown, 'text/markdown');
      },
    };
  }, []);
}
