"""An annotated, self-contained HTML view of a parsed document (``vnplan render``).

``render_html(doc)`` returns the page; the modules beside this one build its parts: ``spans``
(highlights nested into the escaped text), ``labels`` (hover values), ``panels`` (outline,
metadata, tasks, references, organizations), ``timeline`` (deadline SVG), ``assets`` (inline CSS,
script and the Content-Security-Policy) and ``page`` (the whole).
"""

from __future__ import annotations

from vnplan_extract.render.page import render_html

__all__ = ["render_html"]
