#!/usr/bin/env bash
# Spark (tests/test_spark.py) needs a Java runtime, 17 or newer; install one when missing.
set -euo pipefail
if java -version 2>&1 | grep -Eq 'version "(1[7-9]|[2-9][0-9])'; then
  exit 0
fi
apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >&2
java -version
