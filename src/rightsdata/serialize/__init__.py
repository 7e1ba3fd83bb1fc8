"""Serialization: the converter, JSON, JSON Lines and the JSON Schema."""

from rightsdata.serialize.converter import converter, structure, unstructure
from rightsdata.serialize.jsonio import (
    from_json,
    read_json,
    read_jsonl,
    record_from_dict,
    record_to_dict,
    to_json,
    write_json,
    write_jsonl,
)

__all__ = [
    "converter",
    "from_json",
    "read_json",
    "read_jsonl",
    "record_from_dict",
    "record_to_dict",
    "structure",
    "to_json",
    "unstructure",
    "write_json",
    "write_jsonl",
]
