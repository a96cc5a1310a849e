"""Merging mentions of the same real event into one Event."""

from sahelwatch.dedup.merge import merge_mentions

__all__ = ["merge_mentions"]
