"""Compatibility entry point: the extractor lives in `conflict_timeline.extract`."""

from .extract import EXTRACTOR_VERSION, country_name, extract_events, load_rules, root_name

__all__ = ["EXTRACTOR_VERSION", "country_name", "extract_events", "load_rules", "root_name"]
