"""``.doc`` (Word 97-2003): converted to docx by LibreOffice when it is installed."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from vnplan_extract.batch.readers import Extracted, ReadError

_TIMEOUT_S = 120


def read_doc(data: bytes) -> Extracted:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise ReadError(
            "a .doc file needs LibreOffice (soffice) to convert it, and none is on PATH; "
            "install LibreOffice or save the file as .docx"
        )
    from vnplan_extract.batch.read_docx import read_docx

    with tempfile.TemporaryDirectory(prefix="vnplan-doc-") as tmp:
        src = Path(tmp, "input.doc")
        src.write_bytes(data)
        # A private profile dir: a second soffice sharing the user's profile would wait forever.
        profile = Path(tmp, "profile").as_uri()
        cmd = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "docx"]
        try:
            subprocess.run(
                [*cmd, "--outdir", tmp, str(src)],
                capture_output=True,
                timeout=_TIMEOUT_S,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise ReadError(f"LibreOffice took over {_TIMEOUT_S} s to convert the .doc") from exc
        out = Path(tmp, "input.docx")
        if not out.exists():
            raise ReadError("LibreOffice could not convert the .doc file")
        return read_docx(out.read_bytes())
