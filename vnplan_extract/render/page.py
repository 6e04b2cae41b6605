"""One self-contained HTML page for a parsed document: text with highlights, outline, panels.

No external assets: the CSS and script are inline and allowed by hash in a strict
Content-Security-Policy, so even a document whose text holds ``<script>`` shows it as text and
runs nothing (the text is escaped as well; the policy is the second line of defence).
"""

from __future__ import annotations

from collections import Counter

from vnplan_extract.models import PlanDocument
from vnplan_extract.render.assets import CSS, SCRIPT, content_security_policy
from vnplan_extract.render.panels import (
    e,
    metadata_panel,
    organizations_panel,
    outline,
    references_panel,
    section_anchor,
    task_table,
)
from vnplan_extract.render.spans import KINDS, Anchor, collect_highlights, marked_text
from vnplan_extract.render.timeline import timeline_svg

KIND_NAMES = {
    "reference": "References",
    "time": "Time expressions",
    "organization": "Organizations",
    "task": "Tasks",
}


def _legend(counts: Counter[str]) -> str:
    boxes = "".join(
        f'<label><input type="checkbox" checked data-toggle="{kind}"> '
        f'<span class="swatch sw-{kind}"></span>{KIND_NAMES[kind]} '
        f'(<span data-count="{kind}">{counts[kind]}</span>)</label>'
        for kind in KINDS
    )
    return f'<div class="legend">{boxes}</div>'


def render_html(doc: PlanDocument) -> str:
    """The page as a string (UTF-8 when written)."""
    highlights = collect_highlights(doc)
    anchors = [Anchor(section_anchor(s), s.start) for s in doc.sections]
    counts: Counter[str] = Counter(h.kind for h in highlights)
    md = doc.metadata
    title = md.title or doc.source.path or "Plan document"
    sub = " · ".join(
        x for x in (md.number, md.issuer, md.issued_date and md.issued_date.isoformat()) if x
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{e(content_security_policy())}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="vnplan_extract">
<title>{e(title)}</title>
<style>{CSS}</style>
</head>
<body>
<header><h1>{e(title)}</h1><div class="sub">{e(sub)}</div></header>
<div class="layout">
<nav><h2>Outline</h2>{outline(doc)}<h2>Legend</h2>{_legend(counts)}</nav>
<main><pre class="doc" id="doc">{marked_text(doc.text, highlights, anchors)}</pre></main>
<aside>
<h2>Metadata</h2>{metadata_panel(doc)}
<h2>Deadline timeline</h2>{timeline_svg(doc)}
<h2>Tasks ({len(doc.tasks)})</h2>{task_table(doc)}
<h2>References ({len(doc.references)})</h2>{references_panel(doc)}
<h2>Organizations ({len(doc.organizations)})</h2>{organizations_panel(doc)}
</aside>
</div>
<div id="tip" role="tooltip" hidden></div>
<script>{SCRIPT}</script>
</body>
</html>
"""
