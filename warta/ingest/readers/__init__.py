"""One reader per input format; each is a generator of RawDocument | IngestProblem."""
