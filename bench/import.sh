#!/bin/sh
# The employee import benchmark (issue 24, finding 8): CSV files of 1,000 to 100,000 new
# employees POSTed to /api/employees/import over loopback HTTP, one after the other into one
# register on the embedded H2 file store, with the production JVM settings (192 MiB heap).
# Options: --sizes 1000,2000,4000,10000,100000; --kind assets for the asset import
# (/api/assets/import; files of new assets). See bench/README.md.
set -e
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests -Djacoco.skip=true -Dhandover.portal.skip=true test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/import.classpath -Dmdep.includeScope=test
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), nproc $(nproc)"
# the production JVM settings (README, infra/modules/app.bicep)
MALLOC_ARENA_MAX=2 java -Xmx192m -Xss512k -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m \
  -XX:+UseSerialGC -Dio.netty.allocator.numDirectArenas=1 -XX:TrimNativeHeapInterval=5000 \
  -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=target \
  -cp "target/test-classes:target/classes:$(cat target/import.classpath)" io.handover.employee.EmployeeImportBenchmark "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
