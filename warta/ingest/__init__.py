"""warta.ingest stage."""
