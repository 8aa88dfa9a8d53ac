"""warta.extract stage."""
