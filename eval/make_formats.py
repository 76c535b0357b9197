"""The corpus's Word and Excel files in the other formats people send: .doc, .xls, saved web pages.

    python -m eval.make_formats SRC_DIR OUT_DIR

For every ``*.docx`` in SRC_DIR: ``.doc`` and ``.html`` (LibreOffice Writer's export) and ``.mhtml``
(that page as a browser's single-file archive: quoted-printable, GBK labelled gb2312); for every
``*.xlsx``: ``.xls`` (xlwt, the values as stored, merged cells kept) and ``.html`` (a table as a system
export writes it: merged cells as rowspan/colspan, GBK). Excel files are not converted by LibreOffice
here: it evaluates cells typed as ``=242公里`` into ``#NAME?``, which no reader can undo.
Needs LibreOffice (``soffice``) and xlwt. The output keeps the case id (the name up to its first dot),
so score.py matches it to the gold. tests/fixtures/formats/ was made with this.
"""
from __future__ import annotations

import quopri
import subprocess
import sys
import tempfile
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from pathlib import Path

TARGETS = {".docx": [("doc", "doc"), ("html", "html:XHTML Writer File:UTF8")]}


def soffice_convert(src: Path, fmt: str, outdir: Path) -> None:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation={Path(profile).as_uri()}",
                        "--convert-to", fmt, "--outdir", str(outdir), str(src)],
                       check=True, capture_output=True, timeout=180)


def mhtml_of(html: str, location: str = "http://www.example.gov.cn/czyjs/xmzc.html") -> bytes:
    """A page saved as one file, as Chinese browsers and Word do: multipart/related, the page part in GBK
    labelled gb2312, quoted-printable (GB18030 when a character is outside GBK)."""
    try:
        body, label = html.encode("gbk"), "gb2312"
    except UnicodeEncodeError:
        body, label = html.encode("gb18030"), "gb18030"
    root = MIMEMultipart("related", type="text/html")
    root["Subject"] = "项目支出绩效目标申报表"
    part = MIMENonMultipart("text", "html", charset=label)
    part.set_payload(quopri.encodestring(body).decode("ascii"))
    part["Content-Transfer-Encoding"] = "quoted-printable"
    part["Content-Location"] = location
    root.attach(part)
    css = MIMENonMultipart("text", "css")
    css.set_payload("td { border: 1px solid #000 }")
    css["Content-Location"] = location.rsplit("/", 1)[0] + "/style.css"
    root.attach(css)
    return root.as_bytes()


def sheet_grid(path: Path):
    """(rows of values, merged ranges as (r0, c0, r1, c1)) of each visible sheet of an .xlsx."""
    from openpyxl import load_workbook
    wb = load_workbook(path)
    for ws in wb.worksheets:
        if ws.sheet_state == "visible":
            rows = [list(r) for r in ws.iter_rows(values_only=True)]
            merged = [(m.min_row - 1, m.min_col - 1, m.max_row - 1, m.max_col - 1) for m in ws.merged_cells.ranges]
            yield ws.title, rows, merged


def xls_of(path: Path) -> bytes:
    import io
    import xlwt
    book = xlwt.Workbook(encoding="utf-8")
    dates = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for title, rows, merged in sheet_grid(path):
        ws = book.add_sheet(title[:31])
        covered = {(r, c) for r0, c0, r1, c1 in merged for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
        for r0, c0, r1, c1 in merged:
            v = rows[r0][c0]
            ws.write_merge(r0, r1, c0, c1, v, dates) if hasattr(v, "year") else ws.write_merge(r0, r1, c0, c1, v)
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if v is not None and (r, c) not in covered:
                    ws.write(r, c, v, dates) if hasattr(v, "year") else ws.write(r, c, v)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def html_of(path: Path) -> bytes:
    """The workbook as the HTML table a reporting system exports (GBK, rowspan/colspan, no styling)."""
    from html import escape
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>']
    for title, rows, merged in sheet_grid(path):
        starts = {(r0, c0): (r1 - r0 + 1, c1 - c0 + 1) for r0, c0, r1, c1 in merged}
        covered = {(r, c) for r0, c0, r1, c1 in merged for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
        out.append(f"<h3>{escape(title)}</h3><table border=1 cellspacing=0>")
        for r, row in enumerate(rows):
            out.append("<tr>")
            for c, v in enumerate(row):
                if (r, c) in covered and (r, c) not in starts:
                    continue
                down, across = starts.get((r, c), (1, 1))
                span = (f' rowspan="{down}"' if down > 1 else "") + (f' colspan="{across}"' if across > 1 else "")
                text = "" if v is None else v.strftime("%Y-%m-%d") if hasattr(v, "year") else str(v)
                out.append(f"<td{span}>{escape(text).replace(chr(10), '<br>')}</td>")
            out.append("</tr>")
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out).encode("gb18030")


def main(argv: list[str]) -> int:
    src, out = Path(argv[0]), Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted(p for p in src.iterdir() if p.suffix in (".docx", ".xlsx")):
        if path.suffix == ".xlsx":
            (out / f"{path.stem}.xls").write_bytes(xls_of(path))
            (out / f"{path.stem}.html").write_bytes(html_of(path))
        for ext, fmt in TARGETS.get(path.suffix, []):
            with tempfile.TemporaryDirectory() as tmp:
                soffice_convert(path, fmt, Path(tmp))
                made = next(Path(tmp).iterdir())
                target = out / f"{path.stem}.{ext}"
                target.write_bytes(made.read_bytes())
                if ext == "html" and path.suffix == ".docx":
                    (out / f"{path.stem}.mhtml").write_bytes(mhtml_of(made.read_text(encoding="utf-8")))
        print(path.name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
