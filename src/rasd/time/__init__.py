"""Arabic temporal expressions normalised against a publication date (issue 5)."""
