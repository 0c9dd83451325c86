/**
 * The checker behind architecture.test.ts: reads the imports of a set of source files (static imports, `import type`,
 * re-exports `export … from`, dynamic `import()`, `import x = require()`, type-position `import('…')`), resolves
 * relative and `@/` paths, and reports every import that breaks a rule of the table it is given. A pure function of
 * its inputs (file texts, rules, an "exists" test), so a test can feed it a synthetic tree.
 *
 * Imports are read with TypeScript's parser, not with regular expressions: an import in a comment or a string is not
 * an import, and a multi-line import list is one.
 */
import { posix } from 'node:path';
import ts from 'typescript';

export interface SourceText {
  /** Repository-relative, with "/" separators: `utils/rules/engine.ts`. */
  path: string;
  text: string;
}

/**
 * A direction of docs/architecture.md §2. Path patterns are repository-relative: a trailing "/" means "anything
 * below", `*` any characters within one path segment, `**` anything, `<p>` a platform folder (and names it for
 * `<other>`), `<other>` a platform folder other than `<p>`, `<any>` any platform folder.
 */
export interface ImportRule {
  id: string;
  /** One line: why the direction holds. Printed with the violations. */
  why: string;
  /** The files the rule governs. */
  from: string;
  /** Files that `from` matches but the rule does not govern. */
  exempt?: string;
  /** The only files these may import; anything else breaks the rule, packages included. */
  only?: readonly string[];
  /** Files these never import. */
  never?: readonly string[];
  /** Packages these never import (a package name also covers its subpaths: `wxt/browser` covers `wxt/browser/chrome`). */
  neverPackages?: readonly string[];
  /** Also follow runtime imports (type-only ones are erased): a `neverPackages` package reached through any module breaks the rule too. */
  transitive?: boolean;
  /** Code these never contain, looked for in every property access, whitespace and `?.` removed (`browser.storage.local.set`). */
  code?: RegExp;
}

export interface ImportRef {
  /** As written: `../guard/guard`, `@/utils/types`, `wxt/browser`. */
  spec: string;
  line: number;
  /** Erased at build time: `import type`, `export type`, imports whose every name is `type`, `import('…')` in a type. */
  typeOnly: boolean;
  /** Repository-relative file (with its extension when one was found), or the package name. */
  target: string;
  external: boolean;
}

export interface Violation {
  file: string;
  line: number;
  /** The import as written, or the offending code. */
  what: string;
  rule: string;
  /** For a transitive rule: the modules from the import to the forbidden package. */
  via?: string[];
}

const EXTENSIONS = ['', '.ts', '.tsx', '.js', '.mjs', '/index.ts', '/index.tsx'];
const ROOT_ALIASES = ['@/', '~/', '@@/', '~~/'];

/** Where an import leads: a repository-relative file (when `exists` finds one) or a package. */
export function resolveImport(spec: string, from: string, exists: (path: string) => boolean): { target: string; external: boolean } {
  // A build-time query (`./selectors.ts?hook-table`, build/hook-table.ts) imports data made from that same file.
  spec = spec.replace(/\?[\w-]+$/, '');
  let base: string | undefined;
  if (spec.startsWith('./') || spec.startsWith('../')) base = posix.normalize(posix.join(posix.dirname(from), spec));
  else {
    const alias = ROOT_ALIASES.find((prefix) => spec.startsWith(prefix));
    if (alias) base = posix.normalize(spec.slice(alias.length));
  }
  if (base === undefined) return { target: spec, external: true };
  const found = EXTENSIONS.map((ext) => base + ext).find(exists);
  return { target: found ?? base, external: false };
}

function lineOf(source: ts.SourceFile, node: ts.Node): number {
  return source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
}

const parsed = new WeakMap<SourceText, ts.SourceFile>();

function parse(file: SourceText): ts.SourceFile {
  let source = parsed.get(file);
  if (!source || source.text !== file.text) {
    const kind = file.path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true, kind);
    parsed.set(file, source);
  }
  return source;
}

/** Every import of one file, in source order. */
export function importsOf(file: SourceText, exists: (path: string) => boolean): ImportRef[] {
  const source = parse(file);
  const refs: ImportRef[] = [];
  const add = (literal: ts.Node, typeOnly: boolean) => {
    if (!ts.isStringLiteralLike(literal)) return;
    refs.push({ spec: literal.text, line: lineOf(source, literal), typeOnly, ...resolveImport(literal.text, file.path, exists) });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const names = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const allTypes = !!clause && !clause.name && !!names && names.length > 0 && names.every((n) => n.isTypeOnly);
      add(node.moduleSpecifier, !!clause && (clause.isTypeOnly || allTypes));
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      const names = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : undefined;
      add(node.moduleSpecifier, node.isTypeOnly || (!!names && names.length > 0 && names.every((n) => n.isTypeOnly)));
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node.moduleReference.expression, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.arguments[0]) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) add(node.arguments[0], false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return refs;
}

/** Every property access of one file (`browser.storage.local.set`), whitespace and optional chaining removed. */
function accessesOf(file: SourceText): { text: string; line: number }[] {
  const source = parse(file);
  const found: { text: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) found.push({ text: node.getText(source).replace(/\s+/g, '').replace(/\?\./g, '.'), line: lineOf(source, node) });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** Whether `path` matches a rule pattern; `platform` is what `<p>` matched in the importer's path. */
export function matchPattern(pattern: string, path: string, platform?: string): RegExpExecArray | null {
  let source = '';
  for (const part of pattern.split(/(<p>|<other>|<any>|\*\*|\*)/)) {
    if (part === '<p>') source += '(?<p>[^/]+)';
    else if (part === '<any>') source += '[^/]+';
    else if (part === '<other>') source += platform === undefined ? '[^/]+' : `(?!${escape(platform)}/)[^/]+`;
    else if (part === '**') source += '.*';
    else if (part === '*') source += '[^/]*';
    else source += escape(part);
  }
  return new RegExp(`^${source}${pattern.endsWith('/') ? '' : '$'}`).exec(path);
}

const packageMatches = (name: string, spec: string) => spec === name || spec.startsWith(`${name}/`);

/**
 * Every violation of `rules` in `files`, in file order. `exists` tells which repository paths are files (to resolve
 * extensionless imports); by default, the files given.
 */
export function checkImports(files: readonly SourceText[], rules: readonly ImportRule[], exists?: (path: string) => boolean): Violation[] {
  const known = new Set(files.map((f) => f.path));
  const isFile = exists ?? ((path: string) => known.has(path));
  const imports = new Map(files.map((f) => [f.path, importsOf(f, isFile)]));

  /** The shortest runtime import chain from `start` to a package of `packages`, if there is one. */
  const chainTo = (packages: readonly string[], start: string): string[] | null => {
    const cameFrom = new Map<string, string | null>([[start, null]]);
    for (const queue = [start]; queue.length > 0; ) {
      const module = queue.shift()!;
      for (const ref of imports.get(module) ?? []) {
        if (ref.typeOnly) continue;
        if (!ref.external) {
          if (cameFrom.has(ref.target)) continue;
          cameFrom.set(ref.target, module);
          queue.push(ref.target);
        } else if (packages.some((name) => packageMatches(name, ref.target))) {
          const chain = [ref.target];
          for (let at: string | null = module; at !== null; at = cameFrom.get(at) ?? null) chain.unshift(at);
          return chain;
        }
      }
    }
    return null;
  };

  const violations: Violation[] = [];
  for (const file of files) {
    for (const rule of rules) {
      const governed = matchPattern(rule.from, file.path);
      if (!governed || (rule.exempt && matchPattern(rule.exempt, file.path))) continue;
      const platform = governed.groups?.p;
      for (const ref of imports.get(file.path)!) {
        const report = (via?: string[]) => violations.push({ file: file.path, line: ref.line, what: ref.spec, rule: rule.id, ...(via ? { via } : {}) });
        if (ref.external) {
          if (rule.only || rule.neverPackages?.some((name) => packageMatches(name, ref.target))) report();
          continue;
        }
        if (rule.only && !rule.only.some((pattern) => matchPattern(pattern, ref.target, platform))) report();
        else if (rule.never?.some((pattern) => matchPattern(pattern, ref.target, platform))) report();
        else if (rule.transitive && rule.neverPackages && !ref.typeOnly) {
          const chain = chainTo(rule.neverPackages, ref.target);
          if (chain) report(chain);
        }
      }
      if (rule.code) {
        for (const access of accessesOf(file)) {
          if (rule.code.test(access.text)) violations.push({ file: file.path, line: access.line, what: access.text, rule: rule.id });
        }
      }
    }
  }
  return violations;
}

/** `file:line → import (rule)`, and the chain for a transitive rule. */
export function formatViolation(v: Violation): string {
  return `${v.file}:${v.line} → ${v.what} (${v.rule})${v.via ? ` via ${v.via.join(' → ')}` : ''}`;
}
