"""Serialization: the converter, JSON, JSON Lines and the JSON Schema."""

from rightsdata.serialize._bulk import collector_paused
from rightsdata.serialize.converter import converter, set_fast_path, structure, unstructure
from rightsdata.serialize.jsonio import (
    Malformed,
    from_json,
    read_json,
    read_jsonl,
    record_from_dict,
    record_to_dict,
    scan_json,
    scan_jsonl,
    to_json,
    write_json,
    write_jsonl,
)

__all__ = [
    "Malformed",
    "collector_paused",
    "converter",
    "from_json",
    "read_json",
    "read_jsonl",
    "record_from_dict",
    "record_to_dict",
    "scan_json",
    "scan_jsonl",
    "set_fast_path",
    "structure",
    "to_json",
    "unstructure",
    "write_json",
    "write_jsonl",
]
