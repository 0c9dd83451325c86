/** The adapter kit around fake detectors: it never throws, and finds a re-rendered composer only when it is sure. */
import { describe, expect, it } from 'vitest';
import { buildAdapter, type PlatformDetectors } from '../../../utils/platforms/adapter-kit';

function page(html: string) {
  document.body.innerHTML = html;
  const detectors: PlatformDetectors = {
    platform: 'x',
    // Classifies nothing: these tests are about the kit's other duties.
    gestures: { policy: {}, publishControlAt: () => null, editorAt: () => null, composerOfForm: () => null, publishControlOf: () => null, draftOf: () => '', surfaceOf: () => 'post' },
    composerAt: (el) => el.closest('.composer'),
    editorAt: (el) => el.closest<HTMLElement>('.editor'),
    editorsOf: (c) => [...c.querySelectorAll<HTMLElement>('.editor')],
    draftOf: (c) => c.querySelector('.editor')?.textContent ?? '',
    publishControlOf: (c) => c.querySelector<HTMLElement>('button'),
    readIdentity: () => ({ identity: null, problem: 'no-identity-signal' }),
    findComposers: (root) => [...root.querySelectorAll('.composer')],
  };
  return { adapter: buildAdapter({ doc: document }, detectors), detectors };
}
const box = (text: string) => `<div class="composer"><div class="editor">${text}</div><button>Post</button></div>`;

describe('adapter kit', () => {
  it('relocates a replaced composer to the only one holding the same draft', () => {
    const { adapter } = page(box('Bonjour') + box('Autre chose'));
    const old = document.createElement('div');
    expect(adapter.relocate!(old, 'Bonjour')).toBe(document.querySelectorAll('.composer')[0]);
  });

  it('relocates nothing when two composers hold that draft, or for an empty draft', () => {
    const { adapter } = page(box('Bonjour') + box('Bonjour') + box(''));
    expect(adapter.relocate!(document.createElement('div'), 'Bonjour')).toBeNull();
    expect(adapter.relocate!(document.createElement('div'), '  ')).toBeNull();
  });

  it('never throws into the guard: a detector that throws gives the safe answer', () => {
    const { adapter, detectors } = page(box('Bonjour'));
    detectors.draftOf = () => {
      throw new Error('layout changed');
    };
    detectors.readIdentity = () => {
      throw new Error('layout changed');
    };
    const composer = document.querySelector('.composer')!;
    expect(adapter.readDraft(composer)).toBe('');
    expect(adapter.readIdentity(composer)).toEqual({ identity: null, problem: 'no-identity-signal' });
    expect(adapter.relocate!(document.createElement('div'), 'Bonjour')).toBeNull();
  });
});
