/**
 * `selectors.ts?hook-table` (build/hook-table.ts) is the same reading of the `@count` lines as the live-page snippet's
 * (tests/tools/selector-snippet.ts): the product and the maintainer's tool never disagree on what a hook should match.
 */
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../../utils/types';
import { hookExpectations } from '../../tools/selector-snippet';
import { X_HEALTH } from '../../../utils/platforms/x/health';
import { FACEBOOK_HEALTH } from '../../../utils/platforms/facebook/health';
import { LINKEDIN_HEALTH } from '../../../utils/platforms/linkedin/health';
import { INSTAGRAM_HEALTH } from '../../../utils/platforms/instagram/health';
import { SELECTOR_TABLES } from './selector-docs';

const SPECS = { x: X_HEALTH, facebook: FACEBOOK_HEALTH, linkedin: LINKEDIN_HEALTH, instagram: INSTAGRAM_HEALTH };

describe('hook table (build time)', () => {
  for (const platform of PLATFORMS) {
    it(`${platform}: every hook, with the snippet's range and required flag`, () => {
      const spec = SPECS[platform];
      expect(spec.platform).toBe(platform);
      expect(Object.keys(spec.hooks)).toEqual(Object.keys(SELECTOR_TABLES[platform].selectors));
      for (const hook of hookExpectations(platform)) {
        const built = spec.hooks[hook.name]!;
        expect(built.required, hook.name).toBe(hook.required);
        expect(built.max, hook.name).toBe(hook.max);
        expect(built.min === built.max ? `${built.min}` : `${built.min}–${built.max}`, hook.name).toBe(hook.fixtures);
      }
    });

    it(`${platform}: identity signals name hooks of the table`, () => {
      const spec = SPECS[platform];
      for (const signal of spec.identitySignals) {
        expect(!!signal.cookie !== !!signal.hook, signal.name).toBe(true);
        if (signal.hook) expect(spec.selectors[signal.hook], signal.name).toBeDefined();
      }
    });
  }
});
