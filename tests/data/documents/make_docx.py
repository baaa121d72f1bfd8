"""Write the test .docx files: real Word footnotes and endnotes, with italics.

    python tests/data/documents/make_docx.py        (needs only the standard library;
                                                     pandoc for manuscript-pandoc.docx)

- manuscript.docx: a body of paragraphs with footnotes (italic titles as Word runs,
  a note of commentary only, a note in two paragraphs) and two endnotes; the part
  layout Word itself writes (document, styles, footnotes, endnotes, settings).
- manuscript-pandoc.docx: manuscript.md converted by pandoc, as users make them.
`build_docx` is also used by benchmarks/bench_documents.py for 5,000 footnotes.
"""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

CONTENT_TYPES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>"""

PACKAGE_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PACKAGE}">
<Relationship Id="rId1" Type="{OFFICE}/officeDocument" Target="word/document.xml"/>
</Relationships>"""

DOCUMENT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PACKAGE}">
<Relationship Id="rId1" Type="{OFFICE}/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="{OFFICE}/footnotes" Target="footnotes.xml"/>
<Relationship Id="rId3" Type="{OFFICE}/endnotes" Target="endnotes.xml"/>
</Relationships>"""

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W}">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>
<w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>
<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
</w:styles>"""

SEPARATORS = """<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>
<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>"""

FONT = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="20"/>'
"""The notes' own run formatting, which a rewritten note keeps."""


def runs(marked: str) -> str:
    """Word runs of a text whose italics are marked *like this*."""
    out = []
    for index, piece in enumerate(marked.split("*")):
        if piece:
            italic = "<w:i/>" if index % 2 else ""
            out.append(f'<w:r><w:rPr>{FONT}{italic}</w:rPr>'
                       f'<w:t xml:space="preserve">{escape(piece)}</w:t></w:r>')
    return "".join(out)


def note(kind: str, note_id: int, marked: str) -> str:
    """A footnote or endnote; a text with "¶" holds two paragraphs."""
    paragraphs = []
    for index, text in enumerate(marked.split("¶")):
        mark = (f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:{kind}Ref/></w:r>'
                f'<w:r><w:t xml:space="preserve"> </w:t></w:r>') if index == 0 else ""
        paragraphs.append(f'<w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>{mark}'
                          f'{runs(text)}</w:p>')
    return f'<w:{kind} w:id="{note_id}">{"".join(paragraphs)}</w:{kind}>'


def notes_part(kind: str, texts: list[str]) -> str:
    body = "".join(note(kind, index, text) for index, text in enumerate(texts, 1))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:{kind}s xmlns:w="{W}">{SEPARATORS.format(kind=kind)}{body}</w:{kind}s>')


def reference(kind: str, note_id: int) -> str:
    return (f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
            f'<w:{kind}Reference w:id="{note_id}"/></w:r>')


def build_docx(path: Path, paragraphs: list[str], footnotes: list[str],
               endnotes: list[str] = ()) -> None:
    """A .docx whose body paragraph k refers to footnote k (and the last paragraphs to
    the endnotes); texts mark italics with *…*."""
    body = []
    for index, text in enumerate(paragraphs):
        refs = reference("footnote", index + 1) if index < len(footnotes) else ""
        if index >= len(paragraphs) - len(endnotes):
            refs += reference("endnote", index - (len(paragraphs) - len(endnotes)) + 1)
        body.append(f"<w:p>{runs(text)}{refs}</w:p>")
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{"".join(body)}'
                f'<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("_rels/.rels", PACKAGE_RELS)
        package.writestr("word/document.xml", document)
        package.writestr("word/_rels/document.xml.rels", DOCUMENT_RELS)
        package.writestr("word/styles.xml", STYLES)
        package.writestr("word/footnotes.xml", notes_part("footnote", footnotes))
        package.writestr("word/endnotes.xml", notes_part("endnote", list(endnotes)))


FOOTNOTES = [
    "См.: Шубин А.В. *Мир на краю бездны.* М., 2004. С. 169—172.",
    "Steiner Z. *The triumph of the Dark. European international history, 1933—1939.* "
    "Oxford, 2011. P. 408.",
    "Автор благодарит коллег за обсуждение этой главы.",
    "Мельтюхов М.И. *Упущенный шанс Сталина.* М., 2000. С. 37.",
    "Там же. С. 40.",
    "Carley M.J. *1939: the alliance that never was and the coming of World War II.* "
    "Chicago, 1999. P. 15.¶Подробнее об этом см. ниже.",
]
ENDNOTES = [
    "Duroselle J.-B. *La décadence, 1932—1939.* P., 1979. P. 135.",
    "Dullin S. *Des hommes d’influences.* P., 2001. P. 120.",
]
PARAGRAPHS = [
    "Первый абзац рукописи, где *курсив* стоит и в основном тексте.",
    "Второй абзац: британский историк пишет о тридцатых годах.",
    "Третий абзац с благодарностью.",
    "Четвёртый абзац о военном сотрудничестве.",
    "Пятый абзац, где ссылка повторяется.",
    "Шестой абзац с длинным примечанием.",
    "Седьмой абзац с концевой сноской.",
    "Восьмой абзац, последний.",
]


def main() -> None:
    build_docx(HERE / "manuscript.docx", PARAGRAPHS, FOOTNOTES, ENDNOTES)
    subprocess.run(["pandoc", str(HERE / "manuscript.md"), "-o",
                    str(HERE / "manuscript-pandoc.docx")], check=True)


if __name__ == "__main__":
    main()
