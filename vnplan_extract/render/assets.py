"""The page's own CSS and script, inlined; the Content-Security-Policy allows exactly these (by
hash), so nothing else on the page, document text included, can style or script it."""

from __future__ import annotations

import base64
import hashlib

# One colour per kind of item; tasks are a light underlay so the items inside stay readable.
CSS = """
:root { --ref:#cfe3ff; --ref-b:#2f6fd6; --time:#ffe0b8; --time-b:#d97a00;
  --org:#d3f3d3; --org-b:#2e8b3a; --task:#f1e6ff; --task-b:#8a4fd1; }
* { box-sizing: border-box; }
body { margin:0; font:14px/1.5 system-ui, "Segoe UI", Roboto, sans-serif; color:#1d1d1f;
  background:#fafafa; height:100vh; display:flex; flex-direction:column; overflow:hidden; }
header { padding:10px 18px; background:#24324a; color:#fff; }
header h1 { margin:0; font-size:17px; display:-webkit-box; -webkit-line-clamp:2;
  -webkit-box-orient:vertical; overflow:hidden; }
header .sub { opacity:.8; font-size:13px; }
.layout { display:grid; grid-template-columns: 260px minmax(0,1fr) 420px; gap:0;
  flex:1; min-height:0; }
.layout > * { overflow:auto; padding:12px 16px; }
nav { border-right:1px solid #ddd; background:#fff; }
aside { border-left:1px solid #ddd; background:#fff; }
main pre.doc { white-space:pre-wrap; word-wrap:break-word; font:15px/1.7 Georgia, serif;
  margin:0; max-width: 60em; }
h2 { font-size:14px; text-transform:uppercase; letter-spacing:.04em; color:#555;
  margin:16px 0 6px; }
.toc, .toc ul { list-style:none; padding-left:12px; margin:0; }
.toc a { color:#24324a; text-decoration:none; font-size:13px; }
.toc a:hover { text-decoration:underline; }
mark.hl { background:transparent; color:inherit; border-radius:2px; cursor:help; }
mark.hl-reference { background:var(--ref); border-bottom:2px solid var(--ref-b); }
mark.hl-time { background:var(--time); border-bottom:2px solid var(--time-b); }
mark.hl-organization { background:var(--org); border-bottom:2px solid var(--org-b); }
mark.hl-task { background:var(--task); box-shadow: inset 3px 0 0 var(--task-b); }
mark.hl.active { outline:2px solid #222; }
body.hide-reference mark.hl-reference, body.hide-time mark.hl-time,
body.hide-organization mark.hl-organization, body.hide-task mark.hl-task {
  background:transparent; border-bottom:none; box-shadow:none; }
.legend label { display:inline-block; margin:2px 8px 2px 0; font-size:13px; }
.swatch { display:inline-block; width:12px; height:12px; border-radius:2px;
  vertical-align:middle; margin-right:3px; }
.sw-reference { background:var(--ref); border:1px solid var(--ref-b); }
.sw-time { background:var(--time); border:1px solid var(--time-b); }
.sw-organization { background:var(--org); border:1px solid var(--org-b); }
.sw-task { background:var(--task); border:1px solid var(--task-b); }
dl.meta { display:grid; grid-template-columns: 90px 1fr; gap:2px 8px; margin:0; font-size:13px; }
dl.meta dt { color:#666; }
dl.meta dd { margin:0; }
table.tasks { border-collapse:collapse; font-size:12px; width:100%; }
table.tasks th, table.tasks td { border-bottom:1px solid #eee; padding:3px 4px;
  vertical-align:top; text-align:left; }
table.tasks ul, ul.refs, ul.orgs, ul.warnings { margin:0; padding-left:14px; font-size:12px; }
table.tasks td:last-child { max-width: 14em; }
.role { font-size:10px; padding:0 4px; border-radius:6px; background:#eee; }
.role-lead { background:#ffd6d6; } .role-coordinate { background:#d6e9ff; }
.role-execute { background:#e4ffd6; }
.muted, .none { color:#777; }
svg.timeline text { font-size:11px; fill:#333; }
svg.timeline .axis-line { stroke:#999; }
svg.timeline rect { fill:var(--time-b); opacity:.75; }
svg.timeline .tl-start rect { fill:#2e8b3a; } svg.timeline .tl-period rect { fill:#2f6fd6; }
svg.timeline .tl-recurring rect { fill:#8a4fd1; }
#tip { position:fixed; z-index:10; max-width:420px; padding:6px 8px; background:#222;
  color:#fff; font-size:12px; border-radius:4px; pointer-events:none; white-space:pre-line; }
#tip[hidden] { display:none; }
"""

# The tooltip shows every value under the pointer, innermost first; the legend's boxes hide a
# kind. Values are set with textContent: nothing from the document is ever parsed as HTML.
SCRIPT = """
(function () {
  var tip = document.getElementById("tip");
  var active = [];
  function clear() {
    active.forEach(function (el) { el.classList.remove("active"); });
    active = [];
  }
  document.addEventListener("mouseover", function (ev) {
    var el = ev.target instanceof Element ? ev.target.closest("mark.hl") : null;
    clear();
    if (!el) { tip.hidden = true; return; }
    var lines = [];
    for (var m = el; m; m = m.parentElement ? m.parentElement.closest("mark.hl") : null) {
      lines.push(m.getAttribute("data-value"));
    }
    tip.textContent = lines.join("\\n");
    tip.hidden = false;
    var item = el.getAttribute("data-item");
    document.querySelectorAll("mark.hl").forEach(function (p) {
      if (p.getAttribute("data-item") === item) { p.classList.add("active"); active.push(p); }
    });
  });
  document.addEventListener("mousemove", function (ev) {
    if (tip.hidden) { return; }
    var x = Math.min(ev.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
    var y = ev.clientY + 18;
    if (y + tip.offsetHeight > window.innerHeight) { y = ev.clientY - tip.offsetHeight - 10; }
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  });
  document.querySelectorAll("input[data-toggle]").forEach(function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + box.getAttribute("data-toggle"), !box.checked);
    });
  });
})();
"""


def csp_hash(source: str) -> str:
    """The CSP source expression allowing exactly this inline script or style."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def content_security_policy() -> str:
    """Nothing loads from anywhere; only our own style and script run."""
    return (
        f"default-src 'none'; style-src {csp_hash(CSS)}; script-src {csp_hash(SCRIPT)}; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )
