"""Knowledge base: actors, sources and places with Arabic aliases, and the alias matcher."""
