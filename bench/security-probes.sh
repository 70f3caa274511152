#!/bin/sh
# The security review's probes of issue 24, re-run from the outside in one command
# (io.handover.system.SecurityProbes): the service on its embedded H2 file store, in local
# mode and in production mode against local stand-ins for Entra ID and the Bot Framework
# token service, each finding tried over real HTTP and the store's real socket, with the
# production JVM settings (192 MiB heap). Prints one PASS/FAIL line per probe with the
# evidence; exits 1 when any probe fails. See bench/README.md.
exec "$(dirname "$0")/in-production-jvm.sh" io.handover.system.SecurityProbes "$@"
