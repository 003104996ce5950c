"""Invalid data as edits of the valid fixtures: one case a fault.

CASES are edits of tests/fixtures/valid/minimal.yaml, CHANGELOG_CASES of tests/fixtures/changelog/valid.yaml
(a changelog of minimal.yaml). Each case names the fault, the edits that make it (tests/data/edits.py: Put a
value, Rename a key, Drop or add After an entry, all found by data path, or a Raw change of exact text for
faults below the level of data: bytes, syntax) and every problem the validator must report for the edited
file, as printed: ``line:column: message (path)``. The lines are those of the edited file.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .edits import After, Drop, Edit, Put, Raw, Rename, apply

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
BASE = FIXTURES / "valid" / "minimal.yaml"
CHANGELOG_BASE = FIXTURES / "changelog" / "valid.yaml"
DUTY = "plan.parts[2].assignments[0].duties[0]"
STATUS = "instruments[0].editorial.status"
NOTE = {"sources": '[{publisher: Test, title: Test, url: https://vbpl.vn/test, date: "2026-11-29"}]',
        "as_of": '"2026-11-29"'}


@dataclass(frozen=True)
class Case:
    name: str
    edits: tuple[Edit, ...]
    expected: tuple[str, ...]
    base: Path = BASE

    def document(self) -> bytes:
        """The base file with this case's fault in it."""
        return _document(self.base, self.edits)

    def write(self, folder: Path) -> Path:
        """The case's document, written as ``folder/<name>.yaml``."""
        path = folder / f"{self.name}.yaml"
        path.write_bytes(self.document())
        return path


@cache
def _document(base: Path, edits: tuple[Edit, ...]) -> bytes:
    return apply(base.read_text(encoding="utf-8"), edits)


def _case(name: str, edits: Edit | tuple[Edit, ...], *expected: str, base: Path = BASE) -> Case:
    return Case(name, edits if isinstance(edits, tuple) else (edits,), expected, base)


CASES = [
    # The reading: YAML syntax; the shape: required fields, types, duplicate keys and ids.
    _case("yaml-syntax", Raw("  number: 145/QĐ-UBND\n", "  number: [145/QĐ-UBND\n"),
          "31:7: YAML syntax error: expected ',' or ']', but got ':'"),
    _case("missing-field", Drop(f"{DUTY}.body"), f"87:15: missing required field 'body' ({DUTY})"),
    # The term base and the relations are required like every registry. A file with a shape problem is not
    # built, so the checks on typed records (the glossary against the term base, successors) wait for the fix.
    _case("terms-missing", Drop("terms"), "3:1: missing required field 'terms'"),
    _case("relations-missing", Drop("relations"), "3:1: missing required field 'relations'"),
    _case("wrong-type", Put(f"{DUTY}.roles", "chu-tri"),
          f"92:22: wrong type: expected a list, got text ({DUTY}.roles)"),
    _case("duplicate-id", After("bodies[0]", "- id: cong-an-tinh\n  name: {vi: Công an, en: Police}\n  kind: police"),
          "116:9: duplicate id 'cong-an-tinh'; first at line 113 (bodies[1].id)"),
    _case("duplicate-key", After("bodies[0].kind", "kind: department"),
          "116:5: duplicate key 'kind'; first at line 115 (bodies[0].kind)"),
    _case("unknown-body", Put(f"{DUTY}.partners[0]", "so-giao-duc"),
          f"93:26: unknown body 'so-giao-duc' ({DUTY}.partners[0])"),
    _case("unknown-instrument", Put("decision.bases[0].cites[0].instrument", "luat-tre-em"),
          "45:14: the text names instrument 'luat-tre-em-2016' but does not cite it (decision.bases[0].cites)",
          "45:28: unknown instrument 'luat-tre-em' (decision.bases[0].cites[0].instrument)"),
    _case("unknown-key-task", Put(f"{DUTY}.editorial.key_tasks[0]", "II.9"),
          f"105:29: unknown key task 'II.9' ({DUTY}.editorial.key_tasks[0])"),
    _case("unknown-theme", Put(f"{DUTY}.editorial.themes[0]", "gia-dinh"),
          f"106:26: unknown theme 'gia-dinh' ({DUTY}.editorial.themes[0])"),
    _case("unknown-role", Put(f"{DUTY}.roles[0]", "lead"), f"92:23: unknown role 'lead' ({DUTY}.roles[0])"),
    _case("missing-translation", Put("plan.parts[0].sections[0].heading", "{vi: Mục đích}"),
          "68:20: missing English translation (plan.parts[0].sections[0].heading)"),
    _case("empty-translation", Put("plan.parts[0].sections[0].items[0].text.en", '""'),
          "71:53: empty English translation (plan.parts[0].sections[0].items[0].text.en)"),
    _case("empty-text", Put("plan.parts[3].paragraphs[0].text.vi", '"  "'),
          "111:22: empty text (plan.parts[3].paragraphs[0].text.vi)"),
    _case("copied-translation", Put("bodies[1].name.en", "Sở Y tế"),  # also the rendering the text must use
          f"91:21: 'Sở Y tế' (body so-y-te) is rendered 'Sở Y tế'; the English has none ({DUTY}.text.en)",
          "117:29: English text is a copy of the Vietnamese (bodies[1].name.en)"),
    _case("duty-id-place", Put(f"{DUTY}.id", "III.1.2"),
          f"87:19: duty id 'III.1.2' does not match its place; expected 'III.1.1' ({DUTY}.id)",
          # the relation that quotes the duty no longer finds it
          "155:18: unknown passage 'III.1.1' (relations[1].stated_in[0].passage)"),
    _case("unknown-field", Rename(f"{DUTY}.partners", "partner"), f"93:15: unknown field 'partner' ({DUTY}.partner)"),
    _case("bad-enum", Put(f"{DUTY}.reports[0].frequency", "weekly"),
          f"102:30: 'weekly' is not one of: annual, periodic, as-required, unspecified ({DUTY}.reports[0].frequency)"),
    _case("bad-date", Put("decision.date", '"02/02/2021"'),
          "31:9: '02/02/2021' is not a valid value here (expected the form ^\\d{4}-\\d{2}-\\d{2}$) (decision.date)"),
    _case("bad-link", Put("instruments[0].links[0].url", "http://vbpl.vn/example page"),
          "181:14: 'http://vbpl.vn/example page' is not a valid value here (expected the form ^https://[^\\s]+$) "
          "(instruments[0].links[0].url)"),
    _case("unofficial-link", Put("instruments[0].links[0].url", "https://luatvietnam.example.com/nq-121"),
          "181:14: 'luatvietnam.example.com' is not an official source of Vietnamese law "
          "(allowed: vbpl.vn, chinhphu.vn, quochoi.vn, gov.vn) (instruments[0].links[0].url)"),
    _case("malformed-address",
          Put("bodies[2].editorial.since_2025.sources[0].url", "https://vbpl.vn@example.org/nq-202"),
          "126:69: 'https://vbpl.vn@example.org/nq-202' must not carry a user name or password "
          "(bodies[2].editorial.since_2025.sources[0].url)"),
    _case("unparseable-address", Put("instruments[0].links[0].url", "https://[vbpl.vn/example"),
          "181:14: 'https://[vbpl.vn/example' is not a valid address (instruments[0].links[0].url)"),
    _case("cite-not-named", Put("decision.bases[0].text.en", "Pursuant to the law;"),
          "44:43: 'Luật Trẻ em' (instrument luat-tre-em-2016) is rendered 'Law on Children'; the English has none "
          "(decision.bases[0].text.en)",
          "45:15: cites 'luat-tre-em-2016' but the English text names none of: Law on Children "
          "(decision.bases[0].cites[0])"),
    _case("named-not-cited", Put("decision.articles[0].text", "{vi: Ban hành Kế hoạch theo Luật Trẻ em., "
                                 "en: To promulgate the Plan under the Law on Children.}"),
          "48:7: the text names instrument 'luat-tre-em-2016' but does not cite it (decision.articles[0].cites)"),
    _case("quote-not-in-text", Put(f"{DUTY}.reports[0].quote.vi", "phối hợp với Sở Tư pháp"),
          f"103:31: quoted words are not in the Vietnamese text: 'phối hợp với Sở Tư pháp' "
          f"({DUTY}.reports[0].quote.vi)"),
    _case("role-not-in-text", Put("roles[0].verbs[0]", "chỉ đạo"),
          f"92:23: role 'chu-tri' but the text has none of: chỉ đạo ({DUTY}.roles[0])"),
    _case("note-without-source", Drop(f"{STATUS}.sources"), f"186:9: missing required field 'sources' ({STATUS})"),
    _case("note-without-as-of", Drop(f"{STATUS}.as_of"), f"186:9: missing required field 'as_of' ({STATUS})"),
    _case("note-without-confidence", Drop(f"{STATUS}.confidence"),
          f"186:9: missing required field 'confidence' ({STATUS})"),
    _case("source-without-publisher", Put(f"{STATUS}.sources[0]", '{title: Test, date: "2026-11-29"}'),
          f"187:19: missing required field 'publisher' ({STATUS}.sources[0])"),
    # Editorial-note rules beyond the schema (plan_site/source/notes.py): honest dates, honest identification.
    _case("note-after-last-check", Put(f"{STATUS}.as_of", '"2026-12-01"'),
          f"188:16: note is dated as of 2026-12-01, after the data was last checked (2026-11-29) ({STATUS}.as_of)"),
    _case("source-after-note", Put(f"{STATUS}.sources[0].date", '"2027-01"'),
          f"187:83: source dated 2027-01 is later than the note's as-of date (2026-11-29) ({STATUS}.sources[0].date)"),
    _case("unnumbered-without-identification", Put("instruments[0].number", "null"),
          "175:13: the text gives no number: add an editorial identification note saying what is known "
          "(instruments[0].number)"),
    _case("candidate-for-numbered",
          After("instruments[0].editorial.legal_force",
                "identification:\n"
                "  text: {vi: Số hiệu do nhóm biên tập bổ sung., en: The number was added by the editors.}\n"
                f"  sources: {NOTE['sources']}\n  as_of: {NOTE['as_of']}\n  confidence: high\n"
                "  candidate:\n    type: law\n    number: 102/2016/QH13\n    date: \"2016-04-05\"\n"
                "    issuer: {vi: Quốc hội, en: National Assembly}\n    title: {vi: Luật Trẻ em, en: Law on Children}"),
          "197:11: a candidate document is only for an instrument without a number; this one has '102/2016/QH13' "
          "(instruments[0].editorial.identification.candidate)"),
    _case("confidence-above-sources",
          Put("bodies[2].editorial.since_2025.sources[0].url", "https://example.org/nq-202"),
          "128:21: confidence 'high' is more than the sources carry: 'high' needs a source on an official host or "
          "sources on two independent sites; they have 1 site (example.org), not an official host, so at most "
          "'medium' (bodies[2].editorial.since_2025.confidence)"),
    # The relations registry: references, ids, descriptions, types, dates, quotes.
    _case("relation-unknown-instrument", Put("relations[0].from.instrument", "luat-tre-em"),
          "132:24: unknown instrument 'luat-tre-em' (describe it once with 'details') (relations[0].from.instrument)"),
    _case("relation-duplicate-id", Put("relations[1].id", "luat-tre-em-2016-replaced-by-luat-tre-em-2026"),
          "148:9: duplicate id 'luat-tre-em-2016-replaced-by-luat-tre-em-2026'; first at line 130 (relations[1].id)"),
    _case("relation-registry-described",
          Put("relations[0].from", "{instrument: luat-tre-em-2016, details: {type: law, number: 102/2016/QH13, "
              'date: "2016-04-05", issuer: null, title: {vi: Luật Trẻ em, en: Law on Children}}}'),
          "132:24: 'luat-tre-em-2016' is in instruments: name it without 'details' (relations[0].from.instrument)"),
    _case("relation-described-twice",
          Put("relations[1].from", "{instrument: luat-tre-em-2026, details: {type: law, number: 99/2026/QH15, "
              'date: "2026-01-10", issuer: null, title: {vi: Luật Trẻ em, en: Law on Children}}}'),
          "150:24: 'luat-tre-em-2026' is described twice; first at line 134 (relations[1].from.instrument)"),
    _case("relation-decision-end", Put("relations[1].from", "{decision: 145/QĐ-UBND}"),
          "150:22: the decision's own relations come from its text (legal bases, Article 1, citations) and are not "
          "recorded here (relations[1].from.decision)"),
    _case("relation-wrong-ends", Put("relations[2].type", "replaced-by"),
          "124:9: body 'ubnd-tinh' has a since-2025 note but no 'succeeded-by' relation: record who took over, or "
          "say why with 'successor' (not-found, ceased, group) (bodies[2].editorial.since_2025)",
          "159:11: a 'replaced-by' relation relates instruments, not bodies (relations[2].from)",
          "161:7: a 'replaced-by' relation relates instruments, not bodies (relations[2].to)"),
    _case("relation-not-a-date", Put("relations[0].date", '"2026-02-30"'),
          "141:11: '2026-02-30' is not a real date (relations[0].date)"),
    _case("relation-date-before-document", Put("relations[1].date", '"2025-12-31"'),
          "152:11: relation dated 2025-12-31 is before 'luat-tre-em-2026' (2026-01-10) (relations[1].date)"),
    _case("relation-without-note", Drop("relations[2].note"), "157:5: missing required field 'note' (relations[2])"),
    _case("relation-text-with-note",
          After("relations[1].stated_in", "note:\n  text: {vi: Ghi chú., en: A note.}\n"
                f"  sources: {NOTE['sources']}\n  as_of: {NOTE['as_of']}\n  confidence: high"),
          "158:7: field 'note' is not allowed here (relations[1].note)"),
    _case("relation-unknown-passage", Put("relations[1].stated_in[0].passage", "III.1.9"),
          "155:18: unknown passage 'III.1.9' (relations[1].stated_in[0].passage)"),
    _case("relation-passage-does-not-cite",
          (Put("relations[1].stated_in[0].passage", "I.1.1"),
           Put("relations[1].stated_in[0].quote", "{vi: Nâng cao trách nhiệm, en: To raise responsibility}")),
          "155:18: passage 'I.1.1' does not cite instrument 'luat-tre-em-2016' (relations[1].stated_in[0].passage)"),
    _case("relation-quote-not-in-text", Put("relations[1].stated_in[0].quote.vi", "theo Luật Trẻ em năm 2016"),
          "156:21: quoted words are not in the Vietnamese text of 'III.1.1': 'theo Luật Trẻ em năm 2016' "
          "(relations[1].stated_in[0].quote.vi)"),
    # A body with a since-2025 note has a successor or says why not; a relation restates its note's confidence.
    _case("relation-no-successor", Put("relations[2].from.body", "so-y-te"),
          "124:9: body 'ubnd-tinh' has a since-2025 note but no 'succeeded-by' relation: record who took over, or "
          "say why with 'successor' (not-found, ceased, group) (bodies[2].editorial.since_2025)"),
    _case("relation-successor-contradicted", After("bodies[2].kind", "successor: not-found"),
          "122:16: says 'not-found', but the 'succeeded-by' relation at line 158 names a successor "
          "(bodies[2].successor)"),
    _case("relation-confidence-differs", Put("relations[0].note.confidence", "high"),
          "147:19: confidence 'high' differs from the status note of 'luat-tre-em-2016' (line 186: 'medium') "
          "(relations[0].note.confidence)"),
    _case("relation-succession-surer-than-note", Put("bodies[2].editorial.since_2025.confidence", "medium"),
          "171:19: confidence 'high' is higher than the since-2025 note of 'ubnd-tinh' (line 124: 'medium') "
          "(relations[2].note.confidence)"),
    # The term base.
    _case("term-duplicate-id", Put("terms[1].id", "xam-hai-tre-em"),
          "207:9: duplicate id 'xam-hai-tre-em'; first at line 203 (terms[1].id)"),
    _case("term-listed-twice", Put("terms[1].term", "{vi: Xâm hại  trẻ em, en: abuse of a child}"),
          "208:16: term 'Xâm hại  trẻ em' is already in the term base at line 203 (terms[1].term.vi)"),
    _case("term-rendered-two-ways",
          Put(f"{DUTY}.text.en", "Chair, and coordinate with the Department of Health on, ensuring that 100% of "
              "cases are investigated under the Law on Children."),
          f"91:21: 'chủ trì' (term chu-tri) is rendered 'lead'; the English has none ({DUTY}.text.en)"),
    _case("term-unknown-field", Rename("terms[0].variants", "varients"),
          "205:5: unknown field 'varients' (terms[0].varients)"),
    _case("glossary-not-in-term-base", Put("terms[0].term", "{vi: tảo hôn, en: child marriage}"),
          "200:11: glossary term 'xâm hại trẻ em' is not in the term base (glossary[0].term)"),
    _case("glossary-differs-from-term-base", Put("terms[0].term.en", "abuse of children"),
          # the texts that say "child abuse" fail the term base too
          "58:50: 'xâm hại trẻ em' (term xam-hai-tre-em) is rendered 'abuse of children' / 'abuse of children'; the "
          "English has none (plan.title.en)",
          "200:36: 'xâm hại trẻ em' (term xam-hai-tre-em) is rendered 'abuse of children' / 'abuse of children'; the "
          "English has none (glossary[0].term.en)",
          "200:36: the glossary renders 'xâm hại trẻ em' as 'child abuse', the term base (line 203) as "
          "'abuse of children' (glossary[0].term.en)"),
    # Akoma Ntoso eIds and the identifiers the build computes.
    _case("eid-invalid", Put("decision.articles[0].id", "dieu-mot"),
          "48:11: id 'dieu-mot' has no Akoma Ntoso eId (expected can-cu-N, dieu-N, mo-dau or a place such as "
          "III.7.3) (decision.articles[0].id)"),
    _case("identifiers-in-data",
          After("terms", "identifiers:\n  work: /akn/vn-53/act/decision/2021-02-02/145\n  expressions:\n"
                "    vi: {uri: /akn/vn-53/act/decision/2021-02-02/145/vie@2021-02-02, language: vie, "
                "file: akn/x.vie.xml}\n"
                "    en: {uri: /akn/vn-53/act/decision/2021-02-02/145/eng@2021-02-02, language: eng, "
                "file: akn/x.eng.xml}\n"
                "  instruments: {}\n  portions: {}"),
          "210:3: 'identifiers' are computed by the build; remove them (identifiers)"),
    # One id twice in a list is a duplicate id; two records in different lists may still share an eId.
    _case("eid-duplicate",
          After("decision.articles[0]", "- id: dieu-1\n  label: {vi: Điều 2., en: Article 2.}\n"
                "  text: {vi: Giao Sở thực hiện., en: To assign the Department.}"),
          "51:11: duplicate id 'dieu-1'; first at line 48 (decision.articles[1].id)"),
    _case("eid-collision",
          (Put("decision.bases[0].id", "dieu-1"),
           After("decision.articles[0]", "- id: dieu-2\n  label: {vi: Điều 2., en: Article 2.}\n"
                 "  text: {vi: Giao Sở thực hiện., en: To assign the Department.}")),
          "48:11: duplicate Akoma Ntoso eId 'art_1' from id 'dieu-1'; first at line 43 (decision.articles[0].id)"),
    # Hostile input: refused where it stands, before it can cost time or memory.
    _case("alias-expansion",
          After("glossary[0]", "- id: bom\n  term: {vi: Bom, en: Bomb}\n  definition:\n"
                '    vi: &a ["l", "l", "l", "l", "l", "l", "l", "l", "l"]\n'
                + "".join(f"    {key}: &{anchor} [{', '.join([f'*{alias}'] * 9)}]\n"
                          for key, anchor, alias in zip(["en", "x1", "x2", "x3", "x4", "x5", "x6", "x7"],
                                                        "bcdefghi", "abcdefgh"))),
          "205:11: YAML anchor '&a' is not allowed (glossary[1].definition.vi)",
          "206:11: YAML anchor '&b' is not allowed (glossary[1].definition.en)",
          "206:15: YAML alias '*a' is not allowed; write the value out in full (glossary[1].definition.en[0])"),
    _case("deep-nesting", Put("decision.signature.signer", "[" * 1000 + "]" * 1000),
          f"55:50: nesting deeper than 40 levels (decision.signature.signer{'[0]' * 37})"),
    _case("nul-character", Put("bodies[0].name.en", "Provincial\x00Police"),
          "114:44: unprintable character U+0000 is not allowed"),
    _case("bel-character", Put("plan.parts[0].sections[0].items[0].text.vi", "Nâng cao\x07 trách nhiệm."),
          "71:34: unprintable character U+0007 is not allowed"),
    _case("invalid-utf8", Raw("Tuyên truyền pháp luật.", "Tuyên truy".encode() + b"\xffn ph\xc3\xa1p lu\xe1\xba\xadt."),
          "76:32: invalid UTF-8: byte 0xFF is not a character"),
    _case("infinite-number", Put(f"{DUTY}.targets[0].value", ".inf"),
          f"97:26: '.inf' is not a finite number ({DUTY}.targets[0].value)"),
    _case("sexagesimal-number", Put("decision.signature.signer", "1:30"),
          "55:13: wrong type: expected text, got the number 90 (decision.signature.signer)"),
    _case("huge-integer", Put(f"{DUTY}.targets[0].value", "9" * 5000),
          f"97:26: a number of 5,000 characters; the limit is 30 ({DUTY}.targets[0].value)"),
    _case("complex-key", After("bodies[0].kind", "? [vi, en]\n: Công an"),
          "116:7: a key must be text, not a list or a mapping (bodies[0])"),
    _case("python-tag", Put("decision.signature.signer", "!!python/object/apply:os.system [echo]"),
          "55:13: YAML tag '!!python/object/apply:os.system' is not allowed here (decision.signature.signer)"),
    _case("long-text", Put("plan.parts[3].paragraphs[0].text.vi", "Các cơ quan báo cáo hằng năm." + " năm" * 5000),
          "111:22: a text of 20,029 characters; the limit is 20,000 (plan.parts[3].paragraphs[0].text.vi)"),
    _case("two-documents", After("", "---\nschema_version: 1"),
          "209:1: a second YAML document starts here; the file must hold one"),
    # Repeated records: ids are unique in every list, and no list names a thing twice.
    _case("repeated-basis",
          After("decision.bases[0]", "- id: can-cu-1\n  text: {vi: Căn cứ Luật Trẻ em;, en: Pursuant to the Law on "
                "Children;}\n  cites: [{instrument: luat-tre-em-2016}]"),
          "46:11: duplicate id 'can-cu-1'; first at line 43 (decision.bases[1].id)"),
    _case("repeated-partner", Put(f"{DUTY}.partners", "[so-y-te, so-y-te]"),
          f"93:35: repeated 'so-y-te'; first at line 93 ({DUTY}.partners[1])"),
    # The Vietnamese must reassemble to the original that meta.source_file names.
    _case("text-differs-from-original", Put("plan.parts[3].paragraphs[0].text.vi", "Các cơ quan báo cáo hằng quý."),
          "111:22: the Vietnamese differs from the original tests/fixtures/valid/minimal.vi.txt at sentence 19: "
          "the original has '…HIỆN Các cơ quan báo cáo hằng năm.', the data '…HIỆN Các cơ quan báo cáo hằng quý.' "
          "(plan.parts[3].paragraphs[0].text.vi)"),
    _case("original-missing", Put("meta.source_file", "data/source/missing.vi.txt"),
          "11:16: no original text 'data/source/missing.vi.txt' in the project (meta.source_file)"),
    _case("original-outside-project", Put("meta.source_file", "../../etc/hostname"),
          "11:16: no original text '../../etc/hostname' in the project (meta.source_file)"),
]
BY_NAME = {case.name: case for case in CASES}
assert len(BY_NAME) == len(CASES), "one case a name"

CHANGELOG_CASES = [
    _case("duplicate-id", Put("entries[1].id", "2026-11-30-translation"),
          "12:9: duplicate id '2026-11-30-translation'; first at line 4 (entries[1].id)", base=CHANGELOG_BASE),
    _case("not-a-date", Put("entries[1].date", '"2026-11-31"'),
          "13:11: '2026-11-31' is not a real date (entries[1].date)", base=CHANGELOG_BASE),
    _case("out-of-order", Put("entries[2].date", '"2026-12-01"'),
          "22:11: entry dated 2026-12-01 is newer than the one before it (2026-11-29); list the newest first "
          "(entries[2].date)", base=CHANGELOG_BASE),
    _case("unknown-record", Put("entries[1].touches[1]", "relations[so-y-te-moi]"),
          "20:9: 'relations[so-y-te-moi]' does not resolve: no 'so-y-te-moi' among relations (entries[1].touches[1])",
          base=CHANGELOG_BASE),
    _case("unknown-field", Put("entries[1].touches[0]", "bodies[ubnd-tinh].editorial.since_2026"),
          "19:9: 'bodies[ubnd-tinh].editorial.since_2026' does not resolve: no field 'since_2026' in "
          "bodies[ubnd-tinh].editorial (entries[1].touches[0])", base=CHANGELOG_BASE),
    _case("bad-kind", Put("entries[1].kind", "news"),
          "14:11: 'news' is not one of: publication, correction, source, translation, addition (entries[1].kind)",
          base=CHANGELOG_BASE),
    _case("missing-translation", Put("entries[1].summary", "{vi: Thêm một nguồn cho ghi chú.}"),
          "17:14: missing English translation (entries[1].summary)", base=CHANGELOG_BASE),
    # Every entry opens with what changed for a reader, in both languages and a sentence or two.
    _case("missing-reader-summary", Drop("entries[1].for_readers"),
          "12:5: missing required field 'for_readers' (entries[1])", base=CHANGELOG_BASE),
    _case("reader-summary-untranslated", Put("entries[1].for_readers", "{vi: Ghi chú có thêm một nguồn.}"),
          "16:18: missing English translation (entries[1].for_readers)", base=CHANGELOG_BASE),
    _case("reader-summary-too-long", Put("entries[2].for_readers", '{vi: Ra mắt trang., en: "' + "Opens. " * 60 + '"}'),
          "25:42: too long: 420 characters, at most 400 (entries[2].for_readers.en)", base=CHANGELOG_BASE),
]
CHANGELOG_BY_NAME = {case.name: case for case in CHANGELOG_CASES}
assert len(CHANGELOG_BY_NAME) == len(CHANGELOG_CASES), "one case a name"

# Faults that try to cost time or memory: refusing each must stay cheap.
HOSTILE = ("alias-expansion", "deep-nesting", "nul-character", "bel-character", "invalid-utf8", "infinite-number",
           "sexagesimal-number", "huge-integer", "complex-key", "python-tag", "long-text", "two-documents")
