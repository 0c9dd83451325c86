/** What a fixture page must yield, on every platform; each platform's expectations.ts says what a composer must be. */
import type { Identity } from '../../../utils/types';
import type { DetectionProblem } from '../../../utils/platforms/adapter';

export interface FixtureExpectation<Composer> {
  /** The URL the page stands for. */
  url: string;
  /** The page-level identity, or null with the problem detection must report. */
  identity: Identity | null;
  problem?: DetectionProblem;
  /** Its composers, in document order. */
  composers: Composer[];
}
