"""Record linkage of exchange lists: name normalisation and a Splink adapter.

The public surface is re-exported here; the modules behind it are private by habit.
"""

from parley.domain.dates import PartialDate, parse_partial_date
from parley.domain.scripts import Script, detect_script
from parley.linkage.backends import ENGINES, Engine
from parley.linkage.engine import JobOptions, PersonList, deduplicate, link_lists, link_remains
from parley.linkage.given_names import given_name_class, patronymic_class
from parley.linkage.names import NameParts, split_full_name
from parley.linkage.records import PersonRecord
from parley.linkage.results import CandidatePair, Contribution, LinkageResult, RecordRef
from parley.linkage.romanise import romanise, skeleton

__all__ = [
    "ENGINES",
    "CandidatePair",
    "Contribution",
    "Engine",
    "JobOptions",
    "LinkageResult",
    "NameParts",
    "PartialDate",
    "PersonList",
    "PersonRecord",
    "RecordRef",
    "Script",
    "deduplicate",
    "detect_script",
    "given_name_class",
    "link_lists",
    "link_remains",
    "parse_partial_date",
    "patronymic_class",
    "romanise",
    "skeleton",
    "split_full_name",
]
