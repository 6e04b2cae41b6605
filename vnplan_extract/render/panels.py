"""The side panels: outline, metadata, tasks, references and organizations, as escaped HTML."""

from __future__ import annotations

from html import escape

from vnplan_extract.models import PlanDocument, Section
from vnplan_extract.render.labels import deadline_text


def e(value: object) -> str:
    """Escape anything for text or a quoted attribute."""
    return escape("" if value is None else str(value), quote=True)


def section_anchor(section: Section) -> str:
    return f"sec-{section.id}"


def outline(doc: PlanDocument) -> str:
    """The section tree as nested lists of links to the anchors at each section's start."""
    children: dict[str | None, list[Section]] = {}
    for s in doc.sections:
        children.setdefault(s.parent, []).append(s)

    def items(parent: str | None) -> str:
        out = []
        for s in children.get(parent, []):
            label = f"{s.label}. {s.heading}" if s.heading else s.label
            sub = items(s.id)
            out.append(
                f'<li><a href="#{e(section_anchor(s))}" title="{e(s.kind)}">{e(label)}</a>'
                f"{f'<ul>{sub}</ul>' if sub else ''}</li>"
            )
        return "".join(out)

    body = items(None)
    return f'<ul class="toc">{body}</ul>' if body else '<p class="none">No sections found.</p>'


def metadata_panel(doc: PlanDocument) -> str:
    md = doc.metadata
    signer = ", ".join(p for p in (md.signer.authority, md.signer.position, md.signer.name) if p)
    rows = [
        ("Type", md.doc_type),
        ("Number", md.number),
        ("Issuer", md.issuer),
        ("Place", md.place),
        ("Date", md.issued_date.isoformat() if md.issued_date else None),
        ("Title", md.title),
        ("Signer", signer or None),
        ("Recipients", "; ".join(r.name for r in md.recipients) or None),
        ("Source", doc.source.path or doc.source.sha256[:16]),
    ]
    body = "".join(f"<dt>{e(k)}</dt><dd>{e(v) if v else '—'}</dd>" for k, v in rows)
    warnings = "".join(f"<li>{e(w)}</li>" for w in doc.warnings)
    extra = f'<ul class="warnings">{warnings}</ul>' if warnings else ""
    return f'<dl class="meta">{body}</dl>{extra}'


def task_table(doc: PlanDocument) -> str:
    """One row per task: assignees with their roles, deadlines as values."""
    if not doc.tasks:
        return '<p class="none">No tasks found.</p>'
    times = {t.id: t for t in doc.time_expressions}
    rows = []
    for task in doc.tasks:
        people = "".join(
            f'<li><span class="role role-{e(a.role)}">{e(a.role)}</span> {e(a.name)}</li>'
            for a in task.assignees
        )
        deadlines = "".join(
            f'<li><a href="#time-{e(d)}">{e(deadline_text(d, times))}</a></li>'
            for d in task.deadlines
        )
        rows.append(
            f'<tr><td><a href="#task-{e(task.id)}">{e(task.id)}</a></td>'
            f"<td>{e(task.section)}</td><td><ul>{people}</ul></td>"
            f"<td><ul>{deadlines}</ul></td><td>{e(task.action)}</td></tr>"
        )
    head = "<tr><th>Task</th><th>§</th><th>Assignees</th><th>Deadlines</th><th>Action</th></tr>"
    return f'<table class="tasks"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'


def references_panel(doc: PlanDocument) -> str:
    if not doc.references:
        return '<p class="none">No references found.</p>'
    rows = []
    for r in doc.references:
        name = r.number or r.name or r.alias or r.doc_type
        date = r.issued_date.isoformat() if r.issued_date else ""
        rows.append(
            f'<li><a href="#ref-{e(r.id)}-0">{e(r.id)}</a> <b>{e(r.doc_type)}</b> {e(name)} '
            f'<span class="muted">{e(date)} {e(r.issuer)} ×{len(r.mentions)}</span></li>'
        )
    return f'<ul class="refs">{"".join(rows)}</ul>'


def organizations_panel(doc: PlanDocument) -> str:
    if not doc.organizations:
        return '<p class="none">No organizations found.</p>'
    rows = [
        f'<li><a href="#org-{n}-0">{e(o.name)}</a> '
        f'<span class="muted">×{len(o.mentions)}</span></li>'
        for n, o in enumerate(doc.organizations, 1)
        if o.mentions
    ]
    return f'<ul class="orgs">{"".join(rows)}</ul>'
