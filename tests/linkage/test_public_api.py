"""The public surface of parley.linkage is pinned."""

from __future__ import annotations

import subprocess
import sys

import parley.linkage


def test_public_names_are_pinned() -> None:
    assert sorted(parley.linkage.__all__) == sorted(
        [
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
    )


def test_every_public_name_exists() -> None:
    assert all(hasattr(parley.linkage, name) for name in parley.linkage.__all__)


def test_importing_linkage_does_not_import_pyspark() -> None:
    code = "import sys, parley.linkage; print('pyspark' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
