"""Machine-readable page metadata: Open Graph on every page, schema.org Legislation JSON-LD where it fits.

Link previews (Open Graph) need a title, a description, an address and a locale. The original text
and each instrument page describe a legal act, so they carry a schema.org ``Legislation`` graph
linking Decision 145/QĐ-UBND to the instruments it is based on, implements or cites. Everything
returned here is a finished HTML fragment for the page head, escaped for its context.
"""

from __future__ import annotations

import html
import json
import posixpath
from typing import Any
from urllib.parse import urlsplit

from plan_site.model.citation import decision_name
from plan_site.model.identifiers import AKN_LANGUAGES, decision_work_uri, expression_uri, instrument_work_uri
from plan_site.model.plan import Plan
from plan_site.model.types import LANGS, Instrument, Lang
from plan_site.outputs.akn import MEDIA_TYPE
from plan_site.site import routes
from plan_site.site.labels import t

OG_LOCALES: dict[Lang, str] = {"vi": "vi_VN", "en": "en_GB"}
SCHEMA = "https://schema.org/"
# Which schema.org property says how the decision relates to an instrument (the model's relation types,
# Plan.relations: the pages and this metadata share one rule).
RELATION_PROPERTIES = {"basis": "isBasedOn", "implements": "legislationApplies", "cites": "citation"}


_SCRIPT_JSON = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(value: object) -> str:
    """JSON to embed in ``<script type="application/json">``: ``<``, ``>`` and ``&`` as JSON escapes,
    so no ``</script>`` or ``<!--`` inside a string can end or alter the block (JSON.parse reads them back)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return "".join(_SCRIPT_JSON.get(ch, ch) for ch in text)


def open_graph(title: str, description: str, url: str, lang: Lang, site_name: str, source_path: str) -> str:
    """Open Graph tags for a link preview of the page, in the page's language and locale."""
    other: Lang = "en" if lang == "vi" else "vi"
    properties = [
        ("og:type", "website" if source_path == routes.HOME else "article"),
        ("og:site_name", site_name),
        ("og:title", title),
        ("og:description", description),
        ("og:url", url),
        ("og:locale", OG_LOCALES[lang]),
        ("og:locale:alternate", OG_LOCALES[other]),
    ]
    return "".join(
        f'<meta property="{name}" content="{html.escape(value, quote=True)}">\n' for name, value in properties
    )


def language_alternates(roots: dict[Lang, str], path: str) -> str:
    """The page's address in every language (`<link rel="alternate" hreflang>`), absolute as search engines
    require; the sitemap lists the same pairs. Nothing when the site has no absolute address."""
    return "".join(
        f'<link rel="alternate" hreflang="{lang}" href="{html.escape(root + path, quote=True)}">\n'
        for lang, root in roots.items() if urlsplit(root).scheme in ("http", "https")
    )


def json_ld_script(data: dict[str, Any]) -> str:
    """JSON-LD inside <script>: no character can close the element or start markup ("</", "<!--")."""
    return f'<script type="application/ld+json">{script_json(data)}</script>\n'


def decision_id(site_root: str, lang: Lang) -> str:
    """The decision's node id: its heading on the original-text page of that language."""
    return routes.page_address(routes.language_root(site_root, lang), routes.ORIGINAL, "decision")


def instrument_id(site_root: str, instrument: Instrument) -> str:
    """An instrument's node id, the same in both languages: its Vietnamese page."""
    return routes.page_address(routes.language_root(site_root, "vi"), routes.instrument(instrument.id), "instrument")


def _organisation(plan: Plan, body_id: str, lang: Lang) -> dict[str, str]:
    return {"@type": "GovernmentOrganization", "name": plan.bodies[body_id].name[lang]}


# The data's editorial legal-force values as schema.org LegalForceStatus members ("unknown" is omitted).
LEGAL_FORCE = {"in-force": "InForce", "partially-in-force": "PartiallyInForce", "not-in-force": "NotInForce"}


def instrument_node(plan: Plan, instrument: Instrument, lang: Lang, site_root: str) -> dict[str, Any]:
    """An instrument as schema.org Legislation: what the data knows, nothing guessed."""
    node: dict[str, Any] = {
        "@type": "Legislation",
        "@id": instrument_id(site_root, instrument),
        "name": instrument.title[lang],
        "legislationType": t(f"type_{instrument.type}", lang),
        "inLanguage": "vi",
        "url": routes.page_address(routes.language_root(site_root, lang), routes.instrument(instrument.id)),
    }
    if instrument.number:
        node["identifier"] = instrument.number
        node["legislationIdentifier"] = _identifiers(instrument.number, instrument_work_uri(plan, instrument))
    if instrument.date:
        node["legislationDate"] = instrument.date
    if instrument.issuer:
        node["legislationPassedBy"] = _organisation(plan, instrument.issuer, lang)
    if instrument.status:
        node["creativeWorkStatus"] = instrument.status.text[lang]
    if instrument.legal_force in LEGAL_FORCE:
        node["legislationLegalForce"] = SCHEMA + LEGAL_FORCE[instrument.legal_force]
    verified = [x.url for x in instrument.links if x.verified]
    if verified:
        node["sameAs"] = verified
    return node


def decision_node(plan: Plan, lang: Lang, site_root: str) -> dict[str, Any]:
    """Decision 145/QĐ-UBND and its Plan as schema.org Legislation, with its relations to other acts."""
    d, doc = plan.decision, plan.document
    other: Lang = "en" if lang == "vi" else "vi"
    root = routes.language_root(site_root, lang)
    node: dict[str, Any] = {
        "@type": "Legislation",
        "@id": decision_id(site_root, lang),
        "name": decision_name(plan, lang),
        "headline": d.title[lang],
        "identifier": d.number,
        "legislationIdentifier": _identifiers(d.number, decision_work_uri(plan)),
        "legislationType": d.kind[lang].capitalize(),
        "legislationDate": d.date,
        "legislationPassedBy": _organisation(plan, d.issuer, lang),
        "inLanguage": lang,
        "url": routes.page_address(root, routes.ORIGINAL),
        # A reproduction on a website, not the official gazette; the English is an unofficial translation.
        "legislationLegalValue": SCHEMA + "UnofficialLegalValue",
        "hasPart": {
            "@type": "Legislation",
            "@id": routes.page_address(root, routes.ORIGINAL, "plan"),
            "name": plan.meta.title[lang],
            "headline": doc.title[lang],
            "legislationType": doc.kind[lang].capitalize(),
            "inLanguage": lang,
        },
        ("translationOfWork" if lang == "en" else "workTranslation"): {"@id": decision_id(site_root, other)},
        # This language's Akoma Ntoso expression: the same text as XML, named by its FRBR expression URI.
        "encoding": {
            "@type": "MediaObject",
            "encodingFormat": MEDIA_TYPE,
            "contentUrl": root + routes.akn_file(plan, lang),
            "identifier": expression_uri(plan, lang),
            "inLanguage": lang,
        },
    }
    for instrument in plan.instruments.values():
        ref = {"@type": "Legislation", "@id": instrument_id(site_root, instrument), "name": instrument.title[lang]}
        for relation in plan.decision_relations_to(instrument.id):
            node.setdefault(RELATION_PROPERTIES[relation.type], []).append(ref)
    return node


def legislation_graph(plan: Plan, source_path: str, lang: Lang, site_root: str) -> dict[str, Any] | None:
    """The JSON-LD for the original text or an instrument page; None for any other page."""
    if source_path == routes.ORIGINAL:
        return {"@context": "https://schema.org", "@graph": [decision_node(plan, lang, site_root)]}
    instrument = next((i for i in plan.instruments.values() if routes.instrument(i.id) == source_path), None)
    if instrument is None:
        return None
    decision = decision_node(plan, lang, site_root)
    ref = {"@id": instrument_id(site_root, instrument)}
    about = {key: decision[key] for key in ("@type", "@id", "name", "identifier", "legislationDate")}
    for relation in plan.decision_relations_to(instrument.id):
        about[RELATION_PROPERTIES[relation.type]] = ref
    return {"@context": "https://schema.org", "@graph": [instrument_node(plan, instrument, lang, site_root), about]}


def _identifiers(number: str, work_uri: str | None) -> str | list[str]:
    """An act's identifiers: its number as printed, and its Akoma Ntoso work URI where one can be built."""
    return [number, work_uri] if work_uri else number


def akn_links(plan: Plan, source_path: str, lang: Lang) -> str:
    """On the original text and the download page: ``<link rel="alternate">`` to both Akoma Ntoso expressions."""
    if source_path not in (routes.ORIGINAL, routes.OPEN_DATA):
        return ""
    here = routes.page_address("", source_path).rstrip("/")
    return "".join(
        f'<link rel="alternate" type="{MEDIA_TYPE}" hreflang="{x}" '
        f'href="{html.escape(posixpath.relpath(routes.akn_file(plan, x), here), quote=True)}" '
        f'title="Akoma Ntoso XML, {html.escape(t(f"akn_{x}", lang), quote=True)} ({AKN_LANGUAGES[x]})">\n'
        for x in LANGS
    )


def head_metadata(plan: Plan, lang: Lang, source_path: str, site_root: str, url: str, title: str,
                  description: str, site_name: str) -> str:
    """Everything this module adds to a page's <head>."""
    head = open_graph(title, description, url, lang, site_name, source_path) + akn_links(plan, source_path, lang)
    graph = legislation_graph(plan, source_path, lang, site_root)
    return head + (json_ld_script(graph) if graph else "")
