/**
 * public/managed_schema.json, Chrome's `storage.managed_schema`: Chrome refuses to load an extension whose schema it
 * cannot read (a type such as "any"), and drops a whole key whose value does not fit it. So the schema declares the
 * policy's keys, with JSON types only, and nothing stricter than the reader's own checks.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLICY_KEYS } from '../../../utils/settings/policy';
import { settingsFileObject } from '../../../utils/settings/file';

type Node = { type: string; description?: string; properties?: Record<string, Node>; items?: Node };
const schema = JSON.parse(readFileSync(resolve(__dirname, '../../../public/managed_schema.json'), 'utf8')) as Node;

/** Every node, with its path. */
function nodes(node: Node, path = '$'): [string, Node][] {
  return [
    [path, node],
    ...Object.entries(node.properties ?? {}).flatMap(([k, v]) => nodes(v, `${path}.${k}`)),
    ...(node.items ? nodes(node.items, `${path}[]`) : []),
  ];
}

describe('managed_schema.json', () => {
  it('declares exactly the policy keys', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties!).sort()).toEqual([...POLICY_KEYS].sort());
  });

  it('uses only what Chrome policy schemas support, and no restriction beyond JSON types', () => {
    for (const [path, node] of nodes(schema)) {
      expect(['object', 'array', 'string', 'boolean', 'integer'], path).toContain(node.type);
      expect(Object.keys(node).filter((k) => !['type', 'description', 'properties', 'items'].includes(k)), path).toEqual([]);
      if (node.type === 'array') expect(node.items, path).toBeDefined();
    }
  });

  it('declares every field of an account and of a word list that the settings file carries (Chrome drops undeclared ones)', () => {
    const file = settingsFileObject({
      accounts: [{ id: 'x:a', platform: 'x', handle: 'a', name: 'A', kind: 'brand', protected: true, ownWords: ['w'], color: '#000000', group: 'G', confirmDelay: 3 }],
      wordLists: [{ id: 'l', name: 'L', words: ['w'], appliesTo: ['brand'], action: 'block', enabled: true, includeAccounts: [], excludeAccounts: [] }],
      unknownIdentity: 'confirm',
    });
    expect(Object.keys(schema.properties!.accounts!.items!.properties!).sort()).toEqual(Object.keys(file.accounts[0]!).sort());
    expect(Object.keys(schema.properties!.wordLists!.items!.properties!).sort()).toEqual(Object.keys(file.wordLists[0]!).sort());
  });
});
