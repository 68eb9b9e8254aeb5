"""Knowledge base: actors, places and their Arabic aliases."""
