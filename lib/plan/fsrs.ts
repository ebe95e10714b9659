/**
 * A small FSRS scheduler (the FSRS-5 model with its published default weights). Loopside needs only
 * "when is this story due again" from a list of ratings, so this replaces a dependency with ~60 lines.
 */
export type Rating = 1 | 2 | 3 | 4;

export interface CardState {
  stability: number;
  difficulty: number;
  reps: number;
  lapses: number;
  lastReview: number | null;
  due: number;
}

const W = [
  0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192, 1.01925,
  1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621,
] as const;
const w = (i: number) => W[i]!;
const DECAY = -0.5;
const FACTOR = 19 / 81;
/** Retention the schedule aims for: a story comes back when recall would drop to 90%. */
const RETENTION = 0.9;
const DAY_MS = 86_400_000;
const MAX_INTERVAL_DAYS = 365;

const clampD = (d: number) => Math.min(10, Math.max(1, d));
const initialDifficulty = (g: Rating) => clampD(w(4) - Math.exp(w(5) * (g - 1)) + 1);

function retrievability(elapsedDays: number, stability: number): number {
  return Math.pow(1 + (FACTOR * elapsedDays) / stability, DECAY);
}

function intervalDays(stability: number): number {
  const days = (stability / FACTOR) * (Math.pow(RETENTION, 1 / DECAY) - 1);
  return Math.min(MAX_INTERVAL_DAYS, Math.max(1, Math.round(days)));
}

export const newCard = (now: number): CardState => ({
  stability: 0,
  difficulty: 0,
  reps: 0,
  lapses: 0,
  lastReview: null,
  due: now,
});

export function review(card: CardState, rating: Rating, now: number): CardState {
  let { stability, difficulty } = card;
  if (card.reps === 0 || card.lastReview === null) {
    stability = w(rating - 1);
    difficulty = initialDifficulty(rating);
  } else {
    const elapsed = Math.max(0, (now - card.lastReview) / DAY_MS);
    const next = difficulty - w(6) * (rating - 3);
    const damped = difficulty + (next - difficulty) * ((10 - difficulty) / 9);
    difficulty = clampD(w(7) * initialDifficulty(4) + (1 - w(7)) * damped);
    if (elapsed < 1) {
      // Same-day repeats nudge stability instead of treating a minute as a day of memory.
      stability = stability * Math.exp(w(17) * (rating - 3 + w(18)));
    } else {
      const r = retrievability(elapsed, stability);
      if (rating === 1) {
        const forget =
          w(11) *
          Math.pow(difficulty, -w(12)) *
          (Math.pow(stability + 1, w(13)) - 1) *
          Math.exp(w(14) * (1 - r));
        stability = Math.min(forget, stability);
      } else {
        const bonus = (rating === 2 ? w(15) : 1) * (rating === 4 ? w(16) : 1);
        stability =
          stability *
          (1 +
            Math.exp(w(8)) *
              (11 - difficulty) *
              Math.pow(stability, -w(9)) *
              (Math.exp(w(10) * (1 - r)) - 1) *
              bonus);
      }
    }
  }
  stability = Math.max(0.1, stability);
  const days = rating === 1 ? 0 : intervalDays(stability);
  return {
    stability,
    difficulty,
    reps: card.reps + 1,
    lapses: card.lapses + (rating === 1 ? 1 : 0),
    lastReview: now,
    // "Again" comes back in ten minutes, within the same sitting.
    due: rating === 1 ? now + 10 * 60_000 : now + days * DAY_MS,
  };
}
