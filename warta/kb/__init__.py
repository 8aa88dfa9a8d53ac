"""warta.kb stage."""
