/** How many rows of each kind a run builds, and how many times each query is timed. */
export interface Sizes {
  units: number;
  occupants: number;
  visits: number;
  visitorPeople: number;
  parcels: number;
  keys: number;
  keyLoans: number;
  foundItems: number;
  documents: number;
  borrowings: number;
  /** Days of history the visits and parcels are spread over. */
  days: number;
  /** Timed repetitions of each read (writes and exports have their own counts in queries.ts). */
  reps: number;
}

export type ScaleName = 'tiny' | 'small' | 'full';

/** full is issue 10's figure set; small is a hundredth of it; tiny is the CI smoke test's, seconds not minutes. */
export const SCALES: Record<ScaleName, Sizes> = {
  full: {
    units: 50_000, occupants: 50_000, visits: 1_000_000, visitorPeople: 50_000, parcels: 1_000_000, keys: 5_000,
    keyLoans: 200_000, foundItems: 50_000, documents: 200_000, borrowings: 300_000, days: 1_000, reps: 200,
  },
  small: {
    units: 500, occupants: 500, visits: 10_000, visitorPeople: 500, parcels: 10_000, keys: 200,
    keyLoans: 2_000, foundItems: 500, documents: 2_000, borrowings: 3_000, days: 1_000, reps: 200,
  },
  tiny: {
    units: 60, occupants: 60, visits: 300, visitorPeople: 40, parcels: 300, keys: 30,
    keyLoans: 100, foundItems: 40, documents: 80, borrowings: 60, days: 30, reps: 5,
  },
};
