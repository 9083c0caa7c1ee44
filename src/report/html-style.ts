// The report page's inline stylesheet and the colours per copy kind (shared by the CSS and the SVG).
import type { ReportCopyKind } from './model.js';

/** One colour per copy kind (Okabe–Ito palette, readable by colour-blind readers). */
export const KIND_COLORS: Record<ReportCopyKind, string> = {
  exact: '#D55E00',
  verbatim: '#E69F00',
  boilerplate: '#CC79A7',
  edited: '#0072B2',
  rewrite: '#009E73',
};

const kindRules = Object.entries(KIND_COLORS)
  .map(([kind, color]) => `.k-${kind}{--k:${color}}`)
  .join('');

/** The whole stylesheet: single column under 700px, side-by-side panes above. */
export const REPORT_CSS = `
:root{color-scheme:light;--fg:#1d2430;--muted:#5b6472;--line:#d9dee6;--bg:#fff;--panel:#f5f7fa;--accent:#D55E00}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header,main,footer{max-width:1240px;margin:0 auto;padding:0 16px}
header{padding-top:20px}
h1{font-size:1.6rem;margin:0 0 4px}
.topic{margin:0 0 2px;font-size:1.05rem;font-weight:600;color:var(--accent);overflow-wrap:anywhere}
h2{font-size:1.25rem;margin:32px 0 8px;padding-bottom:4px;border-bottom:2px solid var(--line)}
h3{font-size:1.08rem;margin:0 0 4px;overflow-wrap:anywhere}
h4{font-size:.85rem;margin:0 0 6px;color:var(--muted);text-transform:uppercase;letter-spacing:.03em}
a{color:#0b5cad}
.muted,.meta{color:var(--muted);font-size:.9rem}
.meta{margin:0 0 8px;overflow-wrap:anywhere}
nav.toc{display:flex;flex-wrap:wrap;gap:6px 16px;margin:12px 0;font-size:.95rem}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(9.5rem,1fr));gap:10px;margin:16px 0}
.card{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:10px 12px}
.card b{display:block;font-size:1.5rem;line-height:1.2}
.card span{color:var(--muted);font-size:.85rem}
.chips{display:flex;flex-wrap:wrap;gap:6px;margin:8px 0;padding:0;list-style:none}
.chip{display:inline-flex;align-items:center;gap:6px;border:1px solid var(--line);border-radius:999px;padding:2px 10px;font-size:.85rem;white-space:nowrap}
.chip::before{content:"";width:10px;height:10px;border-radius:50%;background:var(--k,#888)}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;max-width:100%}
table{border-collapse:collapse;font-size:.9rem}
th,td{padding:5px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{font-weight:600;background:var(--panel)}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.stats{width:100%}
.heat th.col{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;max-height:10em;font-weight:500;padding:8px 4px}
.heat th.row{white-space:nowrap;font-weight:500}
.heat td{min-width:2.4em;text-align:center;font-variant-numeric:tabular-nums;border:1px solid #fff;background:#f2f4f7}
.heat td.self{background:repeating-linear-gradient(45deg,#eef0f3,#eef0f3 4px,#fff 4px,#fff 8px)}
.plot svg{display:block;width:100%;max-width:980px;height:auto}
.plot.narrow{display:none}
.plot text{font:12px system-ui,sans-serif;fill:var(--fg)}
.plot .grid{stroke:var(--line)}
.plot .axis{stroke:var(--muted)}
.plot circle{fill-opacity:.85;stroke:#fff}
.cluster{border:1px solid var(--line);border-radius:10px;padding:14px;margin:16px 0}
.copies{width:100%;margin:8px 0}
.kind{display:inline-block;border-radius:4px;padding:0 6px;color:#fff;background:var(--k,#777);font-size:.8rem;font-weight:600}
.kind.k-verbatim,.kind.k-boilerplate{color:#1d2430}
details.pair{margin:8px 0;border-top:1px dashed var(--line);padding-top:6px}
details.pair>summary{cursor:pointer;font-weight:600;overflow-wrap:anywhere}
.sbs{display:grid;grid-template-columns:1fr 1fr;gap:12px;margin-top:8px}
.pane{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:10px;min-width:0}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font-size:.92rem;line-height:1.55;max-height:32em;overflow-y:auto}
mark{padding:0 1px;border-radius:2px;color:inherit}
mark.verbatim{background:#ffe08a}
mark.paraphrase{background:#c9e4ff}
mark.quote{background:#e4e4e4;border-bottom:2px dotted #777}
del.boilerplate{color:#8a8f98;text-decoration:line-through;text-decoration-color:#b00020}
.legend{font-size:.85rem}
.legend mark,.legend del{padding:0 4px}
.related ul{margin:4px 0;padding-left:20px}
.related li{overflow-wrap:anywhere}
.empty{padding:16px;background:var(--panel);border-radius:8px}
footer{margin:40px auto 24px;color:var(--muted);font-size:.85rem}
@media (max-width:700px){
  body{font-size:15px}
  header,main,footer{padding:0 10px}
  .sbs{grid-template-columns:1fr}
  .text{max-height:24em}
  .cluster{padding:10px}
  h1{font-size:1.35rem}
  .plot.wide{display:none}
  .plot.narrow{display:block}
  table.stack,table.stack tbody{display:block}
  table.stack thead{display:none}
  table.stack tr{display:grid;grid-template-columns:1fr 1fr;gap:2px 12px;padding:8px 0;border-bottom:1px solid var(--line)}
  table.stack td{border:0;padding:0;text-align:left}
  table.stack td.head,table.stack td.wide{grid-column:1/-1}
  table.stack td[data-label]::before{content:attr(data-label) ": ";color:var(--muted);font-size:.82rem}
}
${kindRules}
`;
