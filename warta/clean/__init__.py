"""warta.clean stage."""
