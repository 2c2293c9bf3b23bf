/** Server-rendered HTML for the emulator's /admin UI: layout, escaping and small form helpers. */
import {escapeHtml, html} from '../../http/responses';

export const esc = (value: unknown): string => escapeHtml(value == null ? '' : String(value));

export type Section = 'comments' | 'banners' | 'home' | 'subscribers' | 'blog';

const NAV: [Section, string, string][] = [
  ['comments', 'Comments', '/admin/comments'],
  ['banners', 'Promo banners', '/admin/banners'],
  ['home', 'Home page', '/admin/home'],
  ['subscribers', 'Subscribers', '/admin/subscribers'],
  ['blog', 'Blog settings', '/admin/blog'],
];

const CSS = `
:root{--forest:#1f4d3a;--forest-dark:#163829;--charcoal:#1c2421;--muted:#5b6560;--clay:#b4532a;--clay-dark:#93421f;
--stone:#f5f2ec;--card:#fff;--line:#e2ddd3;--ok:#1f6b45;--ok-bg:#e3f1e8;--warn:#8a5a00;--warn-bg:#fbf0d9;
--bad:#a1302b;--bad-bg:#f8e3e1;--info-bg:#e6eef3;--info:#2c4f66;--radius:10px}
*{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--charcoal);background:var(--stone);line-height:1.5}
body{margin:0}
a{color:var(--forest)}a:hover{color:var(--forest-dark)}
.top{background:var(--forest);color:#fff}
.top-inner{max-width:72rem;margin:0 auto;padding:.9rem 1.5rem;display:flex;align-items:center;gap:1rem;flex-wrap:wrap}
.brand{font-weight:700;font-size:1.05rem;letter-spacing:.01em;margin-right:auto}
.brand small{font-weight:500;opacity:.8;margin-left:.5rem}
.top nav{display:flex;gap:.25rem;flex-wrap:wrap}
.top nav a{color:#fff;text-decoration:none;padding:.4rem .75rem;border-radius:999px;font-size:.93rem}
.top nav a:hover{background:rgba(255,255,255,.12)}
.top nav a[aria-current=page]{background:#fff;color:var(--forest);font-weight:600}
main{max-width:72rem;margin:0 auto;padding:1.75rem 1.5rem 4rem}
h1{font-size:1.6rem;line-height:1.2;margin:0 0 .35rem;letter-spacing:-.01em}
h2{font-size:1.15rem;margin:0 0 .75rem}
.lead{color:var(--muted);margin:0 0 1.5rem;max-width:60rem}
.note{font-size:.85rem;color:var(--muted)}
.flash{padding:.75rem 1rem;border-radius:var(--radius);margin:0 0 1.25rem;border:1px solid}
.flash.ok{background:var(--ok-bg);color:var(--ok);border-color:#b9dcc6}
.flash.bad{background:var(--bad-bg);color:var(--bad);border-color:#ecc0bb}
.flash ul{margin:.35rem 0 0;padding-left:1.2rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:var(--radius);padding:1.1rem 1.25rem;margin-bottom:1rem}
.tabs{display:flex;gap:.4rem;flex-wrap:wrap;margin:0 0 1.25rem;padding:0;list-style:none}
.tabs a{display:inline-block;padding:.35rem .8rem;border:1px solid var(--line);border-radius:999px;background:#fff;text-decoration:none;color:var(--charcoal);font-size:.9rem}
.tabs a[aria-current=page]{background:var(--charcoal);border-color:var(--charcoal);color:#fff}
.count{display:inline-block;min-width:1.4rem;padding:0 .35rem;margin-left:.35rem;border-radius:999px;background:var(--stone);color:var(--muted);font-size:.8rem;text-align:center}
.tabs a[aria-current=page] .count{background:rgba(255,255,255,.2);color:#fff}
.badge{display:inline-block;padding:.1rem .55rem;border-radius:999px;font-size:.78rem;font-weight:600;letter-spacing:.02em;text-transform:uppercase;white-space:nowrap}
.badge.published,.badge.active,.badge.live,.badge.subscribed{background:var(--ok-bg);color:var(--ok)}
.badge.pending,.badge.unapproved,.badge.scheduled,.badge.pending-confirmation{background:var(--warn-bg);color:var(--warn)}
.badge.spam,.badge.removed,.badge.ended,.badge.unsubscribed{background:var(--bad-bg);color:var(--bad)}
.badge.draft,.badge.not_subscribed,.badge.none{background:#ecebe7;color:var(--muted)}
.comment-head{display:flex;flex-wrap:wrap;gap:.35rem .9rem;align-items:baseline;margin-bottom:.5rem}
.comment-head strong{font-size:1rem}
.comment-meta{color:var(--muted);font-size:.88rem}
.comment-body{white-space:pre-wrap;overflow-wrap:anywhere;margin:.25rem 0 .9rem;max-width:65ch}
.actions{display:flex;gap:.5rem;flex-wrap:wrap;align-items:center}
.actions form{margin:0}
button,.button{font:inherit;font-size:.9rem;font-weight:600;padding:.45rem .95rem;border-radius:8px;border:1px solid var(--line);background:#fff;color:var(--charcoal);cursor:pointer;text-decoration:none;display:inline-block;line-height:1.3}
button:hover,.button:hover{border-color:#c9c2b4}
button.primary,.button.primary{background:var(--forest);border-color:var(--forest);color:#fff}
button.primary:hover,.button.primary:hover{background:var(--forest-dark)}
button.cta{background:var(--clay);border-color:var(--clay);color:#fff}
button.cta:hover{background:var(--clay-dark)}
button.danger{color:var(--bad);border-color:#ecc0bb}
button:focus-visible,.button:focus-visible,a:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible{outline:3px solid #7fb39a;outline-offset:2px}
table{width:100%;border-collapse:collapse;background:#fff;border:1px solid var(--line);border-radius:var(--radius);overflow:hidden}
th,td{text-align:left;padding:.65rem .8rem;border-bottom:1px solid var(--line);vertical-align:top;font-size:.93rem}
th{background:#faf8f4;font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
tr:last-child td{border-bottom:0}
td .sub{display:block;color:var(--muted);font-size:.85rem}
.toolbar{display:flex;justify-content:space-between;align-items:flex-start;gap:1rem;flex-wrap:wrap;margin-bottom:1rem}
form.stack{display:grid;gap:1rem;max-width:48rem}
.grid2{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:1rem}
label{display:block;font-weight:600;font-size:.92rem;margin-bottom:.3rem}
label .opt{font-weight:400;color:var(--muted)}
input[type=text],input[type=url],input[type=email],input[type=datetime-local],input[type=number],select,textarea{font:inherit;width:100%;padding:.5rem .65rem;border:1px solid #cfc8ba;border-radius:8px;background:#fff;color:var(--charcoal)}
textarea{min-height:6rem;resize:vertical}
.hint{font-size:.83rem;color:var(--muted);margin-top:.25rem}
fieldset{border:1px solid var(--line);border-radius:var(--radius);padding:.85rem 1rem;margin:0;background:#fff}
legend{font-weight:600;font-size:.92rem;padding:0 .35rem}
.choice{display:flex;gap:.5rem;align-items:center;font-weight:400;margin:.2rem 0}
.choice input{margin:0}
.stats{display:flex;gap:1rem;flex-wrap:wrap;margin-bottom:1.25rem}
.stat{background:#fff;border:1px solid var(--line);border-radius:var(--radius);padding:.8rem 1.1rem;min-width:11rem}
.stat b{display:block;font-size:1.5rem;line-height:1.2}
.stat span{color:var(--muted);font-size:.85rem}
.empty{padding:2rem;text-align:center;color:var(--muted);background:#fff;border:1px dashed var(--line);border-radius:var(--radius)}
.nowrap{white-space:nowrap}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
[data-link-pane]{margin-top:.75rem}
.swatch{display:inline-block;width:.8rem;height:.8rem;border-radius:3px;vertical-align:-1px;margin-right:.3rem;border:1px solid rgba(0,0,0,.1)}
.swatch.forest{background:#1f4d3a}.swatch.clay{background:#b4532a}.swatch.stone{background:#d9d2c3}
footer{max-width:72rem;margin:0 auto;padding:0 1.5rem 2rem;color:var(--muted);font-size:.82rem}
`;

export interface PageOptions {
  title: string;
  section: Section;
  body: string;
  status?: number;
  notice?: string | null;
  errors?: string[];
  shopName: string;
}

export function page(options: PageOptions): Response {
  const nav = NAV.map(
    ([key, label, href]) =>
      `<a href="${href}"${key === options.section ? ' aria-current="page"' : ''}>${esc(label)}</a>`,
  ).join('');
  const flash = [
    options.notice ? `<p class="flash ok" role="status">${esc(options.notice)}</p>` : '',
    options.errors?.length
      ? `<div class="flash bad" role="alert"><strong>Not saved.</strong><ul>${options.errors
          .map((e) => `<li>${esc(e)}</li>`)
          .join('')}</ul></div>`
      : '',
  ].join('');
  return html(
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(options.title)} · ${esc(options.shopName)} admin (emulator)</title>
<style>${CSS}</style></head>
<body>
<header class="top"><div class="top-inner">
<div class="brand">${esc(options.shopName)}<small>Admin · local emulator</small></div>
<nav aria-label="Admin sections">${nav}</nav>
</div></header>
<main>
${flash}
${options.body}
</main>
<footer>Every change here is an Admin GraphQL call to this emulator (the same calls Shopify admin makes) and is kept in the emulator's data folder.</footer>
</body></html>`,
    {status: options.status ?? 200, headers: {'cache-control': 'no-store', 'x-frame-options': 'DENY'}},
  );
}

/** "2026-11-26 14:05 UTC" from an ISO date (empty for null). */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`;
}

/** ISO → value of an <input type="datetime-local"> (UTC). */
export function toDateTimeLocal(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 16);
}

/** <input type="datetime-local"> value (read as UTC) → ISO, or '' when empty, or null when invalid. */
export function fromDateTimeLocal(value: string): string | null {
  const v = value.trim();
  if (!v) return '';
  const d = new Date(/[zZ]|[+-]\d{2}:?\d{2}$/.test(v) ? v : `${v}${v.length === 16 ? ':00' : ''}Z`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function badge(kind: string, label = kind): string {
  return `<span class="badge ${esc(kind.toLowerCase())}">${esc(label.replace(/_/g, ' '))}</span>`;
}

export function option(value: string, label: string, selected: boolean): string {
  return `<option value="${esc(value)}"${selected ? ' selected' : ''}>${esc(label)}</option>`;
}

/** A POST form with a single button (moderation actions and the like). */
export function actionForm(action: string, label: string, className = '', hidden: Record<string, string> = {}, confirm?: string): string {
  const fields = Object.entries(hidden)
    .map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}">`)
    .join('');
  const onsubmit = confirm ? ` onsubmit="return confirm('${esc(confirm.replace(/'/g, '’'))}')"` : '';
  return `<form method="post" action="${esc(action)}"${onsubmit}>${fields}<button type="submit" class="${esc(className)}">${esc(label)}</button></form>`;
}
