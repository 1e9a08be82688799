"""The settings in ``defaults.yaml`` as a Python literal: written by ``scripts/regenerate``,
do not edit. Loaded from bytecode, so a run needs neither a YAML nor a JSON parser."""

from typing import Any

DEFAULTS: dict[str, Any] = {
    "clean": {
        "furniture_lines": [
            "^-?\\s*advertisement\\s*-?$",
            "^(related|latest|recommended|popular|trending|more) (articles|stories|news|posts)$",
            "^(read more|take action|see also|watch|listen|related|recommended|sign up|subscribe)\\b.*:.*$",
            "^by (?-i:[A-Z][\\w.'-]+(?: [A-Z][\\w.'-]+){0,3})$",
            "^(share|tweet|email|print|comments?)( (this|on \\w+))?$",
            "^(subscribe|sign up|follow us)\\b.*$",
            "^(advertisement|sponsored( content)?|photo|image|credit|getty images)\\b.{0,40}$",
        ],
        "furniture_prefixes": ["-\\s*advertisement\\s*-\\s*"],
        "label_max_words": 3,
    },
    "split": {"extra_abbreviations": []},
    "match": {
        "same_claim": 0.53,
        "mutual_best": 0.12,
        "group_ratio": 0.6,
        "max_per_source": 2,
        "lead_bonus": 0.05,
        "min_link_share": 0.3,
        "link_all": 0.53,
        "lead_links": True,
        "candidates_per_claim": 8,
        "name_conflict_factor": 0.5,
        "time_conflict_factor": 0.25,
        "story_full": 0.9,
        "story_power": 3.0,
        "containment_weight": 0.5,
        "containment_half": 10.0,
        "anchor_weight": 0.5,
        "anchor_min_weight": 3.5,
        "phrase_min_tokens": 4,
    },
    "names": {"aliases": [], "never_merge": [], "stop_entities": [], "min_story": 0.2},
}
