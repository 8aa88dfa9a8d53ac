"""warta.actors stage."""
