import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../utils/types';

describe('project', () => {
  it('knows the four platforms', () => {
    expect(PLATFORMS).toEqual(['x', 'facebook', 'linkedin', 'instagram']);
  });
});
