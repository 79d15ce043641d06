/**
 * What the Excel bundles (taskpane.js and functions.js) are compiled for: the webviews that can host
 * this add-in, given its manifest (SharedRuntime 1.1, CustomFunctionsRuntime 1.2, ExcelApi 1.8).
 * Sources: Microsoft's "Browsers and webview controls used by Office Add-ins"
 * (learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins), the
 * SharedRuntime and Custom Functions requirement-set pages
 * (learn.microsoft.com/javascript/api/requirement-sets/common/shared-runtime-requirement-sets,
 * .../excel/custom-functions-requirement-sets).
 *
 * - Windows: an add-in with <Runtimes> (the shared runtime) never runs in EdgeHTML; it gets WebView2
 *   (Chromium Edge; Microsoft 365 from 16.0.13530.20424 with the WebView2 runtime installed), else
 *   Trident+ (IE11). Chromium Edge began at 79: `edge79`. WebView2 is evergreen, so real ones are
 *   far newer.
 * - Mac: WKWebView, the system's Safari engine. SharedRuntime 1.1 needs Excel 16.35 (March 2020),
 *   which still ran on macOS 10.13 to 10.15; all three had Safari 13 (September 2019): `safari13`.
 * - Excel on the web: the browser it is opened in (Microsoft 365 supports current Edge, Chrome,
 *   Firefox, Safari); `chrome80` and `firefox78` (an ESR) are floors well below that.
 * - `es2017` caps the syntax at what all of the above parse; esbuild lowers anything newer (object
 *   spread, optional chaining, `??`, class fields) and fails the build on syntax it cannot lower.
 *
 * Trident+ (IE11, ES5 only) is not a target: the shared runtime reaches it only on Windows builds
 * from before WebView2 (Microsoft 365 Version 2002 to 2011) or on a machine without the WebView2
 * runtime (Office 2016/2019 retail on Windows 10, say); there the add-in does not start.
 * tests/hosts/webviews.test.ts parses the built bundles against this target.
 */
export const OFFICE_WEBVIEW_TARGET = ['es2017', 'edge79', 'chrome80', 'firefox78', 'safari13'];

/**
 * esbuild cannot lower destructuring, and refuses all of it for Safari before 14.1 since the
 * compat-table listed a WebKit bug of Safari 9 to 13.1 (compat-table PR 2008, babel issue 17773):
 * an array pattern with a rest element (`let [a, ...rest] = [0, undefined]`) gives a `rest` that is
 * not an array. Other destructuring is correct there, so it is declared supported, and
 * tests/hosts/webviews.test.ts checks that no array rest pattern reaches the bundles.
 */
export const OFFICE_WEBVIEW_SUPPORTED: Record<string, boolean> = { destructuring: true };
