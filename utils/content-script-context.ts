/**
 * What WXT's content-script wrapper gets in the content scripts' build instead of its ContentScriptContext
 * (wxt.config.ts points `wxt/utils/content-script-context` here for them). WXT's own context announces every start
 * with `window.postMessage({ type: '<extension id>:<script>:wxt:content-script-started', … }, '*')` and a document
 * event, so that an older copy stops: every page of the four sites would read from it that Right Account is there, and
 * its id. The product tells the page nothing (architecture §5); the guard's own lifecycle (utils/guard/lifecycle.ts)
 * hands over between copies through its isolated world instead. So this context does nothing, and the content
 * scripts' `main()` takes no `ctx`: tests/unit/content-script-bundle.test.ts checks that WXT's context stays out.
 */
export class ContentScriptContext {
  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}
}
