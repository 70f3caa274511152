#!/bin/sh
# The employee import benchmark (issue 24, finding 8): CSV files of 1,000 to 100,000 new
# employees POSTed to /api/employees/import over loopback HTTP, one after the other into one
# register on the embedded H2 file store, with the production JVM settings (192 MiB heap).
# Options: --sizes 1000,2000,4000,10000,100000; --kind assets for the asset import
# (/api/assets/import; files of new assets). See bench/README.md.
exec "$(dirname "$0")/in-production-jvm.sh" io.handover.employee.EmployeeImportBenchmark "$@"
