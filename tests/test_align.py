"""Alignment: which claims state the same fact, across two or more sources."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factdiff
from factdiff.align import (
    align,
    anchor_weight,
    at_other_times,
    candidate_pairs,
    claim_ranks,
    cluster,
    name_conflict,
    name_words,
    pair_score,
    phrase_weight,
    related_names,
    time_conflict,
    unique_words,
)
from factdiff.claims import core_text, enrich
from factdiff.config import default_settings
from factdiff.models import Claim
from factdiff.pipeline import extract
from factdiff.similarity import prepare
from tests.conftest import SEED_A, SEED_B, sentences

THREE = {
    "wire.txt": "Russian newspaper Novaya Gazeta reported that three men had been executed in "
    "Grozny.\n\nThe mayor of Paris opened a new library on Monday.",
    "daily.txt": "Three men were executed in Grozny, the newspaper Novaya Gazeta reported.\n\n"
    "Heavy rain flooded the valley near Lyon overnight.",
    "weekly.txt": "Two men were executed in Grozny, according to Novaya Gazeta.\n\n"
    "The football club sacked its coach after a long losing run.",
}


def _write(tmp_path: Path, files: dict[str, str]) -> list[str]:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [str(tmp_path / name) for name in files]


def _facts(report: factdiff.Report) -> set[frozenset[tuple[str, tuple[int, int]]]]:
    """Each match as the set of (file, span) it holds: independent of the letters."""
    path = {s.id: s.path for s in report.sources}
    claims = {c.id: c for c in report.claims}
    return {
        frozenset((path[claims[c].source], claims[c].span) for c in m.claims)
        for m in report.matches
    }


def test_one_fact_told_by_three_sources_is_one_match(tmp_path: Path) -> None:
    report = factdiff.compare(_write(tmp_path, THREE))
    data = report.to_dict()
    executed = [m for m in data["matches"] if m["support"] == 3]
    assert len(executed) == 1
    m = executed[0]
    assert m["kind"] == "divergence" and m["sources"] == ["A", "B", "C"]
    numbers = next(d for d in m["differences"] if d["type"] == "number")
    assert numbers == {"type": "number", "A": "three", "B": "Three", "C": "Two"}
    # the unrelated second paragraphs stay apart
    assert data["unique"] == {"A": ["A2"], "B": ["B2"], "C": ["C2"]}


def test_three_source_report_has_a_coverage_matrix(tmp_path: Path) -> None:
    md = factdiff.compare(_write(tmp_path, THREE)).to_markdown()
    assert "## Coverage" in md
    row = next(line for line in md.splitlines() if line.startswith("| A1:"))
    assert row.endswith("| 3 of 3 | ✓ | ✓ | ≠ |")


def test_coverage_labels_leave_out_datelines(tmp_path: Path) -> None:
    """A fact's label in the coverage table is what the claim says: the dateline a page ran
    between its headline and its lead is left out (the claim itself keeps it)."""
    dated = {
        "wire.txt": "Three men executed in Grozny May 03, 2013 Russian newspaper Novaya Gazeta "
        "reported that three men had been executed in Grozny.",
        **{k: v for k, v in THREE.items() if k != "wire.txt"},
    }
    report = factdiff.compare(_write(tmp_path, dated))
    row = next(line for line in report.to_markdown().splitlines() if line.startswith("| A1:"))
    assert row.startswith("| A1: Three men executed in Grozny — Russian newspaper Novaya Gazeta")
    assert "May 03, 2013" in report.claims[0].text


def _findings(report: factdiff.Report) -> set[tuple[object, ...]]:
    """Each match with its kind and differences, and each story group, every source named by
    its file."""
    path = {s.id: s.path for s in report.sources}
    claims = {c.id: c for c in report.claims}
    groups = {("story", frozenset(path[s] for s in g)) for g in report.to_dict()["story_groups"]}
    return groups | {
        (
            frozenset((path[claims[c].source], claims[c].span) for c in m.claims),
            m.kind,
            frozenset((d.type, frozenset((path[s], w) for s, w in d.sides)) for d in m.differences),
        )
        for m in report.matches
    }


def test_source_order_only_changes_letters(tmp_path: Path) -> None:
    """The matches, their kinds and their differences do not depend on the order the sources
    are given in; only the letters do."""
    paths = [*_write(tmp_path, THREE), str(SEED_A), str(SEED_B)]
    first = _findings(factdiff.compare(paths))
    assert any(f[1] == "divergence" for f in first)
    for perm in itertools.islice(itertools.permutations(paths), 1, 4):
        assert _findings(factdiff.compare(list(perm))) == first
    assert _findings(factdiff.compare(paths[::-1])) == first


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.permutations([0, 1, 2]))
def test_order_independence_property(order: list[int]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        paths = _write(Path(d), THREE)
        base = _facts(factdiff.compare(paths))
        assert _facts(factdiff.compare([paths[k] for k in order])) == base


def test_a_word_in_one_sides_attribution_counts_alike_in_both_orders() -> None:
    """A shared word inside one claim's attribution ("Witnesses said there were three
    explosions") weighs less there: two claims score the same whichever source is given first,
    so the order of the sources changes only the letters (ECB+, topic 41: three sources in one
    order matched this pair, in another did not)."""
    a = "He says that a UN helicopter had just landed when there was a deep thud of an explosion."
    b = "Witnesses said there were three further explosions at 3 p. m."
    pa, pb = prepare(core_text(a)), prepare(core_text(b))
    words = frozenset(pa.weights) | frozenset(pb.weights)
    assert anchor_weight(pa, pb, words, words) == anchor_weight(pb, pa, words, words) > 0
    ca, cb = _claim("A1", a), _claim("B1", b)
    match = default_settings().match
    assert pair_score(ca, pa, cb, pb, match, 2.0) == pair_score(cb, pb, ca, pa, match, 2.0)


_PHRASE = sentences(
    "the helicopter landed at camp three explosions were heard said witnesses according "
    "to police he says that UN aid Yida refugees bombs fell near school",
    14,
)


@settings(max_examples=60, deadline=None)
@given(_PHRASE, _PHRASE)
def test_pair_scores_do_not_depend_on_argument_order(a: str, b: str) -> None:
    pa, pb = prepare(core_text(a)), prepare(core_text(b))
    words = frozenset(pa.weights) | frozenset(pb.weights)
    assert anchor_weight(pa, pb, words, words) == anchor_weight(pb, pa, words, words)
    assert phrase_weight(pa, pb, 2) == phrase_weight(pb, pa, 2)
    ca, cb = _claim("A1", a), _claim("B1", b)
    match = default_settings().match
    anchors = anchor_weight(pa, pb, words, words)
    assert pair_score(ca, pa, cb, pb, match, anchors) == pair_score(cb, pb, ca, pa, match, anchors)


def test_claim_ranks_do_not_depend_on_source_order() -> None:
    """Wire copy puts one sentence in several sources: ties between them are broken by what
    each whole source says, not by which source came first."""
    texts = {
        "X": ["Three men were executed in Grozny.", "The mayor opened a library."],
        "Y": ["Three men were executed in Grozny.", "Heavy rain flooded the valley."],
        "Z": ["Novaya Gazeta said three men had been executed."],
    }

    def ranked(order: str) -> list[tuple[str, str]]:
        claims = [
            Claim(f"{src}{n}", src, t, n, (0, len(t)))
            for src in order
            for n, t in enumerate(texts[src], 1)
        ]
        ranks = claim_ranks(claims)
        return [(c.source, c.text) for _, c in sorted(zip(ranks, claims, strict=True))]

    assert ranked("XYZ") == ranked("ZYX") == ranked("YXZ")


def test_chains_are_cut_at_the_per_source_limit() -> None:
    # 0,1,2 of source A and 3 of B: links 0-3, 1-3, 2-3 would put three A claims in one fact
    edges = [(0, 3), (1, 3), (2, 3), (4, 5)]
    groups = cluster(edges, ["A", "A", "A", "B", "C", "D"], max_per_source=2)
    assert groups == [[0, 1, 3], [4, 5]]
    assert cluster(edges, ["A", "A", "A", "B", "C", "D"], max_per_source=1) == [[0, 3], [4, 5]]


def test_a_leads_link_stretches_the_limit_by_one_between_two_sources_only() -> None:
    # 0,1,2 of source A and 3 of B: the third A claim joins by a lead's link (``stretch``)
    edges = [(0, 3), (1, 3), (2, 3)]
    assert cluster(edges, ["A", "A", "A", "B"], 2) == [[0, 1, 3]]
    assert cluster(edges, ["A", "A", "A", "B"], 2, stretch=frozenset({(2, 3)})) == [[0, 1, 2, 3]]
    # a fourth A claim does not, even by a lead's link: one claim beyond the limit
    lead = frozenset({(2, 4), (3, 4)})
    four = [(0, 4), (1, 4), (2, 4), (3, 4)]
    assert cluster(four, ["A", "A", "A", "A", "B"], 2, stretch=lead) == [[0, 1, 2, 4]]
    # among three sources a third claim of one would chain: refused
    three = [(0, 3), (3, 4), (1, 3), (2, 3)]
    groups = cluster(three, ["A", "A", "A", "B", "C"], 2, stretch=frozenset({(2, 3)}))
    assert groups == [[0, 1, 3, 4]]


_EDGES = st.lists(
    st.tuples(st.integers(0, 9), st.integers(0, 9)).filter(lambda e: e[0] != e[1]), max_size=30
)


@given(_EDGES, st.lists(st.sampled_from("ABC"), min_size=10, max_size=10), st.data())
def test_groups_keep_the_per_source_limit(
    edges: list[tuple[int, int]], sources: list[str], data: st.DataObject
) -> None:
    """Whatever the links: a group holds at most ``max_per_source`` claims of a source, or one
    more where a lead's link stretched it and the group holds two sources only; each claim is
    in one group at most."""
    stretch = frozenset(data.draw(st.sets(st.sampled_from(edges))) if edges else set())
    groups = cluster(edges, sources, 2, stretch=stretch)
    members = [k for g in groups for k in g]
    assert len(members) == len(set(members))
    for g in groups:
        counts = [sum(1 for k in g if sources[k] == s) for s in set(sources[k] for k in g)]
        assert max(counts) <= (3 if len(counts) <= 2 and stretch else 2)


def test_two_facts_joined_by_one_link_stay_two_among_many_sources() -> None:
    # claims 0-2 (sources A, B, C) agree with each other, as do 3-5 (D, E, F); one weaker
    # link, 2-3, joins the two groups: a chain, not agreement (edges come strongest first)
    sources = ["A", "B", "C", "D", "E", "F"]
    edges = [(0, 1), (0, 2), (1, 2), (3, 4), (3, 5), (4, 5), (2, 3)]
    links = set(edges)

    def linked(x: int, y: int) -> bool:
        return (min(x, y), max(x, y)) in links

    assert cluster(edges, sources, 2, linked, 0.3) == [[0, 1, 2], [3, 4, 5]]
    assert cluster(edges, sources, 2) == [[0, 1, 2, 3, 4, 5]]  # without the rule: one chain
    # where the groups agree more widely (3 of the 9 pairs between them), they join
    links |= {(0, 4), (1, 5)}
    assert cluster(edges, sources, 2, linked, 0.3) == [[0, 1, 2, 3, 4, 5]]


def _claim(cid: str, text: str) -> Claim:
    return enrich(Claim(cid, cid[0], text, 1, (0, len(text))))


def test_blocking_pairs_only_claims_of_different_sources_sharing_a_rare_word() -> None:
    claims = [
        _claim("A1", "Novaya Gazeta reported executions in Grozny."),
        _claim("A2", "Executions in Grozny were reported by activists."),
        _claim("B1", "The executions in Grozny shocked activists."),
        _claim("B2", "The weather was fine."),
    ]
    pairs = candidate_pairs(claims, [prepare(c.text) for c in claims])
    assert pairs == {(0, 2), (1, 2)}


def test_blocking_finds_the_same_pairs_in_forked_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Many claims are blocked in two forked processes, a chunk of claims each: the pairs are
    the ones one process finds."""
    import factdiff.align as align_module

    words = [f"word{n}" for n in range(400)]
    claims = [
        _claim(f"{src}{k + 1}", f"The {words[k % 400]} met the {words[(k * 7) % 400]} today.")
        for src in "AB"
        for k in range(1100)
    ]
    prepared = [prepare(c.text) for c in claims]
    forked = candidate_pairs(claims, prepared)
    monkeypatch.setattr(align_module, "_BLOCKING_PARALLEL_FROM", len(claims) + 1)
    assert forked == candidate_pairs(claims, prepared) and forked


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("Tara Reid checked into rehab.", "Lindsay Lohan checked into rehab.", 1.0),
        ("Macron welcomed Syrian refugees.", "Macron welcomed Chechen refugees.", 1.0),
        ("Putin met Macron.", "Vladimir Putin met Emmanuel Macron.", 0.0),
        ("The judge sentenced Brian Nichols.", "A judge sentenced him.", 0.0),
    ],
)
def test_name_conflict(a: str, b: str, conflict: float) -> None:
    assert name_conflict(_claim("A1", a), _claim("B1", b)) == conflict


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("She left rehab on June 13, 2013.", "She checked into rehab on May 3, 2013.", True),
        ("She was at Betty Ford in 2010.", "She is at Betty Ford in 2013.", True),
        ("He left on May 31, 2013.", "He left on June 1, 2013.", False),  # a day apart
        ("It happened in May 2013.", "It happened on May 20, 2013.", False),
        ("She was at Betty Ford in 2010.", "She was at Betty Ford in September 2010.", False),
        ("She checked into rehab on Thursday.", "She checked into rehab in 2013.", False),
        # numeric dates, read either way round when both could be the month
        ("The patch came out on 05/03/2013.", "The patch came out on November 20, 2013.", True),
        ("The patch came out on 3/12/09.", "The patch came out in 2013.", True),
        ("The patch came out on 12/09/2008.", "The patch came out on December 9, 2008.", False),
        ("The patch came out on 12/09/2008.", "The patch came out on September 12, 2008.", False),
    ],
)
def test_time_conflict(a: str, b: str, conflict: bool) -> None:
    assert time_conflict(_claim("A1", a), _claim("B1", b)) is conflict
    assert time_conflict(_claim("B1", b), _claim("A1", a)) is conflict


def test_claims_dated_to_other_times_align_only_when_nearly_the_same() -> None:
    """A claim of June (she leaves rehab) is no match for one of May (she checks in), though
    they share names and words; one claim told with another year is a divergence to report."""
    settings = default_settings().match
    may = "Lindsay Lohan checked into the Betty Ford Center on May 3, 2013, after skipping out on a"
    may += " Newport Beach facility."
    left = "Lindsay Lohan has left the Betty Ford Center for a rehab facility in Malibu on {}."
    june = align([_claim("A1", left.format("June 13, 2013")), _claim("B1", may)], settings)
    assert not june.alignments
    may_4 = align([_claim("A1", left.format("May 4, 2013")), _claim("B1", may)], settings)
    assert may_4.alignments
    a = _claim("A1", "Lohan was at the Betty Ford Center for 90 days in 2010, her lawyer said.")
    b = _claim("B1", "Lohan was at the Betty Ford Center for 90 days in 2011, her lawyer said.")
    (match,) = align([a, b], settings).alignments
    assert match.claims == ("A1", "B1")


def test_two_facts_at_other_times_are_not_joined_through_an_undated_claim() -> None:
    """The June check-out (told by two sources) and the May check-in (one dated claim, one
    undated that shares words with both) stay two facts: the undated claim would chain them."""
    left = "Lindsay Lohan has left the Betty Ford Center for a rehab facility in Malibu on"
    claims = [
        _claim("A1", f"{left} June 13, 2013."),
        _claim("B1", "Lindsay Lohan left the Betty Ford Center on June 13, 2013 for Malibu."),
        _claim(
            "C1", "Lindsay Lohan checked into the Betty Ford Center rehab facility on May 3, 2013."
        ),
        _claim("D1", "Lindsay Lohan checked into the Betty Ford Center rehab facility."),
    ]
    got = [m.claims for m in align(claims, default_settings().match).alignments]
    assert got == [("A1", "B1"), ("C1", "D1")]


def test_at_other_times_is_decided_by_the_dated_claims() -> None:
    may = [_claim("A1", "She checked in on May 3, 2013."), _claim("B1", "She checked in.")]
    june = [_claim("C1", "She left on June 13, 2013."), _claim("D1", "She left.")]
    assert at_other_times(may, june)
    # one dated pair that agrees is enough to keep them one time ("in 2013" is no conflict)
    assert not at_other_times(may, [*june, _claim("E1", "She was there in 2013.")])
    # undated groups, or two lone claims (one fact with two dates: a divergence), are not
    assert not at_other_times(may[1:] * 2, june)
    assert not at_other_times(may[:1], june[:1])


def test_claims_sharing_only_common_words_are_not_matched() -> None:
    """Sharing "going to" is phrasing, not a fact (a false match once seen in the seeds)."""
    claims = [
        _claim("A1", "France welcomed the first gay Chechen refugee on Friday."),
        _claim("A2", "They’re not going to provide visas."),
        _claim("B1", "France has welcomed its first gay refugee from Chechnya."),
        _claim("B2", "This is going to continue, Joel Deumier said."),
    ]
    got = {m.claims for m in align(claims, default_settings().match).alignments}
    assert got == {("A1", "B1")}


@pytest.mark.parametrize(
    ("x", "y", "related"),
    [
        ("Vladimir Putin", "Putin", True),  # a shared word
        ("Joël Deumier", "Joel Duemier", True),  # a spelling variant
        ("Chechnya", "Chechen", True),  # a shared stem
        ("The", "The", True),
        ("The Thick of It", "The Fires of Pompeii", False),  # "The" and "of" name nothing
        ("Bank of America", "Bank of England", True),
        ("Duchess of York", "Duke of Edinburgh", False),
    ],
)
def test_related_names(x: str, y: str, related: bool) -> None:
    assert related_names(x, y) is related
    assert related_names(y, x) is related


_LEAD_A = "Lindsay Lohan checked into the Betty Ford Center late Thursday, her lawyer said."
_LEAD_B = "Lohan arrived at the rehab center in Rancho Mirage early Friday, People reported."
_BODY = (
    "The actress was sentenced in March to 90 days in a locked rehab facility for lying to "
    "police about a car crash.\n\nJudge James Dabney warned that she would go to jail if she "
    "left the facility.\n\nHer lawyer Mark Heller told the court that Lohan was doing well.\n"
)


def _lead_pair_matched(tmp_path: Path, lead_bonus: float, leads_first: bool) -> bool:
    def article(lead: str) -> str:
        head, rest = _BODY.split("\n\n", 1)
        return f"{lead}\n\n{_BODY}" if leads_first else f"{head}\n\n{lead}\n\n{rest}"

    paths = _write(tmp_path, {"a.txt": article(_LEAD_A), "b.txt": article(_LEAD_B)})
    defaults = default_settings()
    chosen = defaults._replace(match=defaults.match._replace(lead_bonus=lead_bonus))
    report = factdiff.compare(paths, settings=chosen)
    assert report.to_dict()["stories"][0]["same_story"] >= chosen.match.story_full
    text = {c.id: c.text for c in report.claims}
    return any({text[c] for c in m.claims} == {_LEAD_A, _LEAD_B} for m in report.matches)


def test_the_leads_of_one_story_tell_its_main_fact(tmp_path: Path) -> None:
    """Two reports of one story put its main fact first: their first sentences align on less
    shared wording than two sentences elsewhere would need (``match.lead_bonus``)."""
    assert _lead_pair_matched(tmp_path, 0.05, leads_first=True)
    assert not _lead_pair_matched(tmp_path, 0.0, leads_first=True)
    assert not _lead_pair_matched(tmp_path, 0.05, leads_first=False), "only first sentences"


def test_a_name_in_full_is_no_shared_phrase_and_no_anchor() -> None:
    """News names a person in full once, then by surname: two claims that share only that
    first mention ("Arcade Joseph Comeaux Jr.") share no phrase and no anchor (ECB+, topic 3:
    his capture and the fallout of his escape were matched, and their speakers set apart)."""
    a = _claim(
        "A2",
        "A hungry and barefoot Arcade Joseph Comeaux Jr. was caught in northeast Houston, "
        "said Alfredo Perez, a spokesman for the Marshals Service.",
    )
    b = _claim(
        "B2",
        "The escape by Arcade Joseph Comeaux Jr. has led to unprecedented fallout at the "
        "prison unit, said Inspector General John Moriarty.",
    )

    pa, pb = prepare(core_text(a.text)), prepare(core_text(b.text))
    names = name_words(a.names) | name_words(b.names)
    assert phrase_weight(pa, pb, 4) > 0, "the name alone was a phrase of four words"
    assert phrase_weight(pa, pb, 4, names) == 0
    later = _claim("A3", "Comeaux, 49, pulled a gun on two guards.")
    unique = unique_words([pa, prepare(core_text(later.text))], 3.5, [a, later])
    assert "joseph" not in unique and "barefoot" in unique
    assert "joseph" in unique_words([pa], 3.5, [a]), "named once, in full: still an anchor"


_AGAIN = "Lindsay Lohan checked into the Betty Ford Center late Thursday, her lawyer told a judge."


def _retelling(tmp_path: Path) -> list[str]:
    """Two reports of one story: B's second sentence repeats A's lead, and B's own lead tells
    it in other words."""
    return _write(
        tmp_path,
        {"a.txt": f"{_LEAD_A}\n\n{_BODY}", "b.txt": f"{_LEAD_B}\n\n{_AGAIN}\n\n{_BODY}"},
    )


def _matched_with_leads(tmp_path: Path, lead_links: bool) -> list[set[str]]:
    """The matches (as claim texts) of ``_retelling``."""
    paths = _retelling(tmp_path)
    defaults = default_settings()
    chosen = defaults._replace(match=defaults.match._replace(lead_links=lead_links))
    report = factdiff.compare(paths, settings=chosen)
    assert report.to_dict()["stories"][0]["same_story"] >= chosen.match.story_full
    text = {c.id: c.text for c in report.claims}
    return [{text[c] for c in m.claims} for m in report.matches]


def test_a_lead_is_linked_beyond_its_one_partner(tmp_path: Path) -> None:
    """Where two sources tell one story, a lead states its main fact, which the other source
    may tell again in other words: B's lead joins the match of A's lead with B's second
    sentence, though A's lead already has its partner in B (``match.lead_links``)."""
    with_links = _matched_with_leads(tmp_path, True)
    assert {_LEAD_A, _LEAD_B, _AGAIN} in with_links
    without = _matched_with_leads(tmp_path, False)
    assert {_LEAD_A, _AGAIN} in without
    assert not any(_LEAD_B in m for m in without)


def test_a_claim_joined_by_a_leads_link_alone_is_retold(tmp_path: Path) -> None:
    """B's lead, joined to the match of A's lead and B's second sentence by a lead's link
    alone, is marked retold (the judge does not hold it against the others); the two claims
    that state the fact are not."""
    paths = _retelling(tmp_path)
    claims = [c for p, s in zip(paths, "AB", strict=True) for c in extract(p, s).claims]
    text = {c.id: c.text for c in claims}
    (lead_match,) = [
        a for a in align(claims, default_settings().match).alignments if len(a.claims) == 3
    ]
    assert {text[c] for c in lead_match.claims} == {_LEAD_A, _LEAD_B, _AGAIN}
    assert [text[c] for c in lead_match.retold] == [_LEAD_B]
    # the claims that state the fact are linked to each other; the retold one by no link
    assert [(text[x], text[y]) for x, y in lead_match.links] == [(_LEAD_A, _AGAIN)]


def test_an_alignments_links_join_its_claims_across_sources() -> None:
    """Each alignment of the seeds lists its direct links: pairs of its own claims, of two
    sources, in claim order; every claim not retold is in one."""
    claims = [
        c for path, src in ((SEED_A, "A"), (SEED_B, "B")) for c in extract(str(path), src).claims
    ]
    order = {c.id: n for n, c in enumerate(claims)}
    alignments = align(claims, default_settings().match).alignments
    assert any(len(a.claims) > 2 for a in alignments)
    for a in alignments:
        assert a.links, a
        for x, y in a.links:
            assert {x, y} <= set(a.claims) and x[0] != y[0] and order[x] < order[y]
        assert {c for link in a.links for c in link} == set(a.claims) - set(a.retold)


def test_the_report_shows_the_retold_claim(tmp_path: Path) -> None:
    """The JSON match lists the retold claim; the Markdown says it was not compared."""
    paths = _retelling(tmp_path)
    report = factdiff.compare(paths)
    matches = report.to_dict()["matches"]
    (lead,) = [m for m in matches if len(m["claims"]) == 3]
    assert lead["retold"] == ["B1"]
    assert all(m["retold"] == [] for m in matches if m is not lead)
    assert "*B1 tells the story again in other words (not compared)*" in report.to_markdown()
