"""Extraction and ranking: key statements and facts."""
