"""warta.store stage."""
