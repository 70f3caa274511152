#!/bin/sh
# The one-off pause when a store file from before session 14 is opened and its unique
# indexes are rebuilt (issue 24; io.handover.system.IndexRebuildBenchmark): 100,000
# employees, production JVM settings (192 MiB heap). Options: --employees N.
exec "$(dirname "$0")/in-production-jvm.sh" io.handover.system.IndexRebuildBenchmark "$@"
