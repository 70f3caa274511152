#!/bin/sh
# The HR sync benchmark (issue 21): 10,000 employees on the embedded H2 file store, a first full
# load, 300 changes, then nothing changed. Options: --employees N, --changes N. See bench/README.md.
exec "$(dirname "$0")/in-production-jvm.sh" io.handover.hr.HrSyncBenchmark "$@"
