/** `./selectors.ts?hook-table`: the table's `@count` lines as data, made at build time by build/hook-table.ts. */
declare module '*?hook-table' {
  const hooks: import('../../build/hook-table').DocumentedHooks;
  export default hooks;
}
